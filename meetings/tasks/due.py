"""When a task is due: by default some working days before the next meeting, counted from the
group's own today."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.common.working_days import working_days_after
from meetings.groups.entities import Group
from meetings.planning.schedule import next_meeting
from meetings.tasks.chase_settings import due_before_meeting

FALLBACK_DUE_DAYS = 10  # working days, when no meeting is far enough ahead


async def default_due(uow: UnitOfWork, group: Group, now: datetime) -> date:
    """Some working days before the next meeting, so the answer is there for it; with no
    meeting, or one too soon for that, ten working days from today."""
    today = local_today(group, now)
    meeting = await next_meeting(uow, group, now)
    due = await due_before_meeting(uow, group, meeting, today) if meeting else None
    return due or working_days_after(today, FALLBACK_DUE_DAYS)


def local_today(group: Group, now: datetime) -> date:
    return now.astimezone(ZoneInfo(group.time_zone)).date()
