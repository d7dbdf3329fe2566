"""A search of the minutes in the quick reads (storage/repositories/quick_reads.py), outside a
unit of work: the asker's group, then the group's entries with their index words and texts, in
two statements on one connection. The statements are the unit of work's index's own
(storage/repositories/search.py), so both find the same entries.
"""

from typing import NamedTuple

from sqlalchemy import bindparam, select

from meetings.groups.entities import Group, Member
from storage.repositories.search import SearchRows


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


class QuickSearch(SearchRows):
    """A search's reads on the quick-read connection, without a session; and the asker's
    group."""

    async def group_of_member(self, member_id: int) -> GroupFacts | None:
        rows = await self._rows(_GROUP_OF_MEMBER, {"member_id": member_id})
        return GroupFacts(*rows[0]) if rows else None
