"""Words reduced to their stems, so that "plejefamilier", "plejefamilien" and "plejefamiliens"
are one word to the search of the minutes.

Snowball's Danish stemmer does the work; the English one is added for text and queries that may
be English ("families" and "family"). The small words that say nothing about a subject are
dropped first, in both languages, so a question made only of them asks for nothing.
"""

import re
from functools import cache

import snowballstemmer
from snowballstemmer.basestemmer import BaseStemmer

# Letters and digits; the underscore is a separator, as it is to SQLite's FTS5 tokenizer.
_WORD = re.compile(r"[^\W_]+")

DANISH_STOP_WORDS = frozenset("""
    ad af alle alt anden andre at bare blev blevet blive bliver da de dem den denne der deres det
    dette dig din dine disse dit dog du efter eller en end er et for fra før ham han hans har have
    havde hende hendes her hos hun hvad hvem hver hvilke hvilken hvilket hvis hvor hvordan hvornår
    i ikke ind jeg jer jeres jo kan kunne lige man mange med meget men mig min mine mit mod ned nok
    noget nogen nogle nu når og også om op os over på sig sin sine sit skal skulle selv som så
    sådan thi til ud under var vi vil ville vor vores være været
""".split())

ENGLISH_STOP_WORDS = frozenset("""
    a about all an and any are as at be been being but by can could did do does doing done for
    from had has have he her here his how i if in into is it its me my no not of on or our ours
    shall she should so some that the their them then there these they this those to us was we
    were what when where which who whom why will with would you your
""".split())

STOP_WORDS = DANISH_STOP_WORDS | ENGLISH_STOP_WORDS

_STEMMERS = {"da": "danish", "en": "english"}


@cache
def _stemmer(language: str) -> BaseStemmer:
    return snowballstemmer.stemmer(_STEMMERS[language])


@cache
def stem(word: str, language: str = "da") -> str:
    """The stem of one lower-case word; cached, since minutes repeat their words."""
    return _stemmer(language).stemWord(word)


def content_words(text: str) -> list[str]:
    """The words of `text` in lower case and in order, without the stop words."""
    return [word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each content word of `text` stands: (start, end, lower-case word)."""
    spans = ((m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))
    return [span for span in spans if span[2] not in STOP_WORDS]


def stems(text: str, language: str = "da") -> list[str]:
    """The stems of the content words of `text`, in order."""
    return [stem(word, language) for word in content_words(text)]


def word_stems(word: str) -> frozenset[str]:
    """The stems an indexed word is found by: the Danish one and, if it differs, the English."""
    return frozenset((stem(word, "da"), stem(word, "en")))


def index_stems(text: str) -> list[str]:
    """What the index holds for a text: each content word's Danish and English stems. Minutes are
    Danish, but a query may be English, so the document carries both."""
    found: list[str] = []
    for word in content_words(text):
        found.extend(sorted(word_stems(word)))
    return found


def query_stems(word: str, language: str) -> frozenset[str]:
    """The stems a query word matches: Danish always (the minutes are Danish even when the user
    writes English), English too for an English query."""
    if language == "en":
        return word_stems(word)
    return frozenset((stem(word, "da"),))
