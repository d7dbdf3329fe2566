"""Questions about the minutes: "hvad blev besluttet om plejefamilier?" answered from the
decisions, notes and titles of the group's own minutes, across its meetings.

Words are matched by their stems (meetings/stemming.py), so a word form other than the one
written is found. The database finds the entries that hold any of the query's words; the
ranking is here, the same on both databases: entries that match more of the words first, then
those whose decision matches, then the newest meeting.
"""

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from meetings.search_snippet import snippet_of
from meetings.stemming import content_words, index_stems, query_stems, stem
from storage.minutes_models import MinutesEntry
from storage.models import Group
from storage.search_index import Candidate, IndexedStems, MinutesSearchIndex
from storage.unit_of_work import UnitOfWork

# The field a match counts most in: a question about the minutes is mostly about decisions.
FIELD_WEIGHTS = {"decision": 3, "title": 2, "notes": 1}

# Words that frame the question rather than name its subject ("hvad blev besluttet om …",
# "søg i referaterne …"); dropped from a query unless nothing else is left.
_ASKING_WORDS = """
    beslutte besluttet besluttede beslutning beslutningen beslutninger vedtaget vedtog søg søge
    referat referatet referater referaterne decide decided decision decisions search minutes
""".split()


@dataclass(frozen=True)
class SearchHit:
    """An entry that answers the query, with the meeting and item it came from."""

    meeting_id: int
    meeting_starts_at: datetime
    entry_id: int
    number: int
    title: str
    snippet: str  # a short piece of the matching text
    field: str  # where the snippet is from: "decision", "notes" or "title"


async def search_minutes(uow: UnitOfWork, group: Group, query: str, language: str,
                         limit: int = 5) -> list[SearchHit]:
    """The group's entries that best answer `query`; none for a query without a subject."""
    terms = query_terms(query, language)
    if not terms:
        return []
    any_of = sorted(set().union(*terms))
    candidates = await MinutesSearchIndex(uow.session).candidates(group.id, any_of)
    ranked = sorted((_score(candidate, terms), candidate) for candidate in candidates
                    if _matched(candidate.stems, terms))
    return [_hit(candidate, terms) for _, candidate in ranked[:limit]]


async def index_entry(uow: UnitOfWork, entry: MinutesEntry) -> None:
    """Bring the index up to date with the entry; call it in the transaction that changed it."""
    if entry.id is None:
        await uow.flush()
    await MinutesSearchIndex(uow.session).put(entry.id, stems_of(entry))


async def reindex_group(uow: UnitOfWork, group_id: int) -> int:
    """Index every entry of the group's minutes anew; how many entries there are."""
    index = MinutesSearchIndex(uow.session)
    await index.forget_group(group_id)
    entries = await index.entries_of_group(group_id)
    for entry in entries:
        await index.put(entry.id, stems_of(entry))
    return len(entries)


def stems_of(entry: MinutesEntry) -> IndexedStems:
    return IndexedStems(*(" ".join(index_stems(getattr(entry, name) or ""))
                          for name in ("title", "notes", "decision")))


def query_terms(query: str, language: str) -> list[frozenset[str]]:
    """Each distinct subject word of the query as the stems it may be found by."""
    words = list(dict.fromkeys(content_words(query)))
    subject = [word for word in words if stem(word, "da") not in _asking_stems()]
    terms = [query_stems(word, language) for word in subject or words]
    return list(dict.fromkeys(terms))


@cache
def _asking_stems() -> frozenset[str]:
    return frozenset(stem(word, "da") for word in _ASKING_WORDS)


def _fields(stems: IndexedStems) -> dict[str, frozenset[str]]:
    return {name: frozenset(getattr(stems, name).split()) for name in FIELD_WEIGHTS}


def _matched(stems: IndexedStems, terms: list[frozenset[str]]) -> int:
    every = frozenset().union(*_fields(stems).values())
    return sum(1 for term in terms if term & every)


def _score(candidate: Candidate, terms: list[frozenset[str]]) -> tuple:
    fields = _fields(candidate.stems)
    weight = sum(max((FIELD_WEIGHTS[name] for name, found in fields.items() if term & found),
                     default=0) for term in terms)
    return (-_matched(candidate.stems, terms), -weight, -candidate.meeting_starts_at.timestamp(),
            candidate.entry.number, candidate.entry.id)


def _hit(candidate: Candidate, terms: list[frozenset[str]]) -> SearchHit:
    entry = candidate.entry
    field, snippet = snippet_of(entry, frozenset().union(*terms))
    return SearchHit(candidate.meeting_id, candidate.meeting_starts_at, entry.id, entry.number,
                     entry.title, snippet, field)
