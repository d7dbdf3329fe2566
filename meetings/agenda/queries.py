"""What the bot shows about a meeting's agenda: the agenda itself, items to review, answers."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.agenda import Agenda, compose_agenda
from meetings.agenda.entities import AgendaItem
from meetings.agenda.times import input_deadline
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.access import planned_meeting_of_group
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.groups.settings import settings_of
from meetings.planning.entities import Meeting


async def agenda_of(uow: UnitOfWork, group: Group, meeting_id: int) -> Agenda:
    """The meeting's agenda as it stands: standing items and the accepted ones, timed."""
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    accepted = await uow.items.of_meeting(meeting.id, [ItemStatus.ACCEPTED])
    settings = await settings_of(uow, group)
    return compose_agenda(meeting, settings, accepted, ZoneInfo(group.time_zone))


async def deadline_of(uow: UnitOfWork, group: Group, meeting: Meeting) -> datetime:
    """When the call for items closes, with the group's settings."""
    settings = await settings_of(uow, group)
    return input_deadline(meeting, settings, ZoneInfo(group.time_zone))


async def items_of(uow: UnitOfWork, group: Group, meeting_id: int,
                   statuses: Sequence[str] | None = None) -> Sequence[AgendaItem]:
    """The meeting's items, e.g. those proposed for the chair's review card."""
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    return await uow.items.of_meeting(meeting.id, statuses)
