"""The chair's and the secretary's side: accepting, deferring or rejecting items, ordering them."""

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from meetings.agenda.carry_over import carry_item
from meetings.agenda.cycle import schedule_agenda_cycle
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.decisions import tell_proposer
from meetings.agenda.messages import agenda_changed
from meetings.agenda.queries import items_of
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.access import is_manager, item_of_group, meeting_ahead, require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_ITEM, ITEM_NOT_FOUND, Refusal
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting

log = logging.getLogger(__name__)

ACCEPT, DEFER, REJECT = "accept", "defer", "reject"
# decision -> (new status, the statuses it may come from)
DECISIONS = {
    ACCEPT: (ItemStatus.ACCEPTED, (ItemStatus.PROPOSED,)),
    DEFER: (ItemStatus.DEFERRED, (ItemStatus.PROPOSED, ItemStatus.ACCEPTED)),
    REJECT: (ItemStatus.REJECTED, (ItemStatus.PROPOSED, ItemStatus.ACCEPTED)),
}
MAX_REASON = 500


@dataclass(frozen=True)
class ReviewOutcome:
    item: AgendaItem  # as it is now
    changed: bool  # False: it had been decided already (a second click, or another manager)
    proposer_id: int | None  # whom to tell
    carried_to_meeting_id: int | None = None  # a deferred item's copy went there


async def review_item(uow: UnitOfWork, group: Group, actor: Member, item_id: int,
                      decision: str, now: datetime, reason: str | None = None) -> ReviewOutcome:
    if decision not in DECISIONS:
        raise Refusal(BAD_ITEM, field="decision")
    require_manager(actor, group, "review_item", item_id)
    item = await item_of_group(uow, group, item_id)
    meeting = await meeting_ahead(uow, group, item.meeting_id, now)
    status, from_statuses = DECISIONS[decision]
    was = item.status
    position = await uow.items.next_position(meeting.id) if status == ItemStatus.ACCEPTED \
        else None
    changed = await uow.items.transition(
        item.id, from_statuses, status=status, position=position, updated_at=now,
        reject_reason=_reason(decision, reason))
    await uow.items.refresh(item)
    if not changed:
        return ReviewOutcome(item, False, item.proposed_by)
    log.info("agenda item reviewed", extra={"item_id": item.id, "decision": decision})
    carried_to = await _carry(uow, item, meeting, now) if status == ItemStatus.DEFERRED else None
    if ItemStatus.ACCEPTED in (was, status):
        await agenda_changed(uow, group, meeting, now)
    if status == ItemStatus.ACCEPTED:  # an agenda that waited for an item may go out now
        await schedule_agenda_cycle(uow, group, meeting, now)
    await tell_proposer(uow, group, actor, item, now)
    return ReviewOutcome(item, True, item.proposed_by, carried_to)


async def reorder_items(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                        item_ids_in_order: Sequence[int], now: datetime) -> list[AgendaItem]:
    """Put the accepted items in this order; the list must name each of them once, so a card
    shown before another item was accepted cannot drop it."""
    require_manager(actor, group, "reorder_items", meeting_id)
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    accepted = {item.id: item for item in
                await uow.items.of_meeting(meeting.id, [ItemStatus.ACCEPTED])}
    ids = list(item_ids_in_order)
    if any(item_id not in accepted for item_id in ids):
        raise Refusal(ITEM_NOT_FOUND)
    if len(set(ids)) != len(ids) or len(ids) != len(accepted):
        raise Refusal(BAD_ITEM, field="order")
    moved = False
    for position, item_id in enumerate(ids, start=1):
        item = accepted[item_id]
        if item.position != position:
            item.position, item.updated_at, moved = position, now, True
    if moved:
        await agenda_changed(uow, group, meeting, now)
    return [accepted[item_id] for item_id in ids]


async def move_item(uow: UnitOfWork, group: Group, actor: Member, item_id: int, direction: str,
                    now: datetime) -> Meeting:
    """One step "up" or "down", computed from the order as it is now, not as the card showed
    it; the first stays first when moved up. Gives the item's meeting."""
    require_manager(actor, group, "reorder_items", item_id)
    item = await item_of_group(uow, group, item_id)
    meeting = await meeting_ahead(uow, group, item.meeting_id, now)
    accepted = sorted(await uow.items.of_meeting(meeting.id, [ItemStatus.ACCEPTED]),
                      key=lambda i: (i.position or 0, i.id))
    ids = [i.id for i in accepted]
    if item.id not in ids or direction not in ("up", "down"):
        raise Refusal(BAD_ITEM, field="order")
    at = ids.index(item.id)
    to = at - 1 if direction == "up" else at + 1
    if 0 <= to < len(ids):
        ids[at], ids[to] = ids[to], ids[at]
        await reorder_items(uow, group, actor, meeting.id, ids, now)
    return meeting


def _reason(decision: str, reason: str | None) -> str | None:
    """A rejection says why (the proposer is told); other decisions keep no reason."""
    if decision != REJECT:
        return None
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise Refusal(BAD_ITEM, field="reason")
    return reason


async def _carry(uow: UnitOfWork, item: AgendaItem, meeting: Meeting, now: datetime
                 ) -> int | None:
    # No later meeting yet: the item waits, and the tick carries it when one is planned.
    later = await uow.cycle.next_after(meeting)
    if later is None:
        return None
    await carry_item(uow, item, later, now)
    return later.id


@dataclass(frozen=True)
class Review:
    """What the review card shows: the proposals and who made them, the accepted items in
    their order."""
    meeting: Meeting
    proposed: Sequence[AgendaItem]
    accepted: Sequence[AgendaItem]
    proposers: Mapping[int, Member]


async def review_of(uow: UnitOfWork, group: Group, actor: Member, meeting: Meeting) -> Review:
    """The review of the meeting's items, for the chair and the secretary; anyone else is
    refused, and logged."""
    require_manager(actor, group, "review_items", meeting.id)
    proposed = await items_of(uow, group, meeting.id, [ItemStatus.PROPOSED])
    accepted = sorted(await items_of(uow, group, meeting.id, [ItemStatus.ACCEPTED]),
                      key=lambda item: (item.position or 0, item.id))
    proposers = await uow.members.by_ids([i.proposed_by for i in proposed if i.proposed_by])
    return Review(meeting, proposed, accepted, proposers)


async def review_to_show(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                         now: datetime) -> Review:
    """The review of a meeting named by a click: the role is checked before the id is used."""
    require_manager(actor, group, "review_items", meeting_id)
    return await review_of(uow, group, actor, await meeting_ahead(uow, group, meeting_id, now))


async def review_after_edit(uow: UnitOfWork, group: Group, actor: Member,
                            meeting: Meeting) -> Review | None:
    """After an item is edited: the review for the chair and the secretary; None for the
    proposer, who edited their own item and reviews nothing."""
    return await review_of(uow, group, actor, meeting) if is_manager(actor, group) else None


async def item_to_edit(uow: UnitOfWork, group: Group, actor: Member, item_id: int,
                       now: datetime) -> tuple[AgendaItem, Meeting]:
    """The item the chair's or the secretary's edit form shows, and its meeting, while it is
    ahead; the role is checked before the id is used."""
    require_manager(actor, group, "edit_item", item_id)
    item = await item_of_group(uow, group, item_id)
    return item, await meeting_ahead(uow, group, item.meeting_id, now)
