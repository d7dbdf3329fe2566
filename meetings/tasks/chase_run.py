"""The chase tick: which owners are reminded of which tasks now, as one digest per person per
day in the outbox. It reads only the tasks that are due (`chase_due_at`, indexed), in batches,
and writes each one's next due moment with its progress.

The digest's key names the person and the day, so the insert happens once however many ticks
or replicas run at the same moment; a task's progress is recorded only by the run whose insert
took, so a run that lost the race changes nothing. A person who already had today's digest
waits for the next working day, and their tasks' missed stages merge into that one; but
reminders found by a later batch of the same tick join the person's digest while it is not
yet being sent.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
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
from meetings.tasks.chase_due import next_chase_at, next_work_start
from meetings.tasks.entities import Task

BATCH = 200  # tasks per transaction (with their owners' other due tasks)
# What the next due moment is computed from.
SEEN = ("status", "imported_at", "confirmed_at", "escalated_at", "reminder_stage", "due_on",
        "created_at", "meeting_reminded_id")


@dataclass
class GroupNow:
    """A group at this tick, and what the chase needs of it."""

    group: Group
    cadence: Cadence
    tz: ZoneInfo
    today: date
    working: bool  # in its working hours: reminders go out now
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


async def chase_tasks(uow: UnitOfWork, now: datetime, batch: int = BATCH) -> list[str]:
    """One tick over the tasks that are due; returns the keys of the digests written. Each
    batch commits on its own, so the write lock is held briefly and a tick stopped between
    batches has lost nothing; the digest keys keep a rerun from writing one twice."""
    written: list[str] = []
    after: tuple[datetime, int] | None = None
    while True:
        tasks = await uow.chase.due_tasks(now, batch, after)
        if tasks:  # read before the batch moves them
            after = (tasks[-1].chase_due_at, tasks[-1].id)
            owners = sorted({task.owner_id for task in tasks if task.owner_id is not None})
            tasks += await uow.chase.due_tasks_of_people(now, owners, [t.id for t in tasks])
            written += await _chase_batch(uow, tasks, now)
        await uow.commit()
        if len(tasks) < batch:
            return written


async def _chase_batch(uow: UnitOfWork, tasks: list[Task], now: datetime) -> list[str]:
    queries = uow.chase
    tasks = sorted(tasks, key=lambda task: (task.due_on, task.id))  # the digests' order
    group_ids = sorted({task.group_id for task in tasks})
    groups = {group.id: _group_now(group, settings, now)
              for group, settings in await queries.groups_with_settings(group_ids)}
    owner_ids = sorted({task.owner_id for task in tasks if task.owner_id is not None})
    members = await queries.members(group_ids, owner_ids)
    ahead = await queries.meetings_ahead(group_ids, now)
    working = {group_id: at for group_id, at in groups.items() if at.working}
    _add_people_and_meetings(working, members, {group_id: meetings[0] for group_id, meetings
                                                in ahead.items() if group_id in working})
    reminders = [r for task in tasks if task.group_id in working
                 and (r := _reminder(task, working[task.group_id], members, now))]
    digests = _digests(reminders, working)

    def next_due(task: Task, progress: dict | None) -> dict:
        return _next_due(task, progress, groups[task.group_id], members,
                         ahead.get(task.group_id, []), now)

    return await _write_batch(uow, tasks, digests, next_due, now)


async def _write_batch(uow: UnitOfWork, tasks: list[Task], digests: list[Digest],
                       next_due: Callable[[Task, dict | None], dict], now: datetime) -> list[str]:
    """The digests in one insert, then each task's progress and next due moment; the keys
    written. Everything is worked out before the first write: on SQLite the write lock is held
    from the insert to the commit. A person who had today's digest, or a replica that lost
    the race, records no progress (the insert leaves out a key that exists)."""
    progress = {r.task.id: r.progress for digest in digests for r in digest.reminders}
    rows = {task.id: next_due(task, progress.get(task.id)) for task in tasks}
    written = await uow.outbox.enqueue_many([_row(digest, now) for digest in digests])
    taken = [digest for digest in digests if digest.key not in written]
    joined = await _join_pending(uow, taken, now)
    for digest in taken:
        rows.update({r.task.id: next_due(r.task, None) for r in digest.reminders
                     if r.task.id not in joined})
    await uow.chase.record_progress([row for row in rows.values() if "reminder_stage" in row])
    await uow.chase.reschedule([row for row in rows.values() if "reminder_stage" not in row])
    return [digest.key for digest in digests if digest.key in written]


async def _join_pending(uow: UnitOfWork, taken: list[Digest], now: datetime) -> set[int]:
    """A person's digest written by an earlier batch of this tick (an escalation to a
    secretary whose own tasks came in another batch) takes this batch's reminders while it is
    not yet being sent; the ids of the tasks this run added (one that is there already was
    added, and recorded, by a replica)."""
    pending = await uow.outbox.pending_payloads([digest.key for digest in taken], now)
    payloads, joined = {}, set()
    for digest in taken:
        if (old := pending.get(digest.key)) is None:
            continue
        new = digest.payload()
        known = {entry["id"] for entry in old["tasks"]} | set(old["escalated"])
        tasks = [entry for entry in new["tasks"] if entry["id"] not in known]
        escalated = [task_id for task_id in new["escalated"] if task_id not in known]
        if tasks or escalated:
            payloads[digest.key] = {**old, "tasks": old["tasks"] + tasks,
                                    "escalated": old["escalated"] + escalated}
            joined |= {entry["id"] for entry in tasks} | set(escalated)
    await uow.outbox.set_payloads(payloads)
    return joined


def _next_due(task: Task, progress: dict | None, at: "GroupNow", members: dict[int, Member],
              meetings: list[Meeting], now: datetime) -> dict:
    """The row that records the task's progress, if it was reminded, and its next due moment:
    nothing more today, so never earlier than the group's next working hours."""
    seen = SimpleNamespace(**{**{name: getattr(task, name) for name in SEEN}, **(progress or {})})
    owner = members.get(task.owner_id) if task.owner_id is not None else None
    away = owner.away_until if owner is not None and owner.imported_at is None else None
    due = next_chase_at(seen, at.cadence, at.tz, meetings, away)
    if due is not None and due <= now:
        due = next_work_start(now, at.tz, at.cadence)
    return {**(progress or {"id": task.id, "version": task.version}), "chase_due_at": due}


def _group_now(group: Group, settings, now: datetime) -> GroupNow:
    tz = ZoneInfo(group.time_zone)
    cadence = Cadence.of(settings) if settings is not None else Cadence()  # the defaults
    return GroupNow(group, cadence, tz, now.astimezone(tz).date(),
                    is_working_time(now, tz, cadence))


def _add_people_and_meetings(groups: dict[int, GroupNow], members: dict[int, Member],
                             meetings: dict[int, Meeting]) -> None:
    # The secretary follows up, else the chair: one away (on leave) is passed over, so an
    # escalation does not wait for their return.
    for member in sorted(members.values(), key=lambda m: (m.role != Role.SECRETARY, m.id)):
        at = groups.get(member.group_id)  # an owner's group outside its working hours: none
        if at is not None and at.follow_up is None and member.left_at is None \
                and member.role in (Role.SECRETARY, Role.CHAIR) \
                and not is_away(member.away_until, at.today):
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
    if owner is not None and (owner.imported_at is not None or owner.left_at is not None):
        # Known only from imported minutes, or left the group: never messaged there, so the
        # secretary follows up (and a digest never goes to a row that delivery drops).
        owner = None
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


def _row(digest: Digest, now: datetime) -> dict:
    return dict(dedupe_key=digest.key, kind=OutboxKind.TASK_REMINDERS,
                group_id=digest.member.group_id, member_id=digest.member.id,
                payload=digest.payload(), due_at=now, expires_at=digest.expires_at,
                created_at=now)
