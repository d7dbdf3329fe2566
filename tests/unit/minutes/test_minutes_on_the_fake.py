"""Recording the minutes on the fake unit of work: opened once from the agenda and the
attendance, notes, decisions and guests by card or by captured chat lines, tasks that join the
chase, and who may write (the same cases on SQLite and PostgreSQL:
tests/integration/minutes/test_minutes.py)."""

import logging
from datetime import date, timedelta

import pytest

from meetings.agenda.queries import agenda_of
from meetings.common.outbox_kind import OutboxKind
from meetings.common.refusal import Refusal
from meetings.minutes.documents_query import referat_of
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent
from meetings.reports.annual_report import annual_report_of
from meetings.search.search import search_minutes
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.entities import Task
from storage.models.base import table_of
from tests.support.fake_world import FakeWorld, local
from tests.support.minutes_steps import (
    STARTS,
    capturing,
    entries,
    meeting_with_agenda,
    minutes_row,
    opening,
    presence,
    presences,
    recording,
    taker,
    tasking,
)
from tests.support.task_steps import task_of


def refused(code: str):
    return pytest.raises(Refusal, match=f"^{code}$")


async def all_rows(world: FakeWorld, model: type) -> list:
    return await world.table(model)


async def snapshot(world) -> tuple:
    """Every minutes row and task, to show that a refusal changed nothing."""
    rows = []
    for model in (Minutes, MinutesEntry, MinutesEvent, Task):
        rows.append([{c: getattr(r, c) for c in table_of(model).columns.keys()}
                     for r in await all_rows(world, model)])
    return tuple(map(tuple, (map(lambda d: tuple(sorted(d.items())), r) for r in rows)))


async def test_opening_twice_gives_one_minutes_numbered_as_the_agenda(world):
    held = await meeting_with_agenda(world)
    first = await world.act("rie", opening(held.meeting_id))
    again = await world.act("lisbet", opening(held.meeting_id))
    assert again.id == first.id and len(await all_rows(world, Minutes)) == 1
    assert (first.status, first.minute_taker_id, first.minute_taker_name) == (
        "draft", world.ids["rie"], "Rie Nielsen")
    assert len(first.document_token) >= 32
    async with world.uow() as uow:
        agenda = await agenda_of(uow, await uow.groups.get(world.group_id), held.meeting_id)
    stored = await entries(world, first.id)
    assert [(e.number, e.title, e.item_id) for e in stored.values()] == [
        (a.number, a.title, a.item_id) for a in agenda.entries]
    assert (stored[4].item_id, stored[5].item_id) == held.item_ids
    assert stored[4].guests == "Heidi Madsen (Bakkehuset)" and stored[1].item_id is None


async def test_presence_starts_from_the_attendance_answers_and_nobody_unanswered_is_absent(
        world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    seen = {key: (p.status, p.substitute_name) for key, p in
            (await presences(world, minutes.id)).items()}
    assert seen == {"rie": ("present", None), "daniel": ("absent", None),
                    "christel": ("substitute", "Mette Holm")}  # lisbet, steen, anne: not set
    await world.act("rie", presence(minutes.id, world.ids["lisbet"], "present"))
    await world.act("rie", presence(minutes.id, world.ids["steen"], "absent"))
    await world.act("rie", opening(held.meeting_id))  # opening again undoes no tick
    marked = await presences(world, minutes.id)
    assert (marked["lisbet"].status, marked["steen"].status) == ("present", "absent")
    assert "anne" not in marked


async def test_the_referat_and_the_annual_report_count_only_the_people_marked(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))  # rie takes the minutes
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        referat = await referat_of(uow, await uow.minutes.get(minutes.id))
        report = await annual_report_of(uow, group, 2027, world.clock.now() + timedelta(hours=4))
    assert [p.name for p in referat.absentees] == ["Daniel Gottrup"]
    assert [p.name for p in referat.participants] == ["Mette Holm"]  # for Christel
    assert referat.minute_taker.name == "Rie Nielsen"
    [meeting] = report.meetings
    assert (meeting.members, meeting.substitutes, meeting.guests, meeting.minute_taker) == (
        0, 1, 1, 1)  # the guest: Heidi Madsen under item 4
    assert meeting.participants == 3


async def test_minutes_open_from_an_hour_before_the_start_and_not_for_another_group(world):
    held = await meeting_with_agenda(world)
    world.clock.set(STARTS - timedelta(hours=1, minutes=1))
    with refused("bad_minutes"):
        await world.act("rie", opening(held.meeting_id))
    with refused("meeting_not_found"):
        await world.act("morten", opening(held.meeting_id), other_group=True)
    world.clock.set(STARTS - timedelta(hours=1))
    assert (await world.act("rie", opening(held.meeting_id))).meeting_id == held.meeting_id


async def test_notes_decision_and_guests_are_recorded_and_cleared(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    world.clock.advance(timedelta(minutes=40))
    await world.act("rie", recording(entry.id, notes="  Heidi fortalte om plejefamilier. ",
                                     decision="Netværket tager det op igen i marts.",
                                     guests="Heidi Madsen (Bakkehuset), Ole Berg (Holbæk)"))
    stored = (await entries(world, minutes.id))[4]
    assert (stored.notes, stored.decision, stored.guests) == (
        "Heidi fortalte om plejefamilier.", "Netværket tager det op igen i marts.",
        "Heidi Madsen (Bakkehuset), Ole Berg (Holbæk)")
    assert (stored.updated_by, stored.updated_at) == (world.ids["rie"], world.clock.now())
    await world.act("lisbet", recording(entry.id, decision=""))  # "" clears, None keeps
    stored = (await entries(world, minutes.id))[4]
    assert (stored.notes, stored.decision) == ("Heidi fortalte om plejefamilier.", None)
    assert [e.kind for e in await all_rows(world, MinutesEvent)] == []  # a draft logs nothing


async def test_the_minute_taker_records_and_a_plain_member_is_refused_and_logged(world, caplog):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    before = await snapshot(world)
    with caplog.at_level(logging.WARNING), refused("not_allowed"):
        await world.act("daniel", recording(entry.id, notes="Mine noter"))
    refusal = [r for r in caplog.records if r.getMessage().startswith("refused")][-1]
    assert (refusal.action, refusal.actor, refusal.target) == (
        "record_entry", "aad-daniel", entry.id)
    with refused("not_allowed"):
        await world.act("daniel", tasking(entry.id, "Noget", owner_id=world.ids["daniel"]))
    with refused("not_allowed"):
        await world.act("daniel", presence(minutes.id, world.ids["daniel"], "present"))
    with refused("not_allowed"):
        await world.act("daniel", taker(minutes.id, world.ids["daniel"]))
    assert await snapshot(world) == before
    await world.act("lisbet", taker(minutes.id, world.ids["daniel"]))
    await world.act("daniel", recording(entry.id, notes="Daniels noter"))
    assert (await entries(world, minutes.id))[4].notes == "Daniels noter"
    with refused("minutes_not_found"):
        await world.act("morten", recording(entry.id, notes="x"), other_group=True)


async def test_a_task_from_an_entry_is_a_task_of_the_item_and_is_chased(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    task = await world.act("rie", tasking(entry.id, "Undersøge Socialtilsyn Øst",
                                          owner_id=world.ids["daniel"],
                                          due_on=date(2027, 6, 23)))
    stored = await task_of(world, task.id)
    assert (stored.meeting_id, stored.item_id, stored.owner_id, stored.status) == (
        held.meeting_id, held.item_ids[0], world.ids["daniel"], "open")
    world.clock.set(local(2027, 6, 16, 0, 0))
    while world.clock.now() < local(2027, 6, 24, 0, 0):
        async with world.uow() as uow:
            await chase_tasks(uow, world.clock.now())
            await uow.commit()
        world.clock.advance(timedelta(hours=1))
    digests = [(row.member_id, row.payload["day"], row.payload["tasks"])
               for row in await world.outbox(OutboxKind.TASK_REMINDERS)]
    assert (world.ids["daniel"], "2027-06-21", [{"id": task.id, "stage": "before"}]) in digests
    assert (world.ids["daniel"], "2027-06-23", [{"id": task.id, "stage": "due"}]) in digests


async def test_a_standing_entry_gives_a_task_of_the_meeting_under_that_entry(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    standing = (await entries(world, minutes.id))[3]
    task = await world.act("rie", tasking(standing.id, "Sende referatet rundt"))
    stored = await task_of(world, task.id)
    assert (stored.meeting_id, stored.item_id, stored.owner_id, stored.minutes_entry_id) == (
        held.meeting_id, None, world.ids["rie"], standing.id)


async def test_a_task_captured_after_a_standing_item_is_that_items(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", capturing("#punkt 3"))
    made = await world.act("rie", capturing("#opgave Daniel samler kommunernes input"))
    stored = await task_of(world, made.task.id)
    minutes = await minutes_row(world, held.meeting_id)
    assert (stored.item_id, stored.minutes_entry_id) == (
        None, (await entries(world, minutes.id))[3].id)


async def test_captured_lines_land_in_the_entry_they_follow(world):
    held = await meeting_with_agenda(world)
    world.clock.advance(timedelta(minutes=50))
    result = await world.act("rie", capturing("#punkt 4"))  # opens the minutes too
    assert (result.kind, result.entry.number) == ("item", 4)
    await world.act("rie", capturing("#beslutning Netværket inviterer Socialtilsyn Øst."))
    await world.act("rie", capturing("#info Heidi orienterede om plejefamilier."))
    await world.act("rie", capturing("#beslutning: Emnet kommer igen i marts"))
    made = await world.act("rie", capturing(
        "#opgave Daniel undersøger om Socialtilsyn Øst kan deltage, frist 1. december"))
    await world.act("rie", capturing("#punkt 5"))
    await world.act("rie", capturing("#note Udsat til næste møde."))
    minutes = await minutes_row(world, held.meeting_id)
    stored = await entries(world, minutes.id)
    assert stored[4].decision == ("Netværket inviterer Socialtilsyn Øst.\n"
                                  "Emnet kommer igen i marts")
    assert stored[4].notes == "Heidi orienterede om plejefamilier."
    assert (stored[5].notes, stored[5].decision) == ("Udsat til næste møde.", None)
    assert minutes.current_number == 5
    task = await task_of(world, made.task.id)
    assert (task.owner_id, task.due_on, task.meeting_id, task.item_id) == (
        world.ids["daniel"], date(2027, 12, 1), held.meeting_id, held.item_ids[0])
    assert task.minutes_entry_id == stored[4].id
    assert task.title.endswith("undersøger om Socialtilsyn Øst kan deltage")


async def test_a_captured_task_with_an_ambiguous_owner_asks_and_makes_nothing(world):
    from tests.support.task_steps import add_member
    await add_member(world, "rie2", "Rie Hansen")
    await meeting_with_agenda(world)
    await world.act("rie", capturing("#punkt 4"))
    result = await world.act("rie", capturing("#opgave Rie undersøger sagen, frist 1. december"))
    assert result.task is None and {name for _, name in result.candidates} == {
        "Rie Nielsen", "Rie Hansen"}
    assert result.line.due_on == date(2027, 12, 1)
    assert await all_rows(world, Task) == []


async def test_a_captured_task_for_a_name_no_member_has_asks_and_makes_nothing(world):
    await meeting_with_agenda(world)
    await world.act("rie", capturing("#punkt 4"))
    result = await world.act("rie", capturing("#opgave Lotte ringer til Bakkehuset"))
    assert (result.task, result.unknown, result.candidates) == (None, "Lotte", ())
    assert result.line.title == "Lotte ringer til Bakkehuset"
    assert await all_rows(world, Task) == []
    ordinary = await world.act("rie", capturing("#opgave Undersøg om Bakkehuset har plads"))
    assert ordinary.unknown is None
    assert (await task_of(world, ordinary.task.id)).owner_id == world.ids["rie"]


async def test_a_plain_members_capture_is_refused_and_changes_nothing(world):
    held = await meeting_with_agenda(world)
    with refused("not_allowed"):  # nobody opened the minutes: a member may not
        await world.act("daniel", capturing("#punkt 4"))
    assert await all_rows(world, Minutes) == []
    await world.act("rie", capturing("#punkt 4"))
    before = await snapshot(world)
    for line in ("#punkt 5", "#beslutning Noget andet", "#opgave Daniel gør noget"):
        with refused("not_allowed"):
            await world.act("daniel", capturing(line))
    assert await snapshot(world) == before
    assert (await minutes_row(world, held.meeting_id)).current_number == 4


async def test_a_capture_needs_a_meeting_now_and_an_item_first(world):
    held = await meeting_with_agenda(world)
    world.clock.set(STARTS - timedelta(hours=2))
    with refused("no_meeting"):
        await world.act("rie", capturing("#punkt 4"))
    world.clock.set(STARTS + timedelta(days=1, hours=5))  # the day after still counts
    with refused("bad_minutes"):  # no "#punkt" yet
        await world.act("rie", capturing("#beslutning Noget"))
    with refused("bad_minutes"):
        await world.act("rie", capturing("#punkt 42"))
    assert (await world.act("rie", capturing("#punkt 8"))).entry.number == 8
    world.clock.set(STARTS + timedelta(days=3))
    with refused("no_meeting"):
        await world.act("rie", capturing("#punkt 4"))
    assert (await minutes_row(world, held.meeting_id)).current_number == 8


async def test_recorded_and_captured_entries_are_found_by_search_and_follow_changes(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[5]
    await world.act("rie", recording(entry.id, decision="Sagen udsættes til august."))
    await world.act("rie", capturing("#punkt 4"))
    await world.act("rie", capturing("#beslutning Netværket støtter plejefamilierne."))

    async def found(query: str) -> list[int]:
        async with world.uow() as uow:
            group = await uow.groups.get(world.group_id)
            return [hit.number for hit in await search_minutes(uow.search, group.id, query, "da")]
    assert await found("plejefamilie") == [4]
    assert await found("august") == [5]
    await world.act("rie", recording(entry.id, decision="Emnet er afsluttet."))
    assert await found("august") == []
