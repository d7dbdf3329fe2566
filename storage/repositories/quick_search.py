"""A search of the minutes in the quick reads (storage/repositories/quick_reads.py), outside a
unit of work: the asker's group, then the group's entries with their index words and texts, in
two statements on one connection. The statements are the unit of work's index's own
(storage/repositories/search.py), so both find the same entries.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select

from storage.models.groups import Group, Member
from storage.repositories.search import (
    ENTRY_TEXTS,
    Candidate,
    EntryText,
    candidates_and_texts,
    candidates_statement,
    entry_texts,
    wanted,
)


class GroupFacts(NamedTuple):
    """What an answer outside a unit of work needs of the member's group."""

    group_id: int
    language: str
    time_zone: str


_GROUP_OF_MEMBER = (
    select(Group.id, Group.language, Group.time_zone)
    .join(Member, Member.group_id == Group.id)
    .where(Member.id == bindparam("member_id"))
)


class QuickSearch:
    """A search's reads on the quick-read connection: the statements of the unit of work's
    index (storage/repositories/search.py), without a session; and the asker's group."""

    def __init__(self, rows: Callable[[Any, dict], Awaitable[list]], *, sqlite: bool) -> None:
        self._rows = rows
        self._sqlite = sqlite
        self._texts: dict[int, EntryText] = {}  # of the candidates read

    async def group_of_member(self, member_id: int) -> GroupFacts | None:
        rows = await self._rows(_GROUP_OF_MEMBER, {"member_id": member_id})
        return GroupFacts(*rows[0]) if rows else None

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
