"""Questions about tasks: mine, the group's open ones, somebody's ("hvad mangler Rie?"), a
task's history, and what the next agenda follows up."""

import unicodedata
from collections.abc import Iterable, Sequence

from storage.models import Group, Meeting, Member
from storage.task_models import Task, TaskNote
from storage.unit_of_work import UnitOfWork

# Kept as letters of their own: "Søren" is not "Soren" to a Dane, and å is not a.
DANISH_LETTERS = frozenset("æøå")


async def my_tasks(uow: UnitOfWork, actor: Member) -> list[Task]:
    """The person's unfinished tasks in every group, soonest due first."""
    memberships = await uow.tasks.memberships_of(actor)
    return list(await uow.tasks.unfinished_of_owners([m.id for m in memberships]))


async def open_tasks(uow: UnitOfWork, group: Group) -> list[Task]:
    """The group's unfinished tasks by owner (alphabetically), each owner's soonest first."""
    return await _by_owner(uow, await uow.tasks.unfinished_of_group(group.id))


async def tasks_of_name(uow: UnitOfWork, group: Group,
                        name: str) -> tuple[list[Member], list[Task]]:
    """The members a name means (a full name first, else a first name; several when it is
    ambiguous) and the unfinished tasks of them and of outside owners of that name."""
    wanted = fold(name)
    if not wanted:
        return [], []
    members = _named(await uow.members.of_group(group.id), wanted)
    tasks = list(await uow.tasks.unfinished_of_owners([m.id for m in members]))
    tasks += [task for task in await uow.tasks.unfinished_of_outsiders(group.id)
              if _matches(task.owner_name, wanted)]
    return members, await _by_owner(uow, tasks)


async def history(uow: UnitOfWork, task_id: int) -> list[TaskNote]:
    return list(await uow.task_notes.of_task(task_id))


async def follow_up(uow: UnitOfWork, group: Group, meeting: Meeting) -> list[Task]:
    """For "Opfølgning på opgaver": the unfinished tasks by owner, then those done or
    cancelled since the previous meeting began."""
    previous = await uow.tasks.meeting_before(meeting)
    since = previous.starts_at if previous is not None else None
    unfinished = await open_tasks(uow, group)
    return unfinished + list(await uow.tasks.closed_since(group.id, since))


def fold(text: str) -> str:
    """Case, accents and spacing do not matter ("rene" finds René); æ, ø and å stay."""
    letters = []
    for char in text.strip(" \t?!.,:;\"'").casefold():
        if char in DANISH_LETTERS:
            letters.append(char)
        else:
            letters.extend(c for c in unicodedata.normalize("NFKD", char)
                           if not unicodedata.combining(c))
    return " ".join("".join(letters).split())


def _named(members: Sequence[Member], wanted: str) -> list[Member]:
    full = [m for m in members if fold(m.name) == wanted]
    return full or [m for m in members if _first_name(m.name) == wanted]


def _matches(name: str | None, wanted: str) -> bool:
    return name is not None and wanted in (fold(name), _first_name(name))


def _first_name(name: str) -> str:
    words = fold(name).split()
    return words[0] if words else ""


async def _by_owner(uow: UnitOfWork, tasks: Iterable[Task]) -> list[Task]:
    tasks = list(tasks)
    owners = await uow.members.by_ids(sorted({t.owner_id for t in tasks if t.owner_id}))

    def key(task: Task):
        owner = owners.get(task.owner_id)
        label = owner.name if owner is not None else task.owner_name or ""
        return fold(label), task.due_on, task.id
    return sorted(tasks, key=key)
