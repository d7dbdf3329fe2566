"""When a task is due: by default some working days before the next meeting, counted from the
group's own today."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.common.working_days import working_days_after
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.tasks.chase_settings import due_before_meeting

FALLBACK_DUE_DAYS = 10  # working days, when no meeting is far enough ahead


async def default_due(uow: UnitOfWork, group: Group, now: datetime) -> date:
    """Some working days before the next meeting, so the answer is there for it; with no
    meeting, or one too soon for that, ten working days from today. A task made while a
    meeting is under way (an `#opgave` line in its chat) is for the one after it."""
    today = local_today(group, now)
    meeting = await _next_not_started(uow, group, now)
    due = await due_before_meeting(uow, group, meeting, today) if meeting else None
    return due or working_days_after(today, FALLBACK_DUE_DAYS)


async def _next_not_started(uow: UnitOfWork, group: Group, now: datetime) -> Meeting | None:
    # `next_meeting` answers with the meeting under way; the chase counts from the one ahead
    upcoming = await uow.meetings.upcoming(group.id, now, limit=2)
    return next((meeting for meeting in upcoming if meeting.starts_at > now), None)


def local_today(group: Group, now: datetime) -> date:
    return now.astimezone(ZoneInfo(group.time_zone)).date()
