"""Tasks imported from past minutes: unconfirmed as they land, left alone by the chase until
the chair or secretary confirms them, confirmed once, refused to a plain member; a confirmed
task of a member known only from minutes goes to the secretary, who alone gets no nudges."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from meetings.common.outbox_kind import OutboxKind
from meetings.common.refusal import NOT_ALLOWED, Refusal
from meetings.groups.entities import Member
from meetings.minutes.entities import MinutesEntry
from meetings.minutes.importing.importer import IMPORTED
from meetings.minutes.importing.report import report_lines
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.tasks import confirm_imported_task, set_due
from tests.integration.importing.import_steps import NOVEMBER, SEPTEMBER, imported, rows
from tests.support.agenda_world import World, local


async def test_the_tasks_named_are_imported_unconfirmed(world):
    report = await imported(world, SEPTEMBER)
    tasks = await rows(world, Task)
    assert [(t.owner_id, t.owner_name, " ".join(t.title.split()[:3])) for t in tasks] == [
        (world.ids["christel"], None, "Christel undersøger, om"),
        (world.ids["rie"], None, "Rie undersøger om"),
        (world.ids["povl"], None, "Povl orienterer lægen"),  # "Desuden aftalt, at Povl …"
        (None, "Netværksgruppen", "Netværksgruppen sender rapport/link"),  # a body, no member
        (world.ids["povl"], None, "Povl melder tilbage"),  # a guest, and a member already
    ]
    assert all(t.imported_at == world.clock.now() and t.confirmed_at is None for t in tasks)
    assert {(t.status, t.due_on, t.meeting_id) for t in tasks} == {
        ("open", date(2023, 10, 30), report.meeting_id)}
    assert report.tasks[1] == "Rie undersøger om Socialtilsyn Øst har mulighed " \
                              "for at deltage."
    assert len(await rows(world, TaskNote)) == 5
    # Each under the item whose text named it, where the referat prints it.
    found_in = {e.id: " ".join(f"{e.notes} {e.decision}".split())
                for e in await rows(world, MinutesEntry)}
    assert all(" ".join(t.title.split()) in found_in[t.minutes_entry_id] for t in tasks)


LONG = ("Rie undersøger om Socialtilsyn Øst har mulighed for at deltage på næste møde den 24. "
        "november, og i givet fald hvem fra tilsynet der kan komme, hvilke emner de gerne vil "
        "tage op, herunder den nye kan-bestemmelse i barnets lov, plejefamilieområdet og "
        "samarbejdet om tilsynet med de private opholdssteder i regionen, samt om de kan sende "
        "materiale ud på forhånd.")


async def test_a_task_sentence_longer_than_a_task_title_is_shortened_and_said_so(world):
    text = SEPTEMBER.replace("Rie undersøger om Socialtilsyn Øst har mulighed for at deltage.",
                             LONG)
    assert len(LONG) == 360 and text != SEPTEMBER
    report = await imported(world, text)
    assert report.status == IMPORTED
    [task] = await rows(world, Task, Task.owner_id == world.ids["rie"])
    assert len(task.title) == 300
    assert task.title == LONG[:299].rstrip() + "…"
    [entry] = await rows(world, MinutesEntry, MinutesEntry.id == task.minutes_entry_id)
    assert LONG in " ".join(entry.notes.split())  # the referat keeps the whole sentence
    assert ("    - a task's sentence is longer than the 300 characters a task's title takes; "
            "shortened, and the whole sentence is in the item's referat: 4: Rie undersøger om "
            "Socialtilsyn Øst har mulighed for at deltage på næste møde den 24. november, og i "
            "givet fald hvem fra tilsynet der kan komme, hvilke emner de…"
            ) in report_lines("referat.txt", report, ZoneInfo("Europe/Copenhagen"))


async def chase(world: World) -> list[str]:
    async with world.uow() as uow:
        written = await chase_tasks(uow, world.clock.now())
        await uow.commit()
    return written


async def test_imported_tasks_are_chased_only_once_confirmed(world):
    await imported(world, NOVEMBER)
    [task, *_] = await rows(world, Task)
    world.clock.set(local(2027, 6, 1, 9, 0))  # a Tuesday, in working hours
    assert await chase(world) == []
    assert await world.outbox(OutboxKind.TASK_REMINDERS) == []
    change = await world.act("rie", lambda uow, g, a, now: confirm_imported_task(
        uow, a, task.id, task.version, now))
    assert change.changed and change.task.confirmed_at == world.clock.now()
    # long overdue by now: the chase goes straight to the secretary
    assert await chase(world) == ["task-reminders:aad-rie:2027-06-01"]
    [digest] = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert (digest.payload["escalated"], digest.payload["tasks"]) == ([task.id], [])


async def test_confirming_twice_changes_it_once_and_leaves_a_line_in_its_history(world):
    await imported(world, NOVEMBER)
    [task, *_] = await rows(world, Task)
    first = await world.act("lisbet", lambda uow, g, a, now: confirm_imported_task(
        uow, a, task.id, None, now))
    second = await world.act("rie", lambda uow, g, a, now: confirm_imported_task(
        uow, a, task.id, None, now))
    assert (first.changed, second.changed) == (True, False)
    notes = await rows(world, TaskNote, TaskNote.task_id == task.id)
    assert [(n.kind, n.author_id) for n in notes] == [
        ("created", None), ("confirmed", world.ids["lisbet"])]


@pytest.mark.parametrize("who", ["daniel", "steen"])
async def test_a_plain_member_may_not_confirm_not_even_the_owner(world, who):
    await imported(world, NOVEMBER)
    [task, *_] = await rows(world, Task)
    assert task.owner_id == world.ids["daniel"]
    with pytest.raises(Refusal) as refused:
        await world.act(who, lambda uow, g, a, now: confirm_imported_task(
            uow, a, task.id, None, now))
    assert refused.value.code == NOT_ALLOWED
    [after, *_] = await rows(world, Task)
    assert after.confirmed_at is None


async def test_a_confirmed_task_of_a_member_known_only_from_minutes_goes_to_the_secretary(world):
    await imported(world, NOVEMBER.replace("Daniel vil bære", "Nanett vil bære"))
    [task, *_] = await rows(world, Task)
    [nanett] = await rows(world, Member, Member.name == "Nanett Babett Flamgaard")
    assert task.owner_id == nanett.id and nanett.imported_at is not None
    world.clock.set(local(2027, 6, 1, 9, 0))  # a Tuesday; due Thursday: "before" today
    await world.act("rie", lambda uow, g, a, now: confirm_imported_task(
        uow, a, task.id, None, now))
    await world.act("rie", lambda uow, g, a, now: set_due(uow, a, task.id, None,
                                                          date(2027, 6, 3), now))
    assert await chase(world) == ["task-reminders:aad-rie:2027-06-01"]
    [digest] = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert digest.payload["tasks"] == [{"id": task.id, "stage": "outside"}]


async def test_members_known_only_from_minutes_get_no_nudges(world):
    await imported(world, SEPTEMBER)
    start = local(2027, 9, 24, 10, 0)
    world.clock.set(start - timedelta(days=60))
    await world.plan(start)
    for moment in (local(2027, 9, 3, 9, 0), local(2027, 9, 10, 9, 0)):  # call, nudge
        world.clock.set(moment)
        await world.tick()
    nudged = {n.member_id for n in await world.outbox("agenda_nudge")}
    members = await rows(world, Member, Member.group_id == world.group_id)
    assert nudged == {m.id for m in members if m.role != "guest" and m.imported_at is None}
    assert len(members) > len(nudged) + 20
