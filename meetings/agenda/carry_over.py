"""Deferred items carried to a later meeting.

The deferred item stays with its meeting (its minutes show it was deferred); a copy that
points back to it goes to the later meeting as a new proposal, flagged as carried over, for
the chair to take up again. Each item is copied once: a unique column makes sure of it. The
items proposed for or accepted onto a cancelled meeting are deferred with it.
"""

from datetime import datetime

from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.decisions import tell_of_cancellation
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus

OPEN = (ItemStatus.PROPOSED, ItemStatus.ACCEPTED)

COPIED = ("title", "kind", "description", "recommendation", "presenter", "guests", "minutes",
          "links", "proposed_by")


async def carry_item(uow: UnitOfWork, item: AgendaItem, to: Meeting, now: datetime) -> bool:
    """Copy a deferred item to `to`; say whether this call made the copy."""
    values = {name: getattr(item, name) for name in COPIED}
    return await uow.items.add_copy_if_absent({
        **values, "meeting_id": to.id, "group_id": to.group_id,
        "status": ItemStatus.PROPOSED, "carried_from_item_id": item.id,
        "created_at": now, "updated_at": now})


async def carry_over_deferred(uow: UnitOfWork, group: Group, meeting: Meeting,
                              now: datetime) -> list[int]:
    """Take up, in `meeting`, the group's deferred items that were waiting for a later
    meeting; return the ids of the items carried."""
    if meeting.group_id != group.id:
        return []
    carried = []
    for item in await uow.items.waiting_deferred(group.id, before=meeting.starts_at):
        if await carry_item(uow, item, meeting, now):
            carried.append(item.id)
    return carried


async def carry_items_of_cancelled(uow: UnitOfWork, group: Group, meeting: Meeting,
                                   now: datetime) -> None:
    """After a cancellation: the meeting's proposed and accepted items are deferred, go to the
    group's next planned meeting as proposals for review (or wait, as deferred items do, for
    the next one planned), and each proposer is told. Standing items are the group's settings,
    not the meeting's items: nothing to carry."""
    if meeting.status != MeetingStatus.CANCELLED:
        return
    later = await uow.cycle.next_after(meeting)
    for item in await uow.items.of_meeting(meeting.id, list(OPEN)):
        if not await uow.items.transition(item.id, OPEN, status=ItemStatus.DEFERRED,
                                          position=None, updated_at=now):
            continue  # decided by somebody else meanwhile
        await uow.items.refresh(item)
        if later is not None:
            await carry_item(uow, item, later, now)
        await tell_of_cancellation(uow, group, item, now)
