"""A message as the classifier reads it: lower case, no punctuation, æ/ø/å folded with their
ae/oe/aa and a/o spellings, English contractions spelled out, and the greeting, the bot's name
and the politeness around the request left out.

    >>> folded("Hvornår er NÆSTE møde?")
    'hvornar er naeste mode'
    >>> request("Hej Mødebot, kan du lige vise dagsordenen?")
    'vise dagsordenen'
    >>> without_signature("Hej\\nhvornår er næste møde?\\nMange hilsner\\nRie")
    'Hej\\nhvornår er næste møde?'
"""

import re
import unicodedata
from functools import lru_cache

# Written æ/ø/å, ae/oe/aa and a/o all become one spelling: "møde", "moede" and "mode" meet.
# The two-letter forms go first, so "moede" is not read as "mo" + "e" + "de".
_TWO_LETTERS = (("aa", "a"), ("oe", "o"))
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ö": "o", "ä": "ae", "ü": "u"})

# English as typed in a hurry: "whats on my plate", "I cant make it", "when r we meeting".
_SPELLED_OUT = {
    "whats": "what is", "what's": "what is", "whens": "when is", "when's": "when is",
    "wheres": "where is", "where's": "where is", "who's": "who is", "whos": "who is",
    "hows": "how is", "how's": "how is", "it's": "it is", "there's": "there is",
    "that's": "that is", "let's": "let us", "can't": "can not", "cant": "can not",
    "cannot": "can not", "cn't": "can not", "won't": "will not", "wont": "will not",
    "don't": "do not", "dont": "do not", "doesn't": "does not", "didn't": "did not",
    "isn't": "is not", "isnt": "is not", "aren't": "are not", "hasn't": "has not",
    "haven't": "have not", "hadn't": "had not", "wasn't": "was not", "i'm": "i am", "im": "i am",
    "i'd": "i would", "id": "i would", "i'll": "i will", "i've": "i have", "we'd": "we would",
    "we're": "we are", "we'll": "we will", "we've": "we have", "they're": "they are",
    "you're": "you are", "r": "are", "u": "you", "pls": "please", "plz": "please",
    "ik": "ikke", "ikk": "ikke", "ha": "have",
}
_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "´": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?|'", re.UNICODE)
_AT_TAG = re.compile(r"</?at>", re.IGNORECASE)

# Said around a request, and no part of it; tried from the start, again and again:
# "hej mødebot, kan du lige …" loses "hej", "mødebot", "kan du lige"; the longest first, so
# "kan du sige hvem …" loses "kan du sige", not only "kan du".
_AROUND = tuple(sorted((tuple(words.split()) for words in (
    "hej hej", "hej", "hejsa", "hey", "hi", "hello", "hallo", "haloj", "dav", "goddag",
    "godmorgen", "god morgen", "good morning", "good afternoon", "kaere", "dear", "modebot",
    "bot", "botten", "kan du lige", "kan du ikke lige", "kan du", "kunne du", "vil du lige",
    "vil du venligst", "vil du", "gider du lige", "gider du", "venligst", "lige",
    "can you please", "could you please", "can you", "could you", "would you", "will you",
    "please", "kindly",
    # What is said before asking, and no part of the question: "undskyld, et hurtigt
    # spørgsmål: …", "jeg vil lige høre …", "sorry, quick question, do you know …". Not "ok":
    # "ok tak" is an acknowledgement, "tak" thanks.
    "hej alle", "hej igen", "hi all", "hi again", "hello again", "hi there", "hey there",
    "undskyld", "sorry", "et hurtigt sporgsmal", "hurtigt sporgsmal", "et sporgsmal",
    "sporgsmal", "quick question", "a quick question", "question", "jeg vil lige hore",
    "jeg ville lige hore", "lige et sporgsmal", "jeg vil gerne vide", "jeg skal lige vide",
    "ved du", "kan du fortaelle mig", "kan du sige", "fortael mig", "sig mig", "do you know",
    "can you tell me", "could you tell me", "tell me", "i was wondering", "just wondering",
    "i wonder", "btw", "forresten",
)), key=len, reverse=True))
_AFTER = (("please",), ("venligst",), ("modebot",))
# The phrases by their first word, the longest first still: only those are tried at a word.
_AROUND_FROM: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(phrase for phrase in _AROUND if phrase[0] == first)
    for first in {phrase[0] for phrase in _AROUND}}


def folded(text: str) -> str:
    """The words of `text` in one spelling, separated by single spaces."""
    return " ".join(words(text))


def words(text: str) -> list[str]:
    lowered = _AT_TAG.sub(" ", unicodedata.normalize("NFKC", text)).casefold()
    for written, spelling in _TWO_LETTERS:
        lowered = lowered.replace(written, spelling)
    lowered = lowered.translate(_LETTERS)
    lowered = _strip_accents(lowered.translate(_APOSTROPHES))
    found: list[str] = []
    for word in _WORD.findall(lowered):
        if word == "'":
            continue
        spelled = _SPELLED_OUT.get(word)
        found.extend(spelled.split() if spelled else [word.replace("'", "")])
    return found


@lru_cache(maxsize=16384)  # training reads each phrasing's request three times
def request(text: str) -> str:
    """The folded words of the request, without the greeting and politeness around it; the
    whole message when nothing else is left ("hej", "tak")."""
    found = words(text)
    kept = _without_around(found)
    return " ".join(kept or found)


def _without_around(found: list[str]) -> list[str]:
    start, end = 0, len(found)
    moved = True
    while moved and start < end:
        moved = False
        for phrase in _AROUND_FROM.get(found[start], ()):
            if tuple(found[start:start + len(phrase)]) == phrase:
                start, moved = start + len(phrase), True
                break
    while end > start and tuple(found[end - 1:end]) in _AFTER:
        end -= 1
    return found[start:end]


# Thanks or a "please" said at the end of a request, after a space or a comma: "planlæg første
# møde tak", "referat please", "nyt møde 14. januar kl. 10, tak!"; not after a colon ("tema: tak").
_POLITE_END = re.compile(
    r"(?P<kept>.*?[^\s,:])[\s,]+(?:(?:mange\s+|på\s+forhånd\s+)?tak|venligst|please|pls|plz"
    r"|thanks|thank\s+you|thx)[\s!.]*", re.IGNORECASE | re.DOTALL)


def without_polite_end(text: str) -> str:
    """The text without thanks or "please" at its end: "referat please" → "referat"."""
    return found["kept"] if (found := _POLITE_END.fullmatch(text)) else text


def _strip_accents(text: str) -> str:
    """"importér" → "importer": accents other than æ/ø/å (already folded) say nothing here."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def without_courtesy(text: str) -> str:
    """The text as written, from the first word after the greeting and politeness in front:
    "Hej Mødebot, nyt møde 9/2 kl. 10" → "nyt møde 9/2 kl. 10"."""
    spans = [(match.start(), match.end(), words(match.group()))
             for match in re.finditer(r"\S+", text)]
    start = 0
    moved = True
    while moved and start < len(spans):
        moved = False
        first = next((spelled[0] for _, _, spelled in spans[start:] if spelled), "")
        for phrase in _AROUND_FROM.get(first, ()):
            taken = _takes(spans, start, phrase)
            if taken:
                start, moved = start + taken, True
                break
    if start == 0 or start >= len(spans):
        return text
    return text[spans[start][0]:]


def _takes(spans: list[tuple[int, int, list[str]]], start: int, phrase: tuple[str, ...]) -> int:
    """How many of the written words from `start` make up `phrase` (0: they do not)."""
    found: list[str] = []
    for count, (_, _, folded_words) in enumerate(spans[start:], 1):
        found.extend(folded_words)
        if tuple(found) == phrase:
            return count
        if tuple(found) != phrase[:len(found)]:
            return 0
    return 0


# How a message written like a letter closes: "Mange hilsner", "Tak, Rie", "Best regards".
_CLOSINGS = frozenset((
    "tak", "mange tak", "tusind tak", "pa forhand tak", "mvh", "vh", "kh", "hilsen",
    "hilsner", "mange hilsner", "venlig hilsen", "med venlig hilsen", "venlige hilsner",
    "bedste hilsner", "de bedste hilsner", "thanks", "thank you", "many thanks",
    "thanks in advance", "regards", "best regards", "kind regards", "best wishes", "best",
    "cheers",
))
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+")
_SIGNATURE_LINES = 4  # a name, a title, an organisation, a telephone number
_LETTER_LINES = 3  # a greeting, the question, a line more: a message, not a pasted document


def without_signature(text: str) -> str:
    """`text` without the closing a letter-like message ends with, and the lines under it:
    "Hej\n\nhvornår er næste møde?\n\nMange hilsner\nRie Nielsen" and "hvornår er næste
    møde? Tak, Rie" → the question. A closing that says more ("tak for referatet") stays."""
    lines = text.rstrip().splitlines()
    for at in range(1, len(lines)):
        if len([line for line in lines[:at] if line.strip()]) > _LETTER_LINES:
            break  # pasted minutes or an agenda: each of its lines is kept
        under = [line for line in lines[at + 1:] if line.strip()]
        if _is_closing(lines[at]) and len(under) <= _SIGNATURE_LINES \
                and all(len(line.split()) <= _SIGNATURE_LINES for line in under):
            return _unless_only_courtesy("\n".join(lines[:at]).rstrip(), text)
    short = len([line for line in lines if line.strip()]) <= _LETTER_LINES
    last = _SENTENCE_END.split(lines[-1]) if lines and short else []
    if len(last) > 1 and _is_closing(last[-1]):
        return _unless_only_courtesy(text.rstrip()[:-len(last[-1])].rstrip(), text)
    return text


def _unless_only_courtesy(before: str, text: str) -> str:
    """"Hej Mødebot\nTak!" is thanks, not a greeting: a closing after nothing but courtesy is
    the message."""
    return before if _without_around(words(before)) else text


def _is_closing(line: str) -> bool:
    """"Mange hilsner", "Tak, Rie", "Best regards, Rie Nielsen": a closing, then at most a
    name, written with capitals."""
    head, _, name = line.strip().rstrip("!.").partition(",")
    spelled = " ".join(words(head))
    if spelled in _CLOSINGS:
        return _a_name(name)
    found = head.split()
    return any(" ".join(words(" ".join(found[:cut]))) in _CLOSINGS and _a_name(
        " ".join(found[cut:]) + name) for cut in range(1, len(found)))


def _a_name(written: str) -> bool:
    named = written.split()
    return len(named) <= 3 and all(word[0].isupper() for word in named)
