"""Telling a proposer what became of their item: accepted, deferred, or rejected and why; or
moved on because its meeting was cancelled."""

from datetime import datetime, timedelta

from meetings.agenda.entities import AgendaItem
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member

WORTH_TELLING = timedelta(days=14)


async def tell_proposer(uow: UnitOfWork, group: Group, actor: Member, item: AgendaItem,
                        now: datetime) -> bool:
    """A 1:1 message to the proposer, through the outbox, unless they decided it themselves.

    Not tied to the meeting's own messages: moving the meeting must not withdraw it."""
    if item.proposed_by is None or item.proposed_by == actor.id:
        return False
    return await uow.outbox.enqueue(
        dedupe_key=f"item-decision:{item.id}:{item.status}", kind=OutboxKind.ITEM_DECISION,
        group_id=group.id, member_id=item.proposed_by,
        payload={"item_id": item.id, "status": str(item.status)}, due_at=now,
        expires_at=now + WORTH_TELLING, created_at=now)


async def tell_of_cancellation(uow: UnitOfWork, group: Group, item: AgendaItem,
                               now: datetime) -> bool:
    """Tell the proposer that the item's meeting is cancelled and where the item went; the
    message names the later meeting as it is when it is sent."""
    if item.proposed_by is None:
        return False
    return await uow.outbox.enqueue(
        dedupe_key=f"item-decision:{item.id}:cancelled", kind=OutboxKind.ITEM_DECISION,
        group_id=group.id, member_id=item.proposed_by,
        payload={"item_id": item.id, "status": str(item.status), "cancelled": True},
        due_at=now, expires_at=now + WORTH_TELLING, created_at=now)
