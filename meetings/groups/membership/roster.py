"""The members of a group as their card lists them, and whether the reader may edit them."""

from collections.abc import Sequence
from dataclasses import dataclass

from meetings.common.access import is_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member


@dataclass(frozen=True)
class Roster:
    members: Sequence[Member]  # everybody who is or was in the group
    editable: bool  # the reader is the chair or the secretary


async def roster_of(uow: UnitOfWork, group: Group, reader: Member | None) -> Roster:
    """The group's members; editable by the chair and the secretary only."""
    members = await uow.members.of_group(group.id)
    return Roster(members, reader is not None and is_manager(reader, group))
