"""What the bot could not deliver to a group, for its chair and secretary only."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from meetings.common.access import require_manager
from meetings.common.entities import OutboxMessage
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member


@dataclass(frozen=True)
class Undelivered:
    messages: Sequence[OutboxMessage]
    recipients: Mapping[int, Member]  # by member id; a message to the group names nobody


async def undelivered_of(uow: UnitOfWork, group: Group, actor: Member) -> Undelivered:
    """The messages given up on or being tried again; refused to all but chair and secretary."""
    require_manager(actor, group, "list_undelivered")
    rows = await uow.outbox.undelivered(group.id)
    members = await uow.members.by_ids([r.member_id for r in rows if r.member_id])
    return Undelivered(rows, members)
