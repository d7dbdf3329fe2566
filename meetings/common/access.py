"""Checks that an actor and the thing they touch belong to the same group.

Meeting and item ids arrive in card data, which is client input and can be forged: each is
loaded and checked against the actor's group before anything is read or written.
"""

import logging
from datetime import datetime

from meetings.agenda.entities import AgendaItem
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import (
    ALREADY_CANCELLED,
    DEADLINE_PASSED,
    ITEM_NOT_FOUND,
    LEFT_THE_GROUP,
    MEETING_NOT_FOUND,
    NOT_A_MEMBER,
    NOT_ALLOWED,
    Refusal,
)
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import MANAGERS
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus

log = logging.getLogger(__name__)


def require_member(actor: Member, group: Group, action: str, **refusal: str) -> None:
    """Refuse, and log, one outside the group or who has left it; `refusal`: the
    NOT_ALLOWED's details."""
    if actor.group_id != group.id or actor.left_at is not None:
        log.warning("refused: not a member of the group",
                    extra={"action": action, "actor": actor.aad_object_id, "group_id": group.id})
        raise Refusal(NOT_ALLOWED, **refusal)


async def member_in_group(uow: UnitOfWork, group_id: int | None,
                          person: Member) -> tuple[Group, Member]:
    """The group a card names and the person's member row in it, found from their row in
    another conversation (their 1:1 chat). The group's id is client input: a group they are
    not in, or none, is refused; so is a group they left (their row is kept for the record):
    they are told they are no longer a member, whatever their role there was."""
    group = await uow.groups.get(group_id) if group_id is not None else None
    member = await uow.tasks.membership_in(group.id, person) if group is not None else None
    extra = {"actor": person.aad_object_id, "group_id": person.group_id, "target": group_id}
    if group is None or member is None:
        log.warning("refused: card of a group the clicker is not in", extra=extra)
        raise Refusal(NOT_A_MEMBER)
    if member.left_at is not None:
        log.warning("refused: card of a group the clicker left", extra=extra)
        raise Refusal(LEFT_THE_GROUP)
    return group, member


def is_manager(actor: Member, group: Group) -> bool:
    return actor.group_id == group.id and actor.role in MANAGERS


async def meeting_ahead(uow: UnitOfWork, group: Group, meeting_id: int,
                        now: datetime) -> Meeting:
    """A planned meeting of the group that has not started: the only kind whose agenda or
    attendance may still change."""
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    if meeting.starts_at <= now:
        raise Refusal(DEADLINE_PASSED, meeting_id=str(meeting.id))
    return meeting


async def item_of_group(uow: UnitOfWork, group: Group, item_id: int) -> AgendaItem:
    item = await uow.items.get(item_id)
    if item is None or item.group_id != group.id:
        log.warning("agenda item of another group or unknown",
                    extra={"group_id": group.id, "target": item_id})
        raise Refusal(ITEM_NOT_FOUND)
    return item


def require_manager(actor: Member, group: Group, action: str, target: int | None = None) -> None:
    """Refuse, and log, an action reserved for the chair and the secretary."""
    if actor.group_id == group.id and actor.role in MANAGERS:
        return
    log.warning(
        "refused: not chair or secretary",
        extra={"action": action, "actor": actor.aad_object_id, "group_id": group.id,
               "target": target},
    )
    raise Refusal(NOT_ALLOWED)


async def meeting_of_group(uow: UnitOfWork, group: Group, meeting_id: int) -> Meeting:
    """The meeting, cancelled or not, if it belongs to this group: ids from card data are
    client input."""
    meeting = await uow.meetings.get(meeting_id)
    if meeting is None or meeting.group_id != group.id:
        log.warning("meeting of another group or unknown",
                    extra={"group_id": group.id, "target": meeting_id})
        raise Refusal(MEETING_NOT_FOUND)
    return meeting


async def planned_meeting_of_group(uow: UnitOfWork, group: Group, meeting_id: int) -> Meeting:
    """The meeting, if it belongs to this group and is not cancelled."""
    meeting = await meeting_of_group(uow, group, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise Refusal(ALREADY_CANCELLED)
    return meeting
