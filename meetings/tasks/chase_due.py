"""When the chase tick next looks at a task: the start of the working day of its next stage or
meeting reminder, after its owner's away days. Pure: values in, a moment out.

The moment is kept on the task (`chase_due_at`, indexed) and written in the transaction of
every change that moves it, so the tick reads only the tasks that are due.
"""

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.common.working_days import next_work_start as working_start_after
from meetings.common.working_days import work_start_at as working_start_on
from meetings.common.working_days import working_day_on_or_after
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.chase import Cadence, meeting_reminder_day, stage_days
from meetings.tasks.entities import Task
from meetings.tasks.vocabulary import UNFINISHED, TaskStatus


def next_chase_at(task: Task, cadence: Cadence, tz: ZoneInfo, meetings: Sequence[Meeting],
                  away_until: date | None) -> datetime | None:
    """`meetings`: the group's planned meetings not started, earliest first. None when the
    task is not chased (closed, or imported and not confirmed)."""
    if task.status not in UNFINISHED or (task.imported_at is not None
                                         and task.confirmed_at is None):
        return None
    moments = [m for m in (_stage_at(task, cadence, tz), _meeting_at(task, cadence, tz, meetings))
               if m is not None]
    if not moments:
        return None
    moment = min(moments)
    if away_until is not None and moment.astimezone(tz).date() <= away_until:
        back = working_day_on_or_after(away_until + timedelta(days=1))
        moment = max(moment, work_start_at(back, tz, cadence))
    return moment


def next_work_start(now: datetime, tz: ZoneInfo, cadence: Cadence) -> datetime:
    """The start of the group's next working hours (see meetings.common.working_days)."""
    return working_start_after(now, tz, cadence.work_start)


def work_start_at(day: date, tz: ZoneInfo, cadence: Cadence) -> datetime:
    return working_start_on(day, tz, cadence.work_start)


def _stage_at(task: Task, cadence: Cadence, tz: ZoneInfo) -> datetime | None:
    # As stage_due: only an open task that is not escalated has stages ahead.
    if task.status != TaskStatus.OPEN or task.escalated_at is not None:
        return None
    done = min(task.reminder_stage, cadence.escalation_stage - 1)
    days = [day for stage, day in _stage_days(task.due_on, cadence).items() if stage > done]
    return work_start_at(min(days), tz, cadence) if days else None


# Many tasks share a due date and a cadence: a tick or a backfill works their days out once.
_stage_days = lru_cache(maxsize=4096)(stage_days)


def _meeting_at(task: Task, cadence: Cadence, tz: ZoneInfo,
                meetings: Sequence[Meeting]) -> datetime | None:
    """A meeting is the tick's "next meeting" from the start of the one before it; its
    reminder includes the task once, unless the task was made on or after the reminder's
    day (it waits for the meeting after)."""
    created = task.created_at.astimezone(tz).date()
    since: datetime | None = None
    for meeting in meetings:
        day = meeting_reminder_day(meeting.starts_at.astimezone(tz).date(), cadence)
        if task.meeting_reminded_id != meeting.id and created < day:
            moment = work_start_at(day, tz, cadence)
            moment = max(moment, since) if since is not None else moment
            if moment < meeting.starts_at:
                return moment
        since = meeting.starts_at
    return None


async def reschedule_group_chase(uow: UnitOfWork, group: Group, meeting: Meeting,
                                 now: datetime) -> None:
    """The group's next meeting decides when every open task's owner hears of it."""
    await uow.flush()
    tasks = await uow.tasks.unfinished_of_group(group.id)
    await _remind_again_if_postponed(uow, group, meeting, tasks, now)
    await schedule_chase(uow, tasks, now)


async def _remind_again_if_postponed(uow: UnitOfWork, group: Group, meeting: Meeting,
                                     tasks: Sequence[Task], now: datetime) -> None:
    """A meeting moved after its owners heard of it: they hear again before the new time,
    when that reminder's day is still ahead (postponed a month, the week before it counts)."""
    reminded = [task for task in tasks if task.meeting_reminded_id == meeting.id]
    if not reminded or meeting.status != MeetingStatus.PLANNED:
        return
    [(_, settings)] = await uow.chase.groups_with_settings([group.id])
    cadence = Cadence.of(settings) if settings is not None else Cadence()
    tz = ZoneInfo(group.time_zone)
    if meeting_reminder_day(meeting.starts_at.astimezone(tz).date(), cadence) \
            > now.astimezone(tz).date():
        for task in reminded:
            task.meeting_reminded_id = None


async def schedule_chase(uow: UnitOfWork, tasks: Sequence[Task], now: datetime) -> None:
    """Write the tasks' next due moments after a change that moves them: the task's own (made,
    done, a new date or owner), its group's (chase settings, a meeting planned or moved) or its
    owner's (away, back)."""
    if not tasks:
        return
    group_ids = sorted({task.group_id for task in tasks})
    owner_ids = sorted({task.owner_id for task in tasks if task.owner_id is not None})
    groups = {group.id: (Cadence.of(settings) if settings is not None else Cadence(),
                         ZoneInfo(group.time_zone))
              for group, settings in await uow.chase.groups_with_settings(group_ids)}
    ahead = await uow.chase.meetings_ahead(group_ids, now)
    owners = await uow.chase.members([], owner_ids)
    for task in tasks:
        owner = owners.get(task.owner_id) if task.owner_id is not None else None
        away = owner.away_until if owner is not None and owner.imported_at is None else None
        cadence, tz = groups[task.group_id]
        task.chase_due_at = next_chase_at(task, cadence, tz, ahead.get(task.group_id, []), away)
