"""What the task cards show, read once: the people of the tasks' groups with the reader's own
row in each and what that row may do with each task, where a task came from, its history."""

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from meetings.common.ports import UnitOfWork
from meetings.common.refusal import TASK_NOT_FOUND, Refusal
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting
from meetings.tasks.access import CANCEL, NOTE, REASSIGN, may_change, may_own
from meetings.tasks.due import default_due
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.queries import follow_up, history

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rights:
    """What the reader may do with a task; a finished task shows fewer buttons whatever these
    say."""

    reassign: bool = False  # and confirm an imported task
    change: bool = False  # note, done, blocked, due, reopen
    cancel: bool = False


NO_RIGHTS = Rights()


@dataclass(frozen=True)
class People:
    """The members of the groups the shown tasks belong to, the reader's own row in each (the
    reader may be looking from their 1:1 chat), and what that row may do with each task."""

    groups: Mapping[int, Mapping[int, Member]]
    readers: Mapping[int, Member | None]
    rights: Mapping[int, Rights]  # by task id

    def of_group(self, group_id: int) -> Mapping[int, Member]:
        return self.groups.get(group_id, {})

    def viewer_in(self, group_id: int) -> Member | None:
        return self.readers.get(group_id)

    def rights_of(self, task: Task) -> Rights:
        return self.rights.get(task.id, NO_RIGHTS)


async def people_of(uow: UnitOfWork, tasks: Sequence[Task], reader: Member | None) -> People:
    """Each group of the tasks read once."""
    groups: dict[int, dict[int, Member]] = {}
    readers: dict[int, Member | None] = {}
    for group_id in {task.group_id for task in tasks}:
        groups[group_id] = {m.id: m for m in await uow.members.of_group(group_id)}
        readers[group_id] = (await uow.tasks.membership_in(group_id, reader)
                             if reader is not None else None)
    rights = {task.id: _rights(readers[task.group_id], task) for task in tasks}
    return People(groups, readers, rights)


def _rights(reader: Member | None, task: Task) -> Rights:
    if reader is None:
        return NO_RIGHTS
    return Rights(reassign=may_change(reader, task, REASSIGN),
                  change=may_change(reader, task, NOTE), cancel=may_change(reader, task, CANCEL))


async def visible_task(uow: UnitOfWork, task_id: int, reader: Member | None) -> Task:
    """A task every member of its group may look at; to anyone else it does not exist."""
    task = await uow.tasks.get(task_id)
    if task is None or reader is None \
            or await uow.tasks.membership_in(task.group_id, reader) is None:
        # A task id is client input: a look at another group's task is a refusal, logged.
        log.warning("task of another group or unknown",
                    extra={"action": "show", "actor": reader.aad_object_id if reader else None,
                           "target": task_id})
        raise Refusal(TASK_NOT_FOUND)
    return task


@dataclass(frozen=True)
class Origin:
    """The meeting a task was taken at, and the agenda item, if it still exists."""

    meeting_starts_at: datetime
    item_title: str | None


async def origin_of(uow: UnitOfWork, task: Task) -> Origin | None:
    meeting = await uow.meetings.get(task.meeting_id) if task.meeting_id else None
    if meeting is None:
        return None
    item = await uow.items.get(task.item_id) if task.item_id else None
    return Origin(meeting.starts_at, item.title if item is not None else None)


@dataclass(frozen=True)
class TaskShown:
    task: Task
    people: People
    origin: Origin | None
    history: Sequence[TaskNote]


async def task_shown(uow: UnitOfWork, task: Task, reader: Member | None) -> TaskShown:
    return TaskShown(task, await people_of(uow, [task], reader),
                     await origin_of(uow, task), await history(uow, task.id))


@dataclass(frozen=True)
class TaskListShown:
    """A list's shown tasks with their people; `changed` is the task just changed from the
    list if the change took it off; origins of the task opened under its row."""

    changed: Sequence[Task]
    people: People
    group_names: Mapping[int, str]  # when the tasks are of several groups, or of another
    origins: Mapping[int, Origin | None]


async def task_list_shown(uow: UnitOfWork, shown: Sequence[Task], reader: Member | None,
                          expanded: int | None) -> TaskListShown:
    changed = await _left_the_list(uow, expanded, shown)
    people = await people_of(uow, [*shown, *changed], reader)
    origins = {t.id: await origin_of(uow, t) for t in [*shown, *changed] if t.id == expanded}
    groups = await _group_names(uow, {t.group_id for t in shown},
                                reader.group_id if reader is not None else None)
    return TaskListShown(changed, people, groups, origins)


async def _left_the_list(uow: UnitOfWork, expanded: int | None,
                         shown: Sequence[Task]) -> list[Task]:
    if expanded is None or any(task.id == expanded for task in shown):
        return []
    task = await uow.tasks.get(expanded)
    return [task] if task is not None else []


async def _group_names(uow: UnitOfWork, group_ids: set[int],
                       reader_group_id: int | None) -> dict[int, str]:
    """Each task's group by name, when a list holds tasks of several groups ("my tasks"), or
    of a group other than the chat's it is read in: there everyone reads it, and must see that
    it is not theirs."""
    if len(group_ids) < 2 and group_ids <= {reader_group_id}:
        return {}
    groups = [await uow.groups.get(group_id) for group_id in sorted(group_ids)]
    return {group.id: group.name for group in groups if group is not None}


@dataclass(frozen=True)
class TaskFormShown:
    members: Sequence[Member]
    default_due: date | None  # None when the form comes back as typed


async def task_form_shown(uow: UnitOfWork, group: Group, now: datetime, *,
                          typed: bool = False) -> TaskFormShown:
    members = [m for m in await uow.members.of_group(group.id) if may_own(m)]
    return TaskFormShown(members, None if typed else await default_due(uow, group, now))


# The standing item the open tasks are followed up under, in the groups' wordings.
FOLLOW_UP_TITLES = ("opfølgning på opgaver", "opfølgning på opgaverne", "follow-up on tasks",
                    "follow-up of tasks")


def is_follow_up(title: str) -> bool:
    return " ".join(title.casefold().split()) in FOLLOW_UP_TITLES


@dataclass(frozen=True)
class FollowUp:
    """For "Opfølgning på opgaver": its tasks, and the group's members who own them."""

    tasks: Sequence[Task]
    members: Mapping[int, Member]


async def follow_up_of(uow: UnitOfWork, group: Group, meeting: Meeting) -> FollowUp:
    members = {m.id: m for m in await uow.members.of_group(group.id)}
    return FollowUp(await follow_up(uow, group, meeting, members), members)
