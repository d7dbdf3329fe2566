"""Members' side of the call for input: proposing items, answering "intet fra os", editing."""

import logging
from dataclasses import fields, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.cycle import schedule_agenda_cycle
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.draft import ItemDraft, checked_fields, draft_of
from meetings.agenda.messages import agenda_changed
from meetings.agenda.times import input_deadline
from meetings.agenda.vocabulary import InputKind, ItemStatus
from meetings.common.access import (
    is_manager,
    item_of_group,
    meeting_ahead,
    require_manager,
    require_member,
)
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import (
    ALREADY_CANCELLED,
    BAD_ITEM,
    DEADLINE_PASSED,
    NOT_ALLOWED,
    Refusal,
)
from meetings.groups.entities import Group, Member
from meetings.groups.settings import settings_of
from meetings.planning.entities import Meeting

log = logging.getLogger(__name__)

OPEN = (ItemStatus.PROPOSED, ItemStatus.ACCEPTED)
ITEMS = "items"  # DEADLINE_PASSED's `of`: the deadline for new items, which managers may pass


async def propose_item(uow: UnitOfWork, group: Group, meeting_id: int, actor: Member,
                       draft: ItemDraft, now: datetime) -> AgendaItem:
    """Any member, until the deadline; the chair and the secretary also after it."""
    require_member(actor, group, "propose_item")
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    settings = await settings_of(uow, group)
    if now >= input_deadline(meeting, settings, ZoneInfo(group.time_zone)) \
            and not is_manager(actor, group):
        raise Refusal(DEADLINE_PASSED, meeting_id=str(meeting.id), of=ITEMS)
    values = checked_fields(draft, settings.item_minutes)
    item, _ = await _add(uow, meeting, actor, values, now, ItemStatus.PROPOSED)
    return item


async def bring_item(uow: UnitOfWork, group: Group, meeting_id: int, actor: Member,
                     draft: ItemDraft, now: datetime) -> AgendaItem:
    """An item a member brings: before the deadline everybody proposes it; after it the chair
    and the secretary add it to the agenda at once, since nobody reviews proposals any more,
    and the others are too late."""
    require_member(actor, group, "propose_item")
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    settings = await settings_of(uow, group)
    late = now >= input_deadline(meeting, settings, ZoneInfo(group.time_zone))
    if late and not is_manager(actor, group):
        raise Refusal(DEADLINE_PASSED, meeting_id=str(meeting.id), of=ITEMS)
    values = checked_fields(draft, settings.item_minutes)
    if late:
        return await _add_accepted(uow, group, meeting, actor, values, now)
    item, _ = await _add(uow, meeting, actor, values, now, ItemStatus.PROPOSED)
    return item


async def meeting_for_item(uow: UnitOfWork, group: Group, meeting_id: int,
                           now: datetime) -> Meeting:
    """The meeting an item is brought for: the one named; if it was cancelled while the member
    wrote (the form opened before), the group's next planned meeting, where the cancelled
    meeting's items went. Still refused as cancelled when none is planned."""
    try:
        return await meeting_ahead(uow, group, meeting_id, now)
    except Refusal as refusal:
        if refusal.code != ALREADY_CANCELLED:
            raise
        later = await uow.cycle.next_after(await uow.meetings.get(meeting_id))
        if later is None:
            raise
        return await meeting_ahead(uow, group, later.id, now)


async def add_item_directly(uow: UnitOfWork, group: Group, meeting_id: int, actor: Member,
                            draft: ItemDraft, now: datetime) -> AgendaItem:
    """The chair or the secretary puts an item on the agenda at once, last among the items."""
    require_manager(actor, group, "add_item_directly", meeting_id)
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    values = checked_fields(draft, (await settings_of(uow, group)).item_minutes)
    return await _add_accepted(uow, group, meeting, actor, values, now)


async def _add_accepted(uow: UnitOfWork, group: Group, meeting: Meeting, actor: Member,
                        values: dict, now: datetime) -> AgendaItem:
    item, created = await _add(uow, meeting, actor, values, now, ItemStatus.ACCEPTED)
    if created:
        await agenda_changed(uow, group, meeting, now)
        await schedule_agenda_cycle(uow, group, meeting, now)  # a waiting agenda may go out
    return item


async def answer_nothing(uow: UnitOfWork, group: Group, meeting_id: int, actor: Member,
                         now: datetime) -> bool:
    """"Intet fra os": counts as an answer to the call; say whether it is a new answer."""
    require_member(actor, group, "answer_nothing")
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    return await uow.inputs.add_if_absent({"meeting_id": meeting.id, "member_id": actor.id,
                                           "kind": InputKind.NOTHING, "created_at": now})


async def edit_item(uow: UnitOfWork, group: Group, actor: Member, item_id: int, now: datetime,
                    **changes) -> AgendaItem:
    """Change fields of an item (those of ItemDraft): its proposer while it awaits review and
    the deadline has not passed, the chair and the secretary until the meeting starts."""
    require_member(actor, group, "edit_item")
    item = await item_of_group(uow, group, item_id)
    meeting = await meeting_ahead(uow, group, item.meeting_id, now)
    settings = await settings_of(uow, group)
    if not is_manager(actor, group):
        _require_proposer_may_edit(actor, item)
        if now >= input_deadline(meeting, settings, ZoneInfo(group.time_zone)):
            raise Refusal(DEADLINE_PASSED, meeting_id=str(meeting.id))
    unknown = set(changes) - {f.name for f in fields(ItemDraft)}
    if unknown:
        raise Refusal(BAD_ITEM, field=sorted(unknown)[0])
    values = checked_fields(replace(draft_of(item), **changes), settings.item_minutes)
    for name, value in values.items():
        setattr(item, name, value)
    item.updated_at = now
    if item.status == ItemStatus.ACCEPTED:
        await agenda_changed(uow, group, meeting, now)
    return item


def _require_proposer_may_edit(actor: Member, item: AgendaItem) -> None:
    if item.proposed_by != actor.id or item.status != ItemStatus.PROPOSED:
        log.warning("refused: not the proposer of an open item",
                    extra={"actor": actor.aad_object_id, "target": item.id})
        raise Refusal(NOT_ALLOWED)


async def _add(uow: UnitOfWork, meeting: Meeting, actor: Member, values: dict, now: datetime,
               status: ItemStatus) -> tuple[AgendaItem, bool]:
    # The same open title from the same person again is a double click, not a second item.
    for existing in await uow.items.of_meeting(meeting.id, OPEN):
        if existing.proposed_by == actor.id and existing.title.lower() == values["title"].lower():
            return existing, False
    position = await uow.items.next_position(meeting.id) if status == ItemStatus.ACCEPTED \
        else None
    item = AgendaItem(meeting_id=meeting.id, group_id=meeting.group_id, proposed_by=actor.id,
                      status=status, position=position, created_at=now, updated_at=now,
                      **values)
    uow.items.add(item)
    await uow.flush()
    log.info("agenda item added", extra={"meeting_id": meeting.id, "item_id": item.id,
                                         "status": str(status)})
    return item, True


async def already_proposed(uow: UnitOfWork, person: Member, title: str, now: datetime,
                           since: datetime | None = None) -> tuple[Group, Meeting] | None:
    """The group and meeting ahead where the person (in any of her groups) has an open item of
    this title, proposed `since` the choice of group was offered: that choice clicked again on
    a copy of its card that another client still shows, which must not file the item twice.
    One proposed before it was offered is another proposal: the same line written again later
    puts the item on another group's meeting too. One question per line is the rule, so no
    token is stored to tell two cards apart."""
    for group, member, _ in await uow.members.groups_of_person(person, now):
        for meeting in await uow.meetings.upcoming(group.id, now):
            if any(item.proposed_by == member.id and item.title.casefold() == title.casefold()
                   and (since is None or item.created_at >= since)
                   for item in await uow.items.of_meeting(meeting.id, OPEN)):
                return group, meeting
    return None


async def proposal_form(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                        now: datetime) -> Meeting:
    """The meeting a member's proposal form is for, while it still takes items; one outside the
    group is refused, and logged. Opened from a card of a meeting cancelled since (a call or a
    nudge), the form is for the meeting the submit brings the item to: the next one planned."""
    require_member(actor, group, "propose_item")
    return await meeting_for_item(uow, group, meeting_id, now)
