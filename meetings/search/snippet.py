"""The short piece of an entry shown with a search hit: from the decision if it matches, else
from the notes or the title, cut around the first matching word."""

from collections.abc import Callable

from meetings.search.ports import EntryText
from meetings.search.stemming import word_spans, word_stems

Finds = Callable[[frozenset[str]], bool]  # whether a word, by its stems, is searched for

SNIPPET_WIDTH = 160
_PREFERRED = ("decision", "notes", "title")
_ELLIPSIS = "…"


def snippet_of(entry: EntryText, finds: Finds) -> tuple[str, str]:
    """(field, snippet): the first field in order of preference that holds a matching word; with
    none matching (the index was stale), the first field with any text."""
    texts = [(name, " ".join((getattr(entry, name) or "").split())) for name in _PREFERRED]
    for name, text in texts:
        if (at := first_match(text, finds)) is not None:
            return name, cut(text, at)
    name, text = next(((name, text) for name, text in texts if text), ("title", ""))
    return name, cut(text, 0)


def first_match(text: str, finds: Finds) -> int | None:
    """Where the first word of `text` that is searched for begins."""
    for start, _end, word in word_spans(text):
        if finds(word_stems(word)):
            return start
    return None


def cut(text: str, at: int, width: int = SNIPPET_WIDTH) -> str:
    """About `width` characters of `text` around position `at`, cut between words."""
    if len(text) <= width:
        return text
    start = max(0, at - width // 3)
    if start and text[start - 1] != " ":  # begin at a word, never after the match
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else at
    end = min(len(text), start + width)
    if end < len(text) and (space := text.rfind(" ", start, end)) > start:
        end = space
    piece = text[start:end].strip()
    return (_ELLIPSIS if start else "") + piece + (_ELLIPSIS if end < len(text) else "")
