"""Questions about tasks: mine, the group's open ones, somebody's ("hvad mangler Rie?"), a
task's history, and what the next agenda follows up."""

from collections.abc import Iterable, Mapping, Sequence

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.names import members_named, name_key, sort_key
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task, TaskNote


async def my_tasks(uow: UnitOfWork, actor: Member, group_id: int | None = None) -> list[Task]:
    """The person's unfinished tasks in every group, soonest due first; in the group
    `group_id` alone when it is given ("mine opgaver i styregruppen")."""
    memberships = await uow.tasks.memberships_of(actor)
    return list(await uow.tasks.unfinished_of_owners(
        [m.id for m in memberships if group_id is None or m.group_id == group_id]))


async def group_of_mine(uow: UnitOfWork, actor: Member, group_id: int) -> Group | None:
    """One of the groups the person has been in, by an id that may come from a card's data;
    None for any other."""
    if not any(m.group_id == group_id for m in await uow.tasks.memberships_of(actor)):
        return None
    return await uow.groups.get(group_id)


async def open_tasks(uow: UnitOfWork, group: Group,
                     members: Mapping[int, Member] | None = None) -> list[Task]:
    """The group's unfinished tasks by owner (alphabetically), each owner's soonest first;
    `members`, the group's by id when the caller has read them already."""
    return await _by_owner(uow, await uow.tasks.unfinished_of_group(group.id), members)


async def tasks_of_name(uow: UnitOfWork, group: Group,
                        name: str) -> tuple[list[Member], list[Task]]:
    """The members a name means (a full name first, else a first name; several when it is
    ambiguous) and the unfinished tasks of them and of outside owners of that name.

    A question in the genitive ("Hans opgaver", "Ries opgaver") comes without its s; when
    nobody has the name so, the name with the s is tried: Hans, not "Han"."""
    name = name.strip(" \t?!.,:;\"'")
    if not name_key(name):
        return [], []
    everyone = await uow.members.of_group(group.id)
    members, tasks = await _of_name(uow, group, name, everyone)
    if not members and not tasks and not name.endswith("s"):
        return await _of_name(uow, group, name + "s", everyone)
    return members, tasks


async def tasks_of_members(uow: UnitOfWork, group: Group, *, teams_ids: Iterable[str] = (),
                           member_ids: Iterable[int] = ()) -> tuple[list[Member], list[Task]]:
    """The group's members with these Teams ids (those a message @mentions) or these ids (a
    list's, come back in a click's data: only the group's count), and their unfinished tasks.
    No name is read: two members called Rie, or a name Teams shortened, mean nobody else."""
    teams_ids, member_ids = set(teams_ids), set(member_ids)
    members = [m for m in await uow.members.of_group(group.id)
               if m.teams_id in teams_ids or m.id in member_ids]
    tasks = await uow.tasks.unfinished_of_owners([m.id for m in members])
    return members, await _by_owner(uow, tasks)


async def _of_name(uow: UnitOfWork, group: Group, name: str,
                   everyone: Sequence[Member]) -> tuple[list[Member], list[Task]]:
    named = {member_id for member_id, _ in members_named(name, [(m.id, m.name) for m in everyone])}
    members = [m for m in everyone if m.id in named]
    tasks = list(await uow.tasks.unfinished_of_owners([m.id for m in members]))
    tasks += [task for task in await uow.tasks.unfinished_of_outsiders(group.id)
              if task.owner_name and members_named(name, [(0, task.owner_name)])]
    return members, await _by_owner(uow, tasks)


async def history(uow: UnitOfWork, task_id: int) -> list[TaskNote]:
    return list(await uow.task_notes.of_task(task_id))


async def follow_up(uow: UnitOfWork, group: Group, meeting: Meeting,
                    members: Mapping[int, Member] | None = None) -> list[Task]:
    """For "Opfølgning på opgaver": the unfinished tasks by owner, then those done or
    cancelled since the previous meeting began."""
    unfinished, closed = await uow.tasks.to_follow_up(meeting)
    return await _by_owner(uow, unfinished, members) + closed


async def _by_owner(uow: UnitOfWork, tasks: Iterable[Task],
                    members: Mapping[int, Member] | None = None) -> list[Task]:
    tasks = list(tasks)
    owners = dict(members or {})
    if missing := sorted({t.owner_id for t in tasks if t.owner_id} - owners.keys()):
        owners.update(await uow.members.by_ids(missing))  # one read, unless all were given

    def key(task: Task):
        owner = owners.get(task.owner_id)
        label = owner.name if owner is not None else task.owner_name or ""
        return sort_key(label), task.due_on, task.id
    return sorted(tasks, key=key)
