"""Questions about the minutes: "hvad blev besluttet om plejefamilier?" answered from the
decisions, notes and titles of the group's own minutes, across its meetings.

What a question searches for is made in meetings/search/terms.py: word forms by their stems,
compounds by prefix and by the glossary, and the other language by the glossary. The database
finds the entries that hold any of those stems or prefixes; whether an entry answers, and the
ranking, are decided here, the same on both databases: entries that match more of the query's
subjects first, then those whose decision matches, then the newest meeting.
"""

from dataclasses import dataclass
from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.minutes.entities import MinutesEntry
from meetings.search.ports import Candidate, EntryText, IndexedStems, SearchReads
from meetings.search.snippet import snippet_of
from meetings.search.stemming import index_stems
from meetings.search.terms import Term, query_terms

# The field a match counts most in: a question about the minutes is mostly about decisions.
FIELD_WEIGHTS = {"decision": 3, "title": 2, "notes": 1}


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


async def search_minutes(reads: SearchReads, group_id: int, query: str, language: str,
                         limit: int = 5, within: tuple[datetime, datetime] | None = None,
                         ) -> list[SearchHit]:
    """The group's entries that best answer `query`, of the meetings begun `within` (from, to)
    if given; none for a query without a subject. `reads` is a unit of work's `search`, or the
    quick reads' (nothing is written)."""
    terms = query_terms(query, language)
    if not terms:
        return []
    parts = [part for term in terms for part in term.parts()]
    any_of = sorted(set().union(*(part.stems for part in parts)))
    prefixes = sorted({part.prefix for part in parts if part.prefix})
    candidates = [candidate for candidate in await reads.candidates(group_id, any_of, prefixes)
                  if within is None or within[0] <= candidate.meeting_starts_at < within[1]]
    scored = ((_score(candidate, _fields(candidate.stems), terms), candidate)
              for candidate in candidates)
    ranked = [candidate for score, candidate in sorted(scored) if score[0]][:limit]
    entries = await reads.entries([candidate.entry_id for candidate in ranked])
    return [_hit(candidate, entries[candidate.entry_id], terms) for candidate in ranked]


async def index_entry(uow: UnitOfWork, entry: MinutesEntry) -> None:
    """Bring the index up to date with the entry; call it in the transaction that changed it."""
    if entry.id is None:
        await uow.flush()
    await uow.search.put(entry.id, stems_of(entry))


async def reindex_group(uow: UnitOfWork, group_id: int) -> int:
    """Index every entry of the group's minutes anew; how many entries there are."""
    index = uow.search
    await index.forget_group(group_id)
    entries = await index.entries_of_group(group_id)
    for entry in entries:
        await index.put(entry.id, stems_of(entry))
    return len(entries)


def stems_of(entry: MinutesEntry) -> IndexedStems:
    return IndexedStems(*(" ".join(index_stems(getattr(entry, name) or ""))
                          for name in ("title", "notes", "decision")))


def _fields(stems: IndexedStems) -> dict[str, frozenset[str]]:
    return {name: frozenset(getattr(stems, name).split()) for name in FIELD_WEIGHTS}


def _score(candidate: Candidate, fields: dict[str, frozenset[str]], terms: list[Term]) -> tuple:
    """The ranking's key: more subjects matched, then a heavier field, then the newest meeting;
    its first value is 0 for an entry that matches no subject."""
    every = frozenset().union(*fields.values())
    matched = sum(1 for term in terms if term.matches(every))
    weight = sum(max((FIELD_WEIGHTS[name] for name, found in fields.items()
                      if term.matches(found)), default=0) for term in terms) if matched else 0
    return (-matched, -weight, -candidate.meeting_starts_at.timestamp(), candidate.number,
            candidate.entry_id)


def _hit(candidate: Candidate, entry: EntryText, terms: list[Term]) -> SearchHit:
    field, snippet = snippet_of(entry, lambda stems: any(term.touches(stems) for term in terms))
    return SearchHit(candidate.meeting_id, candidate.meeting_starts_at, entry.id, entry.number,
                     entry.title, snippet, field)
