"""The fake unit of work answers as the database does: one story of the ticks' due reads, a
person across groups, minutes on a preview card, a member who leaves and a removed bot's
erasure, told once on SQLite or PostgreSQL and once on the fake, read back the same way.
(tests/unit/common/test_fake_unit_of_work.py checks the methods' shapes; this checks what they
do.)"""

from datetime import date, timedelta

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem
from meetings.common.conversation import Person
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.groups.entities import Group, Member
from meetings.groups.erasure import erase_removed_groups
from meetings.groups.membership.leaving import bot_removed, member_left
from meetings.minutes.entities import PendingImport
from meetings.minutes.importing.pending import stage_import
from meetings.planning.entities import Meeting
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.entities import Task
from tests.support.agenda_world import NETWORK, World, local, propose, review
from tests.support.fake_world import fake_world
from tests.support.task_steps import add_member, create, personal_chat

TABLES = (Group, Member, Meeting, AgendaItem, Task, OutboxMessage, ConversationAddress,
          PendingImport)


async def story(world: World) -> dict:
    """What each read answers as the story goes, by name."""
    seen: dict = {}
    await two_groups_and_a_personal_chat(world)
    await due_reads(world, seen)
    await pending_imports(world, seen)
    await leaving_and_erasure(world, seen)
    return seen


async def two_groups_and_a_personal_chat(world: World) -> None:
    await personal_chat(world, "rie")
    world.ids["rie-steering"] = await add_member(world, "rie-steering", "Rie Nielsen",
                                                 group_id=world.other_group_id, aad="aad-rie")
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    item = await world.act("daniel", propose(meeting.id, "Samarbejde med PPR"))
    await world.act("lisbet", review(item.id, "defer"))  # no later meeting: it waits
    world.clock.set(local(2027, 9, 1, 11, 0))
    await world.act("lisbet", create("A", owner_id=world.ids["rie"], due_on=date(2027, 9, 15)))
    await world.act("morten", create("B", owner_id=world.ids["rie-steering"],
                                     due_on=date(2027, 9, 15)), other_group=True)
    async with world.uow() as uow:
        uow.addresses.add(ConversationAddress(
            conversation_id=NETWORK, conversation_type="channel", channel_id="msteams",
            service_url="https://smba.example/emea/", bot_id="28:bot", group_id=world.group_id,
            updated_at=world.clock.now()))
        await uow.annual_texts.add_if_absent({"group_id": world.group_id, "year": 2026,
                                              "purpose": "Viden om børn og unge",
                                              "document_token": "t-2026",
                                              "updated_at": world.clock.now()})
        await uow.commit()


async def due_reads(world: World, seen: dict) -> None:
    groups, later = [world.group_id, world.other_group_id], local(2028, 1, 1)
    async with world.uow() as uow:
        rie = await uow.members.get(world.ids["rie"])
        seen["groups of a person"] = [(g.id, m.id, starts) for g, m, starts
                                      in await uow.members.groups_of_person(rie, world.clock.now())]
        seen["meetings due"] = [(m.id, g.id, s and s.group_id)
                                for m, g, s in await uow.cycle.due(later, 10)]
        seen["pending cycles"] = [m.id for m in await uow.cycle.pending_of_group(world.group_id)]
        seen["deferred waiting"] = await uow.items.groups_with_waiting_deferred(groups)
        seen["tasks due"] = [(t.title, t.chase_due_at) for t in await uow.chase.due_tasks(
            later, 10)]
        seen["their other tasks"] = [t.title for t in await uow.chase.due_tasks_of_people(
            later, [world.ids["rie"]], [])]
        seen["follow-up"] = sorted(await uow.chase.members(groups, []))
        seen["ahead"] = {g: [m.id for m in ms] for g, ms in (await uow.chase.meetings_ahead(
            groups, world.clock.now())).items()}
        seen["purpose"] = await uow.annual_texts.purpose_before(world.group_id, 2027)
    world.clock.set(local(2027, 9, 13, 9, 0))
    async with world.uow() as uow:
        seen["digests"] = len(await chase_tasks(uow, world.clock.now(), batch=1))
        seen["rescheduled"] = [t.chase_due_at for t in await uow.chase.due_tasks(later, 10)]
        await uow.commit()


async def pending_imports(world: World, seen: dict) -> None:
    async with world.uow() as uow:
        group, rie = await uow.groups.get(world.group_id), await uow.members.get(world.ids["rie"])
        token = await stage_import(uow, rie, group, "referat.txt", "tekst", world.clock.now())
        seen["pending"] = (await uow.imports.pending(token)).name
        seen["taken"] = [await uow.imports.take_pending(token) for _ in range(2)]
        await stage_import(uow, rie, group, "", "tekst", world.clock.now())
        world.clock.advance(timedelta(hours=1))
        seen["dropped"] = await uow.imports.drop_pending_before(world.clock.now())
        await stage_import(uow, rie, group, "", "tekst", world.clock.now())
        await uow.commit()


async def leaving_and_erasure(world: World, seen: dict) -> None:
    person = Person(teams_id="29:daniel", name="Daniel Gottrup", aad_object_id="aad-daniel")
    async with world.uow() as uow:
        await member_left(uow, NETWORK, person, world.clock.now())
        group = await bot_removed(uow, NETWORK, world.clock.now())
        await uow.commit()
    seen["given up"] = [(o.kind, o.status, o.last_error) for o in await world.outbox()]
    seen["before erasure"] = await counts(world)
    world.clock.set(group.erase_at - timedelta(days=1))
    async with world.uow() as uow:
        seen["due for erasure"] = [g.id for g in await uow.retention.erasure_due(
            world.clock.now() + timedelta(days=7))]
        seen["erased"] = await erase_removed_groups(uow, world.clock.now() + timedelta(days=1))
        await uow.commit()
    seen["after erasure"] = await counts(world)


async def counts(world: World) -> dict[str, int]:
    if hasattr(world, "fake"):
        return {model.__name__: len(world.rows(model)) for model in TABLES}
    async with world.uow() as uow:
        return {model.__name__: len((await uow.session.scalars(select(model))).all())
                for model in TABLES}


async def test_the_fake_unit_of_work_answers_the_ticks_imports_and_retention_as_storage(world):
    stored = await story(world)
    faked = await story(await fake_world())
    assert [(name, faked[name]) for name in stored] == list(stored.items())
    assert stored["deferred waiting"] == {world.group_id} and stored["digests"] == 1
    assert stored["after erasure"]["Group"] == 2 and stored["taken"] == [True, False]
    assert stored["dropped"] == 1
