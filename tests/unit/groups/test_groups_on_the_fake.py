"""Members who leave, a removed bot's retention, a person across groups and minutes waiting on
their preview card, on the fake unit of work (the same cases on SQLite and PostgreSQL:
tests/integration/groups/test_members.py and test_chase.py)."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from meetings.common.conversation import Person
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.common.refusal import Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.erasure import erase_removed_groups
from meetings.groups.membership.leaving import bot_removed, member_left
from meetings.minutes.entities import PendingImport
from meetings.minutes.importing.pending import confirm_import, import_targets, stage_import
from meetings.planning.entities import Meeting
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.entities import Task
from tests.support.agenda_world import NETWORK
from tests.support.fake_world import FakeWorld, local
from tests.support.task_steps import add_member, create, personal_chat

MEETING = local(2027, 9, 24, 10, 0)
SEPTEMBER = (Path(__file__).parents[2] / "fixtures" / "minutes" / "network_2023_09_29.txt"
             ).read_text(encoding="utf-8")


async def message(world: FakeWorld, key: str, **target: int) -> None:
    async with world.uow() as uow:
        await uow.outbox.enqueue(dedupe_key=key, kind="text", payload={}, due_at=world.clock.now(),
                                 created_at=world.clock.now(), **target)


def address(world: FakeWorld, conversation_id: str, group_id: int) -> None:
    world.fake.addresses.add(ConversationAddress(
        conversation_id=conversation_id, conversation_type="channel", channel_id="msteams",
        service_url="https://smba.example/emea/", bot_id="28:bot", group_id=group_id,
        updated_at=world.clock.now()))


def status_of(world: FakeWorld, key: str) -> tuple:
    [row] = world.rows(OutboxMessage, lambda row: row.dedupe_key == key)
    return row.status, row.last_error


async def test_a_member_who_left_has_only_their_unsent_messages_given_up(world):
    await message(world, "to-daniel", member_id=world.ids["daniel"])
    await message(world, "sent-to-daniel", member_id=world.ids["daniel"])
    await message(world, "to-rie", member_id=world.ids["rie"])
    await world.mark_sent("sent-to-daniel")
    person = Person(teams_id="29:daniel", name="Daniel Gottrup", aad_object_id="aad-daniel")
    async with world.uow() as uow:
        left = await member_left(uow, NETWORK, person, world.clock.now())
    assert left.left_at == world.clock.now()
    assert status_of(world, "to-daniel") == ("dead", "the member left the group")
    assert [status_of(world, key)[0] for key in ("sent-to-daniel", "to-rie")] == [
        "sent", "pending"]


async def test_a_removed_bot_forgets_the_groups_addresses_and_sends_it_nothing_more(world):
    address(world, NETWORK, world.group_id)
    address(world, "19:steering@thread.v2", world.other_group_id)
    await message(world, "to-network", group_id=world.group_id)
    await message(world, "to-steering", group_id=world.other_group_id)
    async with world.uow() as uow:
        group = await bot_removed(uow, NETWORK, world.clock.now())
    assert group.erase_at == local(2028, 6, 1, 9, 0)  # twelve months, the default
    assert [a.group_id for a in world.rows(ConversationAddress)] == [world.other_group_id]
    assert (status_of(world, "to-network")[0], status_of(world, "to-steering")[0]) == (
        "dead", "pending")


async def test_an_erased_group_takes_everything_of_it_and_leaves_the_other_groups(world):
    meeting = await world.plan(MEETING)
    await world.act("rie", create("Sende referatet", owner_id=world.ids["daniel"],
                                  due_on=date(2027, 9, 1)))
    await world.act("morten", create("Årsrapporten", owner_id=world.ids["morten"],
                                     due_on=date(2027, 9, 1)), other_group=True)
    async with world.uow() as uow:
        group = await bot_removed(uow, NETWORK, world.clock.now())
    world.clock.set(group.erase_at - timedelta(days=6))
    async with world.uow() as uow:
        assert await erase_removed_groups(uow, world.clock.now()) == [f"warned {world.group_id}"]
        assert await erase_removed_groups(uow, world.clock.now()) == []
    world.clock.set(group.erase_at)
    async with world.uow() as uow:
        assert await erase_removed_groups(uow, world.clock.now()) == [f"erased {world.group_id}"]
    assert [g.id for g in world.rows(Group)] == [world.other_group_id]
    assert {m.group_id for m in world.rows(Member)} == {world.other_group_id}
    assert world.rows(Meeting, lambda m: m.id == meeting.id) == []
    assert [t.title for t in world.rows(Task)] == ["Årsrapporten"]
    assert world.rows(OutboxMessage, lambda o: o.group_id == world.group_id) == []


async def test_a_person_in_two_groups_gets_one_digest_of_both_groups_tasks(world):
    world.ids["rie-steering"] = await add_member(world, "rie-steering", "Rie Nielsen",
                                                 group_id=world.other_group_id, aad="aad-rie")
    world.clock.set(local(2027, 9, 1, 11, 0))
    first = await world.act("lisbet", create("Netværkets opgave", owner_id=world.ids["rie"],
                                             due_on=date(2027, 9, 15)))
    steering = await world.act("morten", create(
        "Styregruppens opgave", owner_id=world.ids["rie-steering"], due_on=date(2027, 9, 15)),
        other_group=True)
    world.clock.set(local(2027, 9, 13, 9, 0))
    async with world.uow() as uow:
        written = await chase_tasks(uow, world.clock.now(), batch=1)
    [row] = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert written == [row.dedupe_key] and row.member_id == world.ids["rie"]
    assert row.payload["tasks"] == [{"id": first.id, "stage": "before"},
                                    {"id": steering.id, "stage": "before"}]
    assert {t.chase_due_at > world.clock.now() for t in world.rows(Task)} == {True}


async def test_minutes_go_to_the_groups_the_person_leads_never_to_their_personal_chat(world):
    await personal_chat(world, "rie", aad="aad-rie")
    await add_member(world, "rie-steering", "Rie Nielsen", group_id=world.other_group_id,
                     aad="aad-rie")
    meeting = await world.plan(MEETING)
    async with world.uow() as uow:
        rie = await uow.members.get(world.ids["rie"])
        everywhere = await uow.members.groups_of_person(rie, world.clock.now())
        targets = await import_targets(uow, rie, world.clock.now())
    assert [(g.id, m.group_id, starts) for g, m, starts in everywhere] == [
        (world.group_id, world.group_id, meeting.starts_at),
        (world.other_group_id, world.other_group_id, None)]
    assert [group.id for group, _ in targets] == [world.group_id]  # a member of the other


async def test_staged_minutes_are_imported_by_one_click_and_dropped_after_a_day(world):
    async with world.uow() as uow:
        group, rie = await uow.groups.get(world.group_id), await uow.members.get(world.ids["rie"])
        token = await stage_import(uow, rie, group, "referat.txt", SEPTEMBER, world.clock.now())
        report = await confirm_import(uow, group, rie, token, world.clock.now())
        with pytest.raises(Refusal, match="^import_gone$"):
            await confirm_import(uow, group, rie, token, world.clock.now())
        old = await stage_import(uow, rie, group, "", SEPTEMBER, world.clock.now())
        world.clock.advance(timedelta(hours=25))
        new = await stage_import(uow, rie, group, "", SEPTEMBER, world.clock.now())
    assert report.meeting_id is not None
    assert [p.token for p in world.rows(PendingImport)] == [new] and old != new


async def test_a_person_who_left_one_group_is_still_reminded_of_another_groups_task(world):
    world.ids["rie-steering"] = await add_member(world, "rie-steering", "Rie Nielsen",
                                                 group_id=world.other_group_id, aad="aad-rie")
    world.clock.set(local(2027, 9, 1, 11, 0))
    await world.act("lisbet", create("Netværkets opgave", owner_id=world.ids["rie"],
                                     due_on=date(2027, 9, 15)))
    steering = await world.act("morten", create(
        "Styregruppens opgave", owner_id=world.ids["rie-steering"], due_on=date(2027, 9, 15)),
        other_group=True)
    async with world.uow() as uow:
        await member_left(uow, NETWORK, Person(teams_id="29:rie", name="Rie Nielsen",
                                                aad_object_id="aad-rie"), world.clock.now())
    world.clock.set(local(2027, 9, 13, 9, 0))
    async with world.uow() as uow:
        await chase_tasks(uow, world.clock.now())
    reachable = {m.id for m in world.rows(Member, lambda m: m.left_at is None)}
    reminded = [task["id"] for row in await world.outbox(OutboxKind.TASK_REMINDERS)
                if row.member_id in reachable for task in row.payload["tasks"]]
    assert steering.id in reminded  # delivery gives up a message to a row that left
