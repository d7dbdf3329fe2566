"""What searching the minutes needs of storage: the full-text index of their stems."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol

from meetings.minutes.entities import MinutesEntry


@dataclass(frozen=True)
class IndexedStems:
    """An entry's stems per field, space-separated."""

    title: str
    notes: str
    decision: str

    def is_empty(self) -> bool:
        return not (self.title or self.notes or self.decision)


@dataclass(frozen=True)
class Candidate:
    """An entry that matched some stem, by its id and number, with its meeting and what the
    index holds for it: enough to rank it. Only the entries shown are read whole (`entries`)."""

    entry_id: int
    number: int
    meeting_id: int
    meeting_starts_at: datetime
    stems: IndexedStems


class EntryText(NamedTuple):
    """What a search hit shows of an entry."""

    id: int
    number: int
    title: str
    notes: str | None
    decision: str | None


class SearchReads(Protocol):
    """What a search reads: the unit of work's index, or the quick reads outside one."""

    async def candidates(self, group_id: int, any_of: Sequence[str],
                         prefixes: Sequence[str] = ()) -> list[Candidate]: ...
    async def entries(self, entry_ids: Sequence[int]) -> dict[int, EntryText]: ...


class SearchIndex(SearchReads, Protocol):
    async def put(self, entry_id: int, stems: IndexedStems) -> None: ...
    async def forget_group(self, group_id: int) -> None: ...
    async def entries_of_group(self, group_id: int) -> Sequence[MinutesEntry]: ...
