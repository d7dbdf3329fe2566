"""Who may write a group's minutes: the chair, the secretary and the minute-taker, each
refusal logged once here and saying that the minute-taker may too."""

import logging
from datetime import datetime

from meetings.common.access import is_manager, require_member
from meetings.common.refusal import MINUTE_TAKER, NOT_ALLOWED, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.minutes.entities import Minutes
from meetings.minutes.vocabulary import MinutesStatus

log = logging.getLogger(__name__)


def takes_minutes(actor: Member, group: Group) -> bool:
    """Who opens the minutes, writes them and sends them for approval: the chair, the
    secretary and a member the group gave the minute-taker role. Planning, roles and erasure
    stay the chair's and the secretary's."""
    if is_manager(actor, group):
        return True
    return (actor.group_id == group.id and actor.role == Role.MINUTE_TAKER
            and actor.left_at is None)


def require_minutes_writer(actor: Member, group: Group, action: str,
                           target: int | None = None) -> None:
    """Refuse, and log, opening or posting the minutes by somebody who does not take them."""
    if takes_minutes(actor, group):
        return
    log.warning("refused: not chair, secretary or minute-taker",
                extra={"action": action, "actor": actor.aad_object_id, "group_id": group.id,
                       "target": target})
    raise Refusal(NOT_ALLOWED, allowed=MINUTE_TAKER)


def minutes_editable_by(actor: Member, group: Group, minutes: Minutes) -> bool:
    """Managers always (a correction once approved); the group's minute-taker and the
    meeting's until approval."""
    if actor.group_id != group.id or minutes.group_id != group.id:
        return False
    if is_manager(actor, group):
        return True
    return ((minutes.minute_taker_id == actor.id or takes_minutes(actor, group))
            and minutes.status != MinutesStatus.APPROVED)


def require_editor(actor: Member, group: Group, minutes: Minutes, action: str,
                   target: int | None = None) -> None:
    """Refuse, and log, a write by somebody who may not write these minutes now."""
    require_member(actor, group, action, allowed=MINUTE_TAKER)
    if minutes_editable_by(actor, group, minutes):
        return
    log.warning("refused: may not write the minutes",
                extra={"action": action, "actor": actor.aad_object_id, "group_id": group.id,
                       "target": target})
    raise Refusal(NOT_ALLOWED, allowed=MINUTE_TAKER)


def opened_by(reader: Member | None, group: Group, minutes: Minutes, now: datetime) -> Minutes:
    """The minutes as shown to `reader`. One who writes them opening a draft ("referat" on
    Tuesday for Friday's meeting) marks it in use: the chat's "#" lines go into it again
    (meetings.minutes.capture.meeting_now)."""
    if reader is not None and minutes.status == MinutesStatus.DRAFT \
            and minutes_editable_by(reader, group, minutes):
        minutes.updated_at = now
    return minutes
