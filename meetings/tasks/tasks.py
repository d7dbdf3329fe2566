"""Action items: creating them and changing them. Each change happens once whatever the clicks
(a conditional update on the task's version) and leaves a line in the task's history. What
their fields may hold is checked in meetings.tasks.task_fields."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from meetings.common.access import require_member
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_TASK, Refusal
from meetings.groups.entities import Group, Member
from meetings.tasks.access import (
    BLOCK,
    CANCEL,
    DONE,
    DUE,
    NOTE,
    REASSIGN,
    REOPEN,
    may_change,
    task_for_change,
)
from meetings.tasks.chase_due import schedule_chase
from meetings.tasks.due import default_due, local_today
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.queries import (
    follow_up,
    history,
    my_tasks,
    open_tasks,
    tasks_of_name,
)
from meetings.tasks.task_fields import (
    MAX_NOTE,
    MAX_REASON,
    MAX_TITLE,
    checked_origin,
    checked_owner,
    checked_text,
)
from meetings.tasks.vocabulary import UNFINISHED, NoteKind, TaskStatus

__all__ = [
    "TaskChange", "TaskDraft", "add_note", "block_task", "cancel_task", "complete_task",
    "confirm_imported_task", "create_task", "default_due", "follow_up", "history",
    "local_today", "my_tasks", "new_task", "note_created", "open_tasks", "reassign_task",
    "reopen_task", "set_away", "set_due", "task_for_change", "tasks_of_name",
]

log = logging.getLogger(__name__)

# With version=None (a chat command), a concurrent change is read and the step tried again.
ATTEMPTS = 3


@dataclass(frozen=True)
class TaskDraft:
    title: str
    owner_id: int | None = None  # a member of the group
    owner_name: str | None = None  # a person outside the group (the secretary follows up)
    due_on: date | None = None  # None: default_due
    meeting_id: int | None = None
    item_id: int | None = None


@dataclass(frozen=True)
class TaskChange:
    task: Task
    changed: bool  # False: the version was stale or the state already so


@dataclass(frozen=True)
class _Step:
    kind: NoteKind
    values: dict = field(default_factory=dict)
    text: str | None = None


async def create_task(uow: UnitOfWork, group: Group, actor: Member, draft: TaskDraft,
                      now: datetime) -> Task:
    """Any member may; with no owner given, the writer owns it."""
    task = Task(**await new_task(uow, group, actor, draft, now))
    uow.tasks.add(task)
    await uow.flush()
    note_created(uow, task, actor, now)
    await schedule_chase(uow, [task], now)
    return task


async def new_task(uow: UnitOfWork, group: Group, actor: Member, draft: TaskDraft,
                   now: datetime) -> dict:
    """A new task's columns, once the actor, the text, the owner, the date and the origin
    are checked."""
    require_member(actor, group, "create_task")
    title = checked_text(draft.title, MAX_TITLE, "title")
    owner_id, owner_name = await checked_owner(uow, group, draft.owner_id, draft.owner_name)
    if owner_id is None and owner_name is None:
        owner_id = actor.id
    due_on = draft.due_on or await default_due(uow, group, now)
    if due_on < local_today(group, now):
        raise Refusal(BAD_TASK, field="due_on")
    meeting_id = await checked_origin(uow, group, draft.meeting_id, draft.item_id)
    return dict(group_id=group.id, meeting_id=meeting_id,
                item_id=draft.item_id, title=title, owner_id=owner_id, owner_name=owner_name,
                due_on=due_on, status=TaskStatus.OPEN, created_by=actor.id, created_at=now,
                updated_at=now, version=0, reminder_stage=0)


def note_created(uow: UnitOfWork, task: Task, actor: Member, now: datetime) -> None:
    _write_note(uow, task, actor, _Step(NoteKind.CREATED), now)
    log.info("task created", extra={"group_id": task.group_id, "task_id": task.id})


async def complete_task(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                        now: datetime) -> TaskChange:
    def step(task: Task) -> _Step | None:
        if task.status not in UNFINISHED:
            return None
        return _Step(NoteKind.DONE, dict(status=TaskStatus.DONE, closed_at=now,
                                         blocked_reason=None))
    return await _change(uow, actor, task_id, version, DONE, now, step)


async def add_note(uow: UnitOfWork, actor: Member, task_id: int, text: str,
                   now: datetime) -> TaskChange:
    """A status note in the owner's words; it changes nothing else."""
    text = checked_text(text, MAX_NOTE, "text", one_line=False)
    return await _change(uow, actor, task_id, None, NOTE, now,
                         lambda task: _Step(NoteKind.NOTE, text=text))


async def set_due(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                  due_on: date, now: datetime) -> TaskChange:
    """A new due date, not in the past; the chase starts over from it. Somebody set it, so
    it is no longer one the import chose."""
    task, member = await task_for_change(uow, actor, task_id, DUE)
    group = await uow.groups.get(task.group_id)
    if not isinstance(due_on, date) or due_on < local_today(group, now):
        raise Refusal(BAD_TASK, field="due_on")

    def step(task: Task) -> _Step | None:
        if task.status not in UNFINISHED or task.due_on == due_on:
            return None
        new = dict(due_on=due_on, due_by_import=False, **_CHASE_RESET)
        return _Step(NoteKind.DUE, new, due_on.isoformat())
    return await _apply(uow, task, member, version, DUE, now, step)


async def block_task(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                     reason: str, now: datetime) -> TaskChange:
    reason = checked_text(reason, MAX_REASON, "reason", one_line=False)

    def step(task: Task) -> _Step | None:
        if task.status not in UNFINISHED or (
                task.status == TaskStatus.BLOCKED and task.blocked_reason == reason):
            return None
        return _Step(NoteKind.BLOCKED, dict(status=TaskStatus.BLOCKED, blocked_reason=reason),
                     reason)
    return await _change(uow, actor, task_id, version, BLOCK, now, step)


async def reopen_task(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                      now: datetime) -> TaskChange:
    """Open again: a task closed by mistake, or one no longer blocked."""
    def step(task: Task) -> _Step | None:
        if task.status == TaskStatus.OPEN:
            return None
        return _Step(NoteKind.REOPENED, dict(status=TaskStatus.OPEN, blocked_reason=None,
                                             closed_at=None))
    return await _change(uow, actor, task_id, version, REOPEN, now, step)


async def reassign_task(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                        owner_id: int | None, owner_name: str | None,
                        now: datetime) -> TaskChange:
    """Chair and secretary only: another member, or a person outside the group by name. The
    new owner is chased from the start."""
    task, member = await task_for_change(uow, actor, task_id, REASSIGN)
    group = await uow.groups.get(task.group_id)
    owner_id, owner_name = await checked_owner(uow, group, owner_id, owner_name)
    if owner_id is None and owner_name is None:
        raise Refusal(BAD_TASK, field="owner")
    # loaded by checked_owner: no query
    label = owner_name or (await uow.members.get(owner_id)).name

    def step(task: Task) -> _Step | None:
        if task.status not in UNFINISHED or (task.owner_id, task.owner_name) == (
                owner_id, owner_name):
            return None
        return _Step(NoteKind.REASSIGNED, dict(owner_id=owner_id, owner_name=owner_name,
                                               meeting_reminded_id=None, **_CHASE_RESET), label)
    return await _apply(uow, task, member, version, REASSIGN, now, step)


async def cancel_task(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                      now: datetime) -> TaskChange:
    def step(task: Task) -> _Step | None:
        if task.status not in UNFINISHED:
            return None
        return _Step(NoteKind.CANCELLED, dict(status=TaskStatus.CANCELLED, closed_at=now))
    return await _change(uow, actor, task_id, version, CANCEL, now, step)


CONFIRM = "confirm"  # not an owner's action: only the chair and the secretary confirm


async def confirm_imported_task(uow: UnitOfWork, actor: Member, task_id: int,
                                version: int | None, now: datetime) -> TaskChange:
    """Chair and secretary: a task recognised in imported minutes is real and still open, so
    the chase takes it from here."""
    def step(task: Task) -> _Step | None:
        if task.imported_at is None or task.confirmed_at is not None:
            return None
        return _Step(NoteKind.CONFIRMED, dict(confirmed_at=now, **_CHASE_RESET))
    return await _change(uow, actor, task_id, version, CONFIRM, now, step)


async def set_away(uow: UnitOfWork, actor: Member, until: date | None, now: datetime) -> None:
    """Away until and including `until` (None: back), in every group of the person: the
    reminders are per person."""
    group = await uow.groups.get(actor.group_id)
    if until is not None and (not isinstance(until, date) or until < local_today(group, now)):
        raise Refusal(BAD_TASK, field="away_until")
    await uow.tasks.set_away(actor, until)
    rows = [member.id for member in await uow.tasks.memberships_of(actor)]
    await schedule_chase(uow, await uow.tasks.unfinished_of_owners(rows), now)
    log.info("away set", extra={"actor": actor.aad_object_id, "until": str(until)})


# A new due date or owner: the chase starts over.
_CHASE_RESET = dict(reminder_stage=0, reminded_on=None, escalated_at=None)


async def _change(uow: UnitOfWork, actor: Member, task_id: int, version: int | None,
                  action: str, now: datetime,
                  step: Callable[[Task], _Step | None]) -> TaskChange:
    task, member = await task_for_change(uow, actor, task_id, action)
    return await _apply(uow, task, member, version, action, now, step)


async def _apply(uow: UnitOfWork, task: Task, member: Member, version: int | None, action: str,
                 now: datetime, step: Callable[[Task], _Step | None]) -> TaskChange:
    """Change the task if it is still at the version the actor saw; `version=None` (a chat
    command): at whatever version it is, tried again if somebody else changed it meanwhile."""
    for _ in range(ATTEMPTS):
        if version is not None and task.version != version:
            return TaskChange(task, False)
        planned = step(task)
        if planned is None:
            return TaskChange(task, False)
        changed = await uow.tasks.change(task.id, task.version, updated_at=now,
                                         **planned.values)
        await uow.tasks.refresh(task)
        if changed:
            _write_note(uow, task, member, planned, now)
            await schedule_chase(uow, [task], now)
            log.info("task changed", extra={"task_id": task.id, "action": action})
            return TaskChange(task, True)
        if not may_change(member, task, action):  # reassigned meanwhile: no longer theirs
            return TaskChange(task, False)
    return TaskChange(task, False)


def _write_note(uow: UnitOfWork, task: Task, author: Member, step: _Step,
                now: datetime) -> None:
    uow.task_notes.add(TaskNote(task_id=task.id, author_id=author.id, author_name=author.name,
                                kind=step.kind, text=step.text, created_at=now))
