"""Which planned meeting the agenda cycle's chat means when the message names none by its
date: items and "intet fra os" answer the call still open, regrets and "jeg kommer" the next
meeting that has not begun. With two meetings planned the first may be past its deadline or
under way while the second's call is out."""

from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.times import input_deadline
from meetings.common.access import is_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.settings import settings_of
from meetings.planning.entities import Meeting
from meetings.planning.schedule import meeting_to_come, planned_meetings, planned_next_meeting


async def meeting_open_for_items(uow: UnitOfWork, group: Group, now: datetime) -> Meeting:
    """The first meeting whose call for items is still open; when none is, the next one (whose
    deadline then answers a late proposal)."""
    coming = await planned_meetings(uow, group, now)
    settings = await settings_of(uow, group)
    tz = ZoneInfo(group.time_zone)
    return next((meeting for meeting in coming
                 if now < input_deadline(meeting, settings, tz)), coming[0])


async def meeting_for_items(uow: UnitOfWork, group: Group, actor: Member,
                            now: datetime) -> Meeting:
    """Where an item with no meeting named goes: a member's to the call still open; the chair's
    and the secretary's to the next meeting, whose agenda they still add to after the
    deadline."""
    if is_manager(actor, group):
        return await planned_next_meeting(uow, group, now)
    return await meeting_open_for_items(uow, group, now)


async def meeting_not_begun(uow: UnitOfWork, group: Group, now: datetime) -> Meeting:
    """The first meeting that has not started: regrets for the one under way are too late, so
    with no other planned there is none to answer for."""
    return await meeting_to_come(uow, group, now)
