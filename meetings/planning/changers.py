"""Who a meeting card offers *Move* and *Cancel*: the ones whose click `meeting_on_card` takes
(require_manager: the group's chair and secretaries). A card offers nobody a button that only
refuses; a click on an old card or a replayed one is still refused there, and logged."""

from collections.abc import Sequence

from meetings.common.access import is_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import MANAGERS

# The roles of those who move and cancel, for a read that has a member's role alone.
CHANGING_ROLES = MANAGERS


def offers_meeting_changes(group: Group, reader: Member | None) -> bool:
    """Whether a meeting card drawn for the reader offers Move and Cancel."""
    return reader is not None and is_manager(reader, group)


def role_offers_meeting_changes(role: str | None) -> bool:
    """`offers_meeting_changes` for a member of the group known by her role alone."""
    return role in CHANGING_ROLES


async def meeting_changers(uow: UnitOfWork, group: Group) -> Sequence[Member]:
    """The members still in the group and in Teams whom its cards offer Move and Cancel, the
    longest in the group first (then by row): in the same order on every card."""
    members = [m for m in await uow.members.of_group(group.id)
               if m.left_at is None and m.imported_at is None
               and offers_meeting_changes(group, m)]
    return sorted(members, key=lambda m: (m.joined_at, m.id))
