"""The minutes' tick: posted minutes whose deadline passed without an open comment are approved
by silence and locked, and the group is told; those whose deadline passed with a comment still
open wait, and the chair and the secretary are told so, once for each deadline.

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
from meetings.groups.vocabulary import MANAGERS
from meetings.minutes.approved_tasks import tasks_to_keep
from meetings.minutes.entities import Minutes, MinutesEvent
from meetings.minutes.vocabulary import EventKind, MinutesStatus

log = logging.getLogger(__name__)

# The group hears of it in working hours, as of everything else the bot says unasked: the
# deadline is the end of a working day, so the notice waits for the next morning.
NOTICE_HOURS = (time(9, 0), time(17, 0))


async def settle_minutes(uow: UnitOfWork, now: datetime) -> list[str]:
    """The outbox keys of the notices written: approvals, and minutes waiting on comments.
    Each minutes commits on its own: on SQLite a transaction holds the write lock from its
    first write, and a hundred minutes in one held it for a second."""
    written = []
    for minutes, commented in await uow.minutes.past_deadline(now):
        waited = _waiting if commented else _consented
        written.extend(await waited(uow, minutes, now))
        await uow.commit()
    return written


async def _consented(uow: UnitOfWork, minutes: Minutes, now: datetime) -> list[str]:
    """Approved by silence, with the tasks kept as they were posted; what is read, the group and
    the tasks, is read before the approval writes."""
    group = await uow.groups.get(minutes.group_id)
    tasks = await tasks_to_keep(uow, minutes)
    if not await uow.minutes.change(minutes.id, [MinutesStatus.POSTED],
                                    status=MinutesStatus.APPROVED, approved_at=now,
                                    approved_tasks=tasks, updated_at=now):
        return []
    return [await _approved(uow, minutes, group, now)]


async def _waiting(uow: UnitOfWork, minutes: Minutes, now: datetime) -> list[str]:
    """Silence is no consent while a comment is open: the chair and the secretary hear that the
    minutes wait for them (in working hours), and the log marks them told for this deadline."""
    group = await uow.groups.get(minutes.group_id)
    managers = [m for m in await uow.members.of_group(group.id)
                if m.role in MANAGERS and m.left_at is None and m.imported_at is None]
    uow.minutes_events.add(MinutesEvent(minutes_id=minutes.id, kind=EventKind.WAITING,
                                        created_at=now))
    keys = []
    for manager in managers:
        keys.append(f"minutes-waiting:{minutes.id}:{minutes.version}:{manager.id}")
        await uow.outbox.enqueue(
            dedupe_key=keys[-1], kind=OutboxKind.MINUTES_WAITING, group_id=group.id,
            meeting_id=minutes.meeting_id, member_id=manager.id,
            payload={"minutes_id": minutes.id}, due_at=in_working_hours(now, group.time_zone),
            created_at=now)
    log.info("minutes wait for open comments", extra={"minutes_id": minutes.id})
    return keys


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
