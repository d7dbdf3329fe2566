"""A search's word misspelt ("anbringlser", "rammeaftlen", "framwork"): the nearest word the
group's minutes or the glossary has, a letter left out, added or changed, or two swapped away
(two such slips in a word of eight letters or more), so what was meant can be searched for.

Only the minutes' words that begin as the misspelt one does are read (its first three letters,
by the index's stems): a slip at the very start is not mended, and a search costs one more read
of the index only when it found nothing as written."""

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from meetings.search.glossary import glossary
from meetings.search.ports import SearchReads

_WORD = re.compile(r"[^\W\d_]+")
OPENING = 3  # letters a misspelt word is taken to begin with rightly
SHORTEST = 5  # a shorter word is too near too many others to be mended
LONG = 8  # from this length, two slips are mended


async def respelt(reads: SearchReads, group_id: int, query: str) -> str | None:
    """The query with each word the minutes and the glossary lack replaced by their nearest
    word, if near enough; None when no word was mended."""
    asked = [word for word in _WORD.findall(query) if len(word) >= SHORTEST]
    openings = sorted({word[:OPENING].casefold() for word in asked})
    if not openings:
        return None
    found = await reads.candidates(group_id, (), openings)
    texts = await reads.entries([candidate.entry_id for candidate in found])
    known = Counter(word.casefold() for text in texts.values()
                    for field in (text.title, text.notes, text.decision)
                    for word in _WORD.findall(field or ""))
    known.update(_glossary_words())
    mended = query
    for word in asked:
        nearest = _nearest(word.casefold(), known)
        if nearest is not None:
            mended = re.sub(rf"\b{re.escape(word)}\b", nearest, mended, count=1)
    return mended if mended != query else None


def _nearest(word: str, known: Counter[str]) -> str | None:
    if word in known:
        return None
    most = 2 if len(word) >= LONG else 1
    near = [(distance(word, other), -count, other) for other, count in known.items()
            if other[:OPENING] == word[:OPENING] and abs(len(other) - len(word)) <= most]
    best = min((n for n in near if n[0] <= most), default=None)
    return best[2] if best else None


def distance(a: str, b: str) -> int:
    """Letters left out, added or changed, and two side by side swapped, from a to b."""
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
    return row[-1]


@cache
def _glossary_words() -> tuple[str, ...]:
    terms: Iterable[str] = (term for concept in glossary()
                            for term in (*concept.danish, *concept.english))
    return tuple(word.casefold() for term in terms for word in _WORD.findall(term))
