"""The chase tick: which owners are reminded of which tasks now, as one digest per person per
day in the outbox.

The digest's key names the person and the day, so the insert happens once however many ticks
or replicas run at the same moment; a task's progress is recorded only by the run whose insert
took, so a run that lost the race changes nothing. A person who already had today's digest
waits for the next working day, and their tasks' missed stages merge into that one.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.tasks.chase import (
    ESCALATED,
    MEETING,
    OUTSIDE,
    Cadence,
    digest_key,
    is_away,
    is_working_time,
    meeting_reminder_day,
    person_key,
    stage_due,
    stage_name,
    work_end_at,
)
from meetings.tasks.chase_settings import default_chase_settings
from storage.models.groups import Group, Meeting, Member, Role
from storage.models.tasks import Task


@dataclass
class GroupNow:
    """A group in its working hours at this tick, and what the chase needs of it."""

    group: Group
    cadence: Cadence
    tz: ZoneInfo
    today: date
    follow_up: Member | None = None  # the secretary, else the chair
    meeting: Meeting | None = None  # the next meeting, once its reminder day has come
    meeting_reminder_on: date | None = None


@dataclass(frozen=True)
class Reminder:
    recipient: Member
    task: Task
    name: str  # chase.BEFORE … OUTSIDE, or ESCALATED
    progress: dict  # what to record on the task once the digest is in the outbox


@dataclass
class Digest:
    person: str
    member: Member  # the person's row the worker opens the 1:1 chat from
    day: date
    expires_at: datetime
    reminders: list[Reminder] = field(default_factory=list)

    @property
    def key(self) -> str:
        return digest_key(self.person, self.day)

    def payload(self) -> dict:
        return {"day": self.day.isoformat(),
                "tasks": [{"id": r.task.id, "stage": r.name} for r in self.reminders
                          if r.name != ESCALATED],
                "escalated": [r.task.id for r in self.reminders if r.name == ESCALATED]}


async def chase_tasks(uow: UnitOfWork, now: datetime) -> list[str]:
    """One tick over the groups in working hours; returns the keys of the digests written.
    The caller commits."""
    queries = uow.chase
    groups = {group.id: at for group, settings in await queries.groups_with_settings()
              if (at := _group_now(group, settings, now))}
    if not groups:
        return []
    tasks = await queries.unfinished_tasks(list(groups))
    if not tasks:
        return []
    members = await queries.members(list(groups))
    _add_people_and_meetings(groups, members, await queries.next_meetings(list(groups), now))
    reminders = [r for task in tasks if (r := _reminder(task, groups[task.group_id], members,
                                                        now))]
    digests = _digests(reminders, groups)
    taken = await queries.existing_keys([digest.key for digest in digests])
    written = []
    for digest in digests:
        if digest.key in taken or not await _write(uow, digest, now):
            continue
        await queries.record_progress([reminder.progress for reminder in digest.reminders])
        written.append(digest.key)
    return written


def _group_now(group: Group, settings, now: datetime) -> GroupNow | None:
    tz = ZoneInfo(group.time_zone)
    cadence = Cadence.of(settings or default_chase_settings(group))
    if not is_working_time(now, tz, cadence):
        return None
    return GroupNow(group, cadence, tz, now.astimezone(tz).date())


def _add_people_and_meetings(groups: dict[int, GroupNow], members: dict[int, Member],
                             meetings: dict[int, Meeting]) -> None:
    for member in sorted(members.values(), key=lambda m: (m.role != Role.SECRETARY, m.id)):
        at = groups[member.group_id]
        if at.follow_up is None and member.role in (Role.SECRETARY, Role.CHAIR):
            at.follow_up = member
    for group_id, meeting in meetings.items():
        at = groups[group_id]
        day = meeting_reminder_day(meeting.starts_at.astimezone(at.tz).date(), at.cadence)
        if day <= at.today:
            at.meeting, at.meeting_reminder_on = meeting, day


def _reminder(task: Task, at: GroupNow, members: dict[int, Member],
              now: datetime) -> Reminder | None:
    """What, if anything, to remind of the task today and whom: its owner; the secretary for
    a person outside the group; the secretary instead once the owner was chased enough."""
    owner = members.get(task.owner_id) if task.owner_id is not None else None
    if owner is not None and owner.imported_at is not None:
        owner = None  # known only from imported minutes, never messaged: the secretary follows up
    if owner and is_away(owner.away_until, at.today):
        return None
    # Escalated: no more overdue reminders; but before a meeting every owner of an open task
    # is reminded, this one too.
    stage = None if task.escalated_at is not None else stage_due(
        task.due_on, task.status, task.reminder_stage, at.cadence, at.today)
    name = stage_name(stage, at.cadence) if stage else None
    meeting = at.meeting if _meeting_pending(task, at) else None
    progress = dict(id=task.id, version=task.version, reminder_stage=stage or task.reminder_stage,
                    reminded_on=at.today, escalated_at=task.escalated_at,
                    meeting_reminded_id=meeting.id if meeting else task.meeting_reminded_id)
    if name == ESCALATED:
        recipient, progress["escalated_at"] = at.follow_up, now
    elif name or meeting:
        recipient, name = (owner, name or MEETING) if owner else (at.follow_up, OUTSIDE)
    else:
        return None
    if recipient is None or is_away(recipient.away_until, at.today):
        return None
    return Reminder(recipient, task, name, progress)


def _meeting_pending(task: Task, at: GroupNow) -> bool:
    """The meeting's reminder is due and has not included the task; a task made after that
    reminder's day is fresh in mind and waits for the next meeting."""
    return (at.meeting is not None and task.meeting_reminded_id != at.meeting.id
            and task.created_at.astimezone(at.tz).date() < at.meeting_reminder_on)


def _digests(reminders: list[Reminder], groups: dict[int, GroupNow]) -> list[Digest]:
    """One per person, across their groups, sent to their first member row."""
    by_person: dict[str, list[Reminder]] = {}
    for reminder in reminders:
        person = person_key(reminder.recipient.aad_object_id, reminder.recipient.id)
        by_person.setdefault(person, []).append(reminder)
    digests = []
    for person, theirs in by_person.items():
        member = min((reminder.recipient for reminder in theirs), key=lambda m: m.id)
        at = groups[member.group_id]
        digests.append(Digest(person, member, at.today,
                              work_end_at(at.today, at.tz, at.cadence), theirs))
    return digests


async def _write(uow: UnitOfWork, digest: Digest, now: datetime) -> bool:
    return await uow.outbox.enqueue(
        dedupe_key=digest.key, kind=OutboxKind.TASK_REMINDERS, group_id=digest.member.group_id,
        member_id=digest.member.id, payload=digest.payload(), due_at=now,
        expires_at=digest.expires_at, created_at=now)
