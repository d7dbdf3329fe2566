"""The n-grams the classifier reads a message by, as scikit-learn's analysers make them, written
out so the process that serves scores without scikit-learn (tested against those analysers),
and the pairs of words apart that no analyser of scikit-learn makes (given to it as one)."""

import re

START = "xstartx"  # a word that begins every message, for the word pairs to begin with
_ADDED_TOKEN = re.compile(r" ?\bx[a-z]+x\b")  # "xmodex", "xspmx", "xnavnx": see features.py
_WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analysers fold them


def char_grams(read: str) -> list[str]:
    """Character 2- to 4-grams within words, each word padded with a space: scikit-learn's
    `analyzer="char_wb", ngram_range=(2, 4)` on the lower-cased text, written out."""
    grams: list[str] = []
    for word in read.lower().split():
        word = f" {word} "
        for n in range(2, 5):
            grams.extend(word[i:i + n] for i in range(max(1, len(word) - n + 1)))
            if len(word) <= n:  # a short word counts once, as the longest gram it has
                break
    return grams


def across_grams(read: str) -> list[str]:
    """Character 3- to 5-grams over the message's own words, spaces included: scikit-learn's
    `analyzer="char", ngram_range=(3, 5)` with `_words_only` as preprocessor (which leaves the
    case as it is), written out."""
    text = _WHITE_SPACES.sub(" ", _words_only(read))
    return [text[i:i + n] for n in range(3, min(6, len(text) + 1))
            for i in range(len(text) - n + 1)]


def word_grams(read: str) -> list[str]:
    """Words and word pairs split at white space, after a word that begins every message, so
    "jeg har foreslået et punkt" (said) and "har jeg foreslået et punkt?" (asked) part:
    scikit-learn's `analyzer="word", ngram_range=(1, 2), token_pattern=r"\\S+"` with that
    preprocessor (which leaves the case as it is), written out."""
    words_ = f"{START} {read}".split()
    return words_ + [f"{a} {b}" for a, b in zip(words_, words_[1:], strict=False)]


def skip_pairs(read: str) -> list[str]:
    """Pairs of words with one or two words between them, so a question's words keep together
    whatever is said between them: "hvornår _ møde" in "hvornår er næste møde" and in
    "hvornår er vores møde" (they lifted the cross-validated answers by 1.2 points, for as many
    wrong and other messages taken)."""
    words_ = f"{START} {read}".split()
    return [f"{a} _ {b}" for i, a in enumerate(words_) for b in words_[i + 2:i + 4]]


def words_and_pairs(read: str) -> list[str]:
    """The words, the pairs of neighbours and the pairs a word or two apart."""
    return word_grams(read) + skip_pairs(read)


def _words_only(read: str) -> str:
    """The message's words, without the concept, marker and placeholder tokens added to them."""
    return _ADDED_TOKEN.sub("", read)
