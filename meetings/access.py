"""Checks that an actor and the thing they touch belong to the same group.

Meeting and item ids arrive in card data, which is client input and can be forged: each is
loaded and checked against the actor's group before anything is read or written.
"""

import logging
from datetime import datetime

from meetings.planning import planned_meeting_of_group
from meetings.refusal import DEADLINE_PASSED, ITEM_NOT_FOUND, NOT_ALLOWED, Refusal
from meetings.registration import MANAGERS
from storage.agenda_models import AgendaItem
from storage.models import Group, Meeting, Member
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


def require_member(actor: Member, group: Group, action: str) -> None:
    if actor.group_id != group.id:
        log.warning("refused: not a member of the group",
                    extra={"action": action, "actor": actor.aad_object_id, "group_id": group.id})
        raise Refusal(NOT_ALLOWED)


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
