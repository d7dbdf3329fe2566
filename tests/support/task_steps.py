"""Task use cases as steps for World.act, and reading tasks back, for the task tests."""

from datetime import date

import pytest
from sqlalchemy import select

from meetings.common.refusal import Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind, Role
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.tasks import (
    TaskDraft,
    add_note,
    block_task,
    cancel_task,
    complete_task,
    create_task,
    reassign_task,
    reopen_task,
    set_due,
)
from storage.models.base import table_of
from tests.support.agenda_world import UseCase, World

# The world's clock starts on Tuesday 1 June 2027 at 09:00 in Copenhagen; this is after it.
LATER = date(2027, 6, 30)


def refused(code: str):
    return pytest.raises(Refusal, match=f"^{code}$")


def create(title: str, **values) -> UseCase:
    draft = TaskDraft(title=title, **values)
    return lambda uow, g, a, now: create_task(uow, g, a, draft, now)


def done(task_id: int, version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: complete_task(uow, a, task_id, version, now)


def note(task_id: int, text: str) -> UseCase:
    return lambda uow, g, a, now: add_note(uow, a, task_id, text, now)


def due(task_id: int, day: date, version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: set_due(uow, a, task_id, version, day, now)


def block(task_id: int, reason: str, version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: block_task(uow, a, task_id, version, reason, now)


def reopen(task_id: int, version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: reopen_task(uow, a, task_id, version, now)


def reassign(task_id: int, owner_id: int | None = None, owner_name: str | None = None,
             version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: reassign_task(uow, a, task_id, version, owner_id, owner_name,
                                                now)


def cancel(task_id: int, version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: cancel_task(uow, a, task_id, version, now)


async def act_as(world: World, member_id: int, call: UseCase):
    """Run a step as a member row that may belong to any group (a 1:1 chat, say)."""
    async with world.uow() as uow:
        actor = await uow.members.get(member_id)
        group = await uow.groups.get(actor.group_id)
        result = await call(uow, group, actor, world.clock.now())
        await uow.commit()
    return result


async def task_of(world: World, task_id: int) -> Task:
    async with world.uow() as uow:
        return await uow.tasks.get(task_id)


async def notes_of(world: World, task_id: int) -> list[TaskNote]:
    async with world.uow() as uow:
        query = select(TaskNote).where(TaskNote.task_id == task_id).order_by(TaskNote.id)
        return list(await uow.session.scalars(query))


async def all_tasks(world: World) -> list[Task]:
    async with world.uow() as uow:
        return list(await uow.session.scalars(select(Task).order_by(Task.id)))


def snapshot(task: Task) -> dict:
    """Every column of a task, to show that nothing changed."""
    return {column: getattr(task, column) for column in table_of(Task).columns.keys()}


async def add_member(world: World, key: str, name: str, *, group_id: int | None = None,
                     role: str = Role.MEMBER, aad: str | None = "") -> int:
    """Another membership: `aad` "" means aad-{key}, None means none known."""
    async with world.uow() as uow:
        member = Member(group_id=group_id or world.group_id, teams_id=f"29:{key}",
                        aad_object_id=f"aad-{key}" if aad == "" else aad, name=name,
                        role=role, joined_at=world.clock.now())
        uow.members.add(member)
        await uow.commit()
        return member.id


async def personal_chat(world: World, key: str, *, aad: str | None = "") -> int:
    """The person's 1:1 chat with the bot: a personal group of its own, with their member row
    in it (where a reminder card is clicked)."""
    async with world.uow() as uow:
        group = Group(conversation_id=f"a:1to1-{key}", kind=ConversationKind.PERSONAL,
                      name="", tenant_id="tenant", time_zone="Europe/Copenhagen",
                      language="da", created_at=world.clock.now())
        uow.groups.add(group)
        await uow.commit()
        group_id = group.id
    return await add_member(world, key, key.capitalize(), group_id=group_id,
                            role=Role.SECRETARY, aad=aad)
