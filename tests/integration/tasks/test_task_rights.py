"""Who may change a task: its owner, the chair and the secretary, also from their 1:1 chat with
the bot; nobody else, not even with a forged card action, and then nothing changes."""

import logging
from datetime import date

import pytest

from meetings.tasks.vocabulary import TaskStatus
from tests.support.task_steps import (
    LATER,
    act_as,
    block,
    cancel,
    create,
    done,
    due,
    note,
    notes_of,
    personal_chat,
    reassign,
    refused,
    reopen,
    snapshot,
    task_of,
)

# Every change, as a forged card action might ask for it.
CHANGES = {
    "done": lambda t, w: done(t, version=0),
    "note": lambda t, w: note(t, "færdig"),
    "due": lambda t, w: due(t, date(2027, 7, 1), version=0),
    "block": lambda t, w: block(t, "venter", version=0),
    "reopen": lambda t, w: reopen(t, version=0),
    "reassign": lambda t, w: reassign(t, owner_id=w.ids["steen"], version=0),
    "cancel": lambda t, w: cancel(t, version=0),
}


async def daniels_task(world, **values):
    return await world.act("daniel", create("Skrive til KL", due_on=LATER, **values))


@pytest.mark.parametrize("action", sorted(CHANGES))
@pytest.mark.parametrize("who", ["steen", "povl"])
async def test_a_forged_change_from_a_member_who_is_not_owner_is_refused(world, caplog, who,
                                                                         action):
    task = await daniels_task(world)
    before, notes = snapshot(await task_of(world, task.id)), await notes_of(world, task.id)
    with caplog.at_level(logging.WARNING, logger="meetings.tasks.access"), refused("not_allowed"):
        await world.act(who, CHANGES[action](task.id, world))
    [record] = [r for r in caplog.records if r.name == "meetings.tasks.access"]
    assert record.levelno == logging.WARNING
    assert (record.action, record.actor, record.target) == (action, f"aad-{who}", task.id)
    assert snapshot(await task_of(world, task.id)) == before
    assert [(n.id, n.kind) for n in await notes_of(world, task.id)] == [
        (n.id, n.kind) for n in notes]


@pytest.mark.parametrize("who", ["daniel", "lisbet", "rie"])
async def test_the_owner_the_chair_and_the_secretary_may_mark_it_done(world, who):
    task = await daniels_task(world)
    change = await world.act(who, done(task.id, version=0))
    assert (change.changed, change.task.status) == (True, TaskStatus.DONE)
    assert (await notes_of(world, task.id))[-1].author_id == world.ids[who]


async def test_a_plain_owner_may_not_reassign_their_task(world):
    task = await daniels_task(world)
    with refused("not_allowed"):
        await world.act("daniel", reassign(task.id, owner_id=world.ids["steen"]))
    assert (await task_of(world, task.id)).owner_id == world.ids["daniel"]
    change = await world.act("lisbet", reassign(task.id, owner_id=world.ids["steen"]))
    assert change.task.owner_id == world.ids["steen"]


async def test_a_plain_owner_may_not_cancel_their_task_and_the_refusal_is_logged(world, caplog):
    task = await daniels_task(world)
    before, notes = snapshot(await task_of(world, task.id)), await notes_of(world, task.id)
    with caplog.at_level(logging.WARNING, logger="meetings.tasks.access"), refused("not_allowed"):
        await world.act("daniel", cancel(task.id, version=0))
    [record] = [r for r in caplog.records if r.name == "meetings.tasks.access"]
    assert (record.action, record.actor, record.target) == ("cancel", "aad-daniel", task.id)
    assert snapshot(await task_of(world, task.id)) == before
    assert [n.id for n in await notes_of(world, task.id)] == [n.id for n in notes]


@pytest.mark.parametrize("who", ["lisbet", "rie"])
async def test_the_chair_and_the_secretary_may_cancel_a_members_task(world, who):
    task = await daniels_task(world)
    change = await world.act(who, cancel(task.id, version=0))
    assert (change.changed, change.task.status) == (True, TaskStatus.CANCELLED)
    assert (await notes_of(world, task.id))[-1].author_id == world.ids[who]


async def test_a_task_cannot_be_reassigned_to_a_member_of_another_group(world):
    task = await daniels_task(world)
    with refused("unknown_owner"):
        await world.act("rie", reassign(task.id, owner_id=world.ids["morten"]))
    assert (await task_of(world, task.id)).owner_id == world.ids["daniel"]


async def test_a_task_owned_outside_the_group_is_changed_by_chair_and_secretary_only(world):
    task = await daniels_task(world, owner_name="Jens Holm")
    with refused("not_allowed"):
        await world.act("daniel", done(task.id))  # its writer is not its owner
    assert (await world.act("rie", note(task.id, "Jens har svaret"))).changed
    assert (await world.act("lisbet", done(task.id))).changed


async def test_a_task_of_another_group_is_not_found(world, caplog):
    task = await daniels_task(world)
    before = snapshot(await task_of(world, task.id))
    with refused("task_not_found"):
        await world.act("morten", done(task.id), other_group=True)
    with refused("task_not_found"):
        await world.act("rie", done(987654))
    with refused("task_not_found"):
        await world.act("rie", done("7"))  # card data of the wrong type
    assert "task of another group or unknown" in caplog.text
    assert snapshot(await task_of(world, task.id)) == before


async def test_a_click_in_the_owners_1to1_chat_acts_as_their_membership_in_the_group(world):
    task = await daniels_task(world)
    chat = await personal_chat(world, "daniel")
    assert chat != world.ids["daniel"]
    change = await act_as(world, chat, done(task.id, version=0))
    assert (change.changed, change.task.status) == (True, TaskStatus.DONE)
    [_, done_note] = await notes_of(world, task.id)
    assert (done_note.author_id, done_note.author_name) == (world.ids["daniel"], "Daniel Gottrup")


async def test_without_an_object_id_the_1to1_chat_is_matched_by_teams_id(world):
    task = await daniels_task(world)
    chat = await personal_chat(world, "daniel", aad=None)
    assert (await act_as(world, chat, note(task.id, "i gang"))).changed
    assert (await notes_of(world, task.id))[-1].author_id == world.ids["daniel"]


async def test_a_click_from_the_1to1_chat_of_somebody_else_is_refused(world):
    task = await daniels_task(world)
    chat = await personal_chat(world, "steen")  # secretary of their own chat, not of the group
    with refused("not_allowed"):
        await act_as(world, chat, done(task.id, version=0))
    stranger = await personal_chat(world, "nobody")  # in no group with the task
    with refused("task_not_found"):
        await act_as(world, stranger, done(task.id, version=0))
    assert (await task_of(world, task.id)).status == TaskStatus.OPEN


async def test_only_members_of_the_group_create_tasks_there(world):
    chat = await personal_chat(world, "morten")
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        actor = await uow.members.get(chat)
        with refused("not_allowed"):
            await create("Snige sig ind", due_on=LATER)(uow, group, actor, world.clock.now())
