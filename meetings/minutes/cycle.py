"""The minutes' tick: posted minutes whose deadline passed without an open comment are approved
by silence and locked, and the group is told.

One conditional update per minutes decides it, so a tick run twice, or by two replicas at once,
approves each minutes exactly once and writes its notice once.
"""

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.working_days import is_working_day, working_day_on_or_after
from meetings.groups.entities import Group
from meetings.minutes.approved_tasks import tasks_to_keep
from meetings.minutes.entities import Minutes, MinutesEvent
from meetings.minutes.vocabulary import EventKind, MinutesStatus

log = logging.getLogger(__name__)

# The group hears of it in working hours, as of everything else the bot says unasked: the
# deadline is the end of a working day, so the notice waits for the next morning.
NOTICE_HOURS = (time(9, 0), time(17, 0))


async def settle_minutes(uow: UnitOfWork, now: datetime) -> list[str]:
    """The outbox keys of the approval notices written. Each minutes commits on its own: on
    SQLite a transaction holds the write lock from its first write, and a hundred minutes in
    one held it for a second, so the group is read before the approval writes."""
    written = []
    for minutes in await uow.minutes.due_for_consent(now):
        group = await uow.groups.get(minutes.group_id)
        tasks = await tasks_to_keep(uow, minutes)
        if await uow.minutes.change(minutes.id, [MinutesStatus.POSTED],
                                    status=MinutesStatus.APPROVED, approved_at=now,
                                    approved_tasks=tasks, updated_at=now):
            written.append(await _approved(uow, minutes, group, now))
        await uow.commit()
    return written


async def _approved(uow: UnitOfWork, minutes: Minutes, group: Group, now: datetime) -> str:
    for kind in (EventKind.CONSENTED, EventKind.LOCKED):
        uow.minutes_events.add(MinutesEvent(minutes_id=minutes.id, kind=kind, created_at=now))
    key = f"minutes-approved:{minutes.id}:{group.conversation_id}"
    await uow.outbox.enqueue(
        dedupe_key=key, kind=OutboxKind.MINUTES_APPROVED, group_id=group.id,
        meeting_id=minutes.meeting_id, conversation_id=group.conversation_id,
        payload={"minutes_id": minutes.id}, due_at=in_working_hours(now, group.time_zone),
        created_at=now)
    log.info("minutes approved by silence", extra={"minutes_id": minutes.id})
    return key


def in_working_hours(now: datetime, time_zone: str) -> datetime:
    """`now` in the working hours of a working day; else 09.00 the next working day."""
    tz = ZoneInfo(time_zone)
    local = now.astimezone(tz)
    start, end = NOTICE_HOURS
    if is_working_day(local.date()) and start <= local.time() < end:
        return now
    day = local.date() if local.time() < start else local.date() + timedelta(days=1)
    return datetime.combine(working_day_on_or_after(day), start, tzinfo=tz).astimezone(now.tzinfo)
