"""The full-text index of the minutes: the stemmed words of each entry's title, notes and
decision, found by whole stems and by stems that begin with a prefix.

SQLite keeps them in an FTS5 table whose rowid is the entry's id; PostgreSQL in a plain table
with a `tsvector` column (the 'simple' configuration: the words are already stems) under a GIN
index. Both hold the same stems, made in Python. A search reads the group's entries with their
stems by the entry's key and matches them here, so both databases find the same entries and
rank them alike. The table is created by migration 0007 and kept out of the models, since an
FTS5 table cannot be declared there.
"""

from collections.abc import Awaitable, Callable, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Select, TableClause, bindparam, column, delete, select, table
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.entities import Meeting
from meetings.search.ports import Candidate, EntryText, IndexedStems

SEARCH_TABLE = "minutes_search"
FIELDS = ("title", "notes", "decision")

# More than a group's minutes hold in many years (four meetings of ten items a year), so the
# ranking sees every entry that matches.
CANDIDATE_CAP = 500


def is_search_table(name: str | None) -> bool:
    """The index and, on SQLite, the shadow tables FTS5 keeps next to it."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


@cache
def _search_table(key: str) -> TableClause:
    # Made once per key, not per unit of work: every turn's unit of work has an index.
    return table(SEARCH_TABLE, column(key), *(column(name) for name in FIELDS))


class MinutesSearchIndex:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._sqlite = session.bind.dialect.name == "sqlite"
        key = "rowid" if self._sqlite else "entry_id"
        self._table = _search_table(key)
        self._key = self._table.c[key]
        self._reads = SearchRows(session.execute, sqlite=self._sqlite)

    async def put(self, entry_id: int, stems: IndexedStems) -> None:
        """Index the entry anew; an entry with no words leaves the index."""
        if stems.is_empty():
            await self.forget(entry_id)
            return
        fields = {"title": stems.title, "notes": stems.notes, "decision": stems.decision}
        if self._sqlite:  # one writer at a time: replacing cannot race
            await self.forget(entry_id)
            await self._session.execute(self._table.insert().values(rowid=entry_id, **fields))
            return
        # Two transactions indexing the same entry: the later one's words win, neither fails.
        upsert = postgresql.insert(self._table).values(entry_id=entry_id, **fields)
        await self._session.execute(upsert.on_conflict_do_update(index_elements=["entry_id"],
                                                                 set_=fields))

    async def forget(self, entry_id: int) -> None:
        await self._session.execute(delete(self._table).where(self._key == entry_id))

    async def forget_group(self, group_id: int) -> None:
        entries = select(MinutesEntry.id).join(Minutes, Minutes.id == MinutesEntry.minutes_id)
        await self._session.execute(delete(self._table).where(
            self._key.in_(entries.where(Minutes.group_id == group_id))))

    async def entries_of_group(self, group_id: int) -> Sequence[MinutesEntry]:
        query = (
            select(MinutesEntry)
            .join(Minutes, Minutes.id == MinutesEntry.minutes_id)
            .where(Minutes.group_id == group_id)
            .order_by(MinutesEntry.id)
        )
        return (await self._session.scalars(query)).all()

    async def candidates(self, group_id: int, any_of: Sequence[str],
                         prefixes: Sequence[str] = ()) -> list[Candidate]:
        """The group's entries whose index holds any of the stems, or a stem that begins with
        one of the prefixes; newest meeting first.

        The group's entries' keys are read first and the index is probed by each one's key;
        which of them hold the words is decided here, as the ranking reads their stems anyway.
        Matching the words in the index first found them in every group's minutes before the
        group was looked at: 18 ms at p50 with 2,000 groups, growing with the groups
        (bench.scale)."""
        return await self._reads.candidates(group_id, any_of, prefixes)

    async def entries(self, entry_ids: Sequence[int]) -> dict[int, EntryText]:
        """The texts of the entries with these ids: the few a search shows."""
        return await self._reads.entries(entry_ids)


class SearchRows:
    """A search's two reads (meetings.search.ports.SearchReads) over any way of running a
    statement: a unit of work's session, or the quick reads' connection
    (storage/repositories/quick_search.py). The entries' texts come with their index words,
    so those of the candidates need no second statement."""

    def __init__(self, rows: Callable[[Any, dict], Awaitable[Iterable[Sequence]]], *,
                 sqlite: bool) -> None:
        self._rows = rows
        self._sqlite = sqlite
        self._texts: dict[int, EntryText] = {}  # of the candidates read

    async def candidates(self, group_id: int, any_of: Sequence[str],
                         prefixes: Sequence[str] = ()) -> list[Candidate]:
        words = wanted(any_of, prefixes)
        if words is None:
            return []
        rows = await self._rows(candidates_statement(self._sqlite), {"group_id": group_id})
        found, texts = candidates_and_texts(rows, *words)
        self._texts.update(texts)
        return found

    async def entries(self, entry_ids: Sequence[int]) -> dict[int, EntryText]:
        """The texts read with the candidates; a read only for any other entry."""
        if missing := [entry_id for entry_id in entry_ids if entry_id not in self._texts]:
            self._texts.update(entry_texts(await self._rows(ENTRY_TEXTS,
                                                            {"entry_ids": missing})))
        return {entry_id: self._texts[entry_id] for entry_id in entry_ids
                if entry_id in self._texts}


# Statements with bound parameters, built once: the bot's unit of work and the quick reads
# (storage/repositories/quick_search.py) both run them, through `SearchRows`.
ENTRY_TEXTS = select(MinutesEntry.id, MinutesEntry.number, MinutesEntry.title,
                     MinutesEntry.notes, MinutesEntry.decision).where(
    MinutesEntry.id.in_(bindparam("entry_ids", expanding=True)))


@cache
def candidates_statement(sqlite: bool) -> Select:
    """Every entry of the group `:group_id` with its meeting and its indexed stems, newest
    meeting first."""
    index = _search_table("rowid" if sqlite else "entry_id")
    key = index.c["rowid" if sqlite else "entry_id"]
    return (
        select(MinutesEntry.id, MinutesEntry.number, Meeting.id, Meeting.starts_at,
               *(index.c[name].label(f"indexed_{name}") for name in FIELDS),
               MinutesEntry.title, MinutesEntry.notes, MinutesEntry.decision)
        .join(Minutes, Minutes.id == MinutesEntry.minutes_id)
        .join(Meeting, Meeting.id == Minutes.meeting_id)
        .join(index, key == MinutesEntry.id)
        .where(Minutes.group_id == bindparam("group_id"))
        .order_by(Meeting.starts_at.desc(), MinutesEntry.number, MinutesEntry.id)
    )


def wanted(any_of: Sequence[str], prefixes: Sequence[str]) -> \
        tuple[frozenset[str], tuple[str, ...]] | None:
    """The stems and prefixes an index can hold (words only); None when none is left."""
    stems = frozenset(stem for stem in any_of if stem.isalnum())
    starts = tuple(prefix for prefix in prefixes if prefix.isalnum())
    return (stems, starts) if stems or starts else None


def candidates_and_texts(rows: Iterable[Sequence], any_of: frozenset[str],
                         prefixes: tuple[str, ...]) -> tuple[list[Candidate], dict[int, EntryText]]:
    """The rows of `candidates_statement` whose stems hold a wanted stem or prefix, and the
    texts of those entries (the entry's row is read anyway; its texts cost a few strings, a
    second statement a trip)."""
    found, texts = [], {}
    for entry_id, number, meeting_id, starts_at, *indexed, title, notes, decision in rows:
        stems = IndexedStems(*indexed)
        if _holds(stems, any_of, prefixes):
            found.append(Candidate(entry_id, number, meeting_id, starts_at, stems))
            texts[entry_id] = EntryText(entry_id, number, title, notes, decision)
    return found[:CANDIDATE_CAP], texts


def entry_texts(rows: Iterable[Sequence]) -> dict[int, EntryText]:
    return {row[0]: EntryText(*row) for row in rows}


def _holds(stems: IndexedStems, any_of: frozenset[str], prefixes: Sequence[str]) -> bool:
    """What the index's MATCH (FTS5 `"stem" OR "prefix"*`, PostgreSQL `'stem' | 'prefix':*`)
    answers for one entry: a whole stem, or a stem that begins with a prefix."""
    text = f"{stems.title} {stems.notes} {stems.decision}"
    # A stem or prefix that is not even a substring is not a word either: most entries are
    # ruled out so, without splitting their text.
    if not any(stem in text for stem in any_of) and not any(p in text for p in prefixes):
        return False
    words = text.split()
    if not any_of.isdisjoint(words):
        return True
    return bool(prefixes) and any(word.startswith(prefixes) for word in words)
