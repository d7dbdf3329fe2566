"""What searching the minutes needs of storage: the full-text index of their stems."""

from collections.abc import Sequence
from typing import Protocol

from storage.models.minutes import MinutesEntry
from storage.repositories.search import Candidate, EntryText, IndexedStems


class SearchReads(Protocol):
    """What a search reads: the unit of work's index, or the quick reads outside one."""

    async def candidates(self, group_id: int, any_of: Sequence[str],
                         prefixes: Sequence[str] = ()) -> list[Candidate]: ...
    async def entries(self, entry_ids: Sequence[int]) -> dict[int, EntryText]: ...


class SearchIndex(SearchReads, Protocol):
    async def put(self, entry_id: int, stems: IndexedStems) -> None: ...
    async def forget_group(self, group_id: int) -> None: ...
    async def entries_of_group(self, group_id: int) -> Sequence[MinutesEntry]: ...
