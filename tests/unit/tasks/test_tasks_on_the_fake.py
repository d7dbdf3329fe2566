"""Action items on the fake unit of work: creating them, the default due date, every change
once and in the history, and away periods (the same cases on SQLite and PostgreSQL, and two
clicks at once, which only a database can race: tests/integration/tasks/test_tasks.py)."""

from datetime import date, timedelta

import pytest

from meetings.common.refusal import Refusal
from meetings.groups.entities import Member
from meetings.tasks.chase_settings import change_chase_settings
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.tasks import (
    default_due,
    history,
    set_away,
)
from meetings.tasks.vocabulary import TaskStatus
from tests.support.agenda_world import propose
from tests.support.fake_world import FakeWorld, local
from tests.support.task_steps import (
    LATER,
    act_as,
    add_member,
    block,
    cancel,
    create,
    done,
    due,
    note,
    personal_chat,
    reassign,
    refused,
    reopen,
    task_of,
)

# The world's clock starts on Tuesday 1 June 2027 at 09:00 in Copenhagen.
TODAY = date(2027, 6, 1)


async def test_a_member_creates_a_task_for_another_member(world):
    task = await world.act("daniel", create("Undersøge om Socialtilsyn Øst kan deltage",
                                            owner_id=world.ids["rie"], due_on=LATER))
    stored = await task_of(world, task.id)
    assert (stored.owner_id, stored.owner_name, stored.created_by) == (
        world.ids["rie"], None, world.ids["daniel"])
    assert (stored.status, stored.due_on, stored.version) == (TaskStatus.OPEN, LATER, 0)
    assert (stored.group_id, stored.created_at) == (world.group_id, world.clock.now())
    [created] = await notes_of(world, task.id)
    assert (created.kind, created.author_id, created.author_name, created.created_at) == (
        "created", world.ids["daniel"], "Daniel Gottrup", world.clock.now())


async def test_a_task_for_a_person_outside_the_group_is_owned_by_name(world):
    task = await world.act("rie", create("Sende AI-anmodningen til KL", owner_name="  Jens Holm ",
                                         due_on=LATER))
    assert (task.owner_id, task.owner_name) == (None, "Jens Holm")


async def test_with_no_owner_given_the_writer_owns_the_task(world):
    task = await world.act("steen", create("Finde et mødelokale i Odsherred", due_on=LATER))
    assert task.owner_id == world.ids["steen"]


async def test_an_owner_from_another_group_is_refused_and_nothing_is_written(world, caplog):
    with refused("unknown_owner"):
        await world.act("rie", create("Noget", owner_id=world.ids["morten"], due_on=LATER))
    with refused("unknown_owner"):
        await world.act("rie", create("Noget", owner_id=987654, due_on=LATER))
    assert "task owner not a member of the group" in caplog.text
    assert await all_tasks(world) == []


@pytest.mark.parametrize(("values", "field"), [
    ({"title": "  "}, "title"),
    ({"title": "x" * 301}, "title"),
    ({"owner_id": 1, "owner_name": "Jens"}, "owner"),
    ({"owner_name": " "}, "owner_name"),
    ({"due_on": TODAY - timedelta(days=1)}, "due_on"),
])
async def test_a_bad_draft_is_refused_with_the_field(world, values, field):
    values = {"title": "Opgave", **values}
    with pytest.raises(Refusal) as refusal:
        await world.act("rie", create(**values))
    assert (refusal.value.code, refusal.value.details) == ("bad_task", {"field": field})
    assert await all_tasks(world) == []


async def test_a_task_from_an_agenda_item_remembers_its_meeting(world):
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    item = await world.act("daniel", propose(meeting.id, "AI i sagsbehandlingen"))
    task = await world.act("rie", create("Bringe AI-anmodningen til KL", item_id=item.id))
    assert (task.meeting_id, task.item_id) == (meeting.id, item.id)
    with refused("meeting_not_found"):
        await world.act("morten", create("Andet", meeting_id=meeting.id), other_group=True)
    with refused("item_not_found"):
        await world.act("morten", create("Andet", item_id=item.id), other_group=True)


async def test_the_default_due_date_is_working_days_before_the_next_meeting(world):
    await world.plan(local(2027, 9, 24, 10, 0))  # a Friday
    task = await world.act("rie", create("Forberede oplæg"))
    assert task.due_on == date(2027, 9, 17)  # five working days before
    await world.act("lisbet", lambda uow, g, a, now: change_chase_settings(
        uow, g, a, now, due_days_before_meeting=2))
    assert (await world.act("rie", create("Andet oplæg"))).due_on == date(2027, 9, 22)


async def test_the_default_due_date_skips_christmas(world):
    world.clock.set(local(2027, 12, 1, 9, 0))
    await world.plan(local(2027, 12, 28, 10, 0))  # Tuesday after Christmas
    due_on = await world.act("rie", lambda uow, g, a, now: default_due(uow, g, now))
    # 27, 23, 22, 21, 20 December: Christmas Eve is closed.
    assert due_on == date(2027, 12, 20)


async def test_without_a_meeting_the_task_is_due_in_ten_working_days(world):
    task = await world.act("rie", create("Opgave uden møde"))
    assert task.due_on == date(2027, 6, 15)
    world.clock.set(local(2027, 12, 22, 9, 0))
    due_on = await world.act("rie", lambda uow, g, a, now: default_due(uow, g, now))
    assert due_on == date(2028, 1, 7)  # not 24 or 31 December


async def test_a_meeting_too_soon_gives_the_ten_working_days_instead(world):
    await world.plan(local(2027, 6, 4, 10, 0))  # Friday this week
    task = await world.act("rie", create("Hurtig opgave"))
    assert task.due_on == date(2027, 6, 15)


async def test_a_task_made_during_a_meeting_is_due_before_the_one_after_it(world):
    # An `#opgave` line typed while the meeting is under way is for the next one: the same
    # date as ten minutes later, not ten working days (and overdue reminders long before it).
    await world.plan(local(2027, 9, 24, 10, 0))  # Friday 10–13
    await world.plan(local(2027, 12, 10, 10, 0))
    world.clock.set(local(2027, 9, 24, 12, 55))
    during = await world.act("rie", create("Rie undersøger om Socialtilsyn Øst kan deltage"))
    world.clock.set(local(2027, 9, 24, 13, 5))
    after = await world.act("rie", create("Rie undersøger om Socialtilsyn Øst kan deltage"))
    assert during.due_on == after.due_on == date(2027, 12, 3)  # five working days before


async def test_every_change_writes_a_note_with_author_and_time(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    written = "Har ringet til KL\nventer svar"  # a note keeps its lines
    steps = [
        ("daniel", note(task.id, written), "note", written),
        ("daniel", due(task.id, date(2027, 7, 2)), "due", "2027-07-02"),
        ("daniel", block(task.id, "Venter på KL"), "blocked", "Venter på KL"),
        ("rie", reopen(task.id), "reopened", None),
        ("lisbet", reassign(task.id, owner_id=world.ids["steen"]), "reassigned", "Steen Bager"),
        ("steen", done(task.id), "done", None),
        ("lisbet", reopen(task.id), "reopened", None),
        ("rie", cancel(task.id), "cancelled", None),
    ]
    expected = [("created", world.ids["daniel"], "Daniel Gottrup", None, world.clock.now())]
    for who, step, kind, text in steps:
        world.clock.advance(timedelta(hours=1))
        change = await world.act(who, step)
        assert change.changed
        expected.append((kind, world.ids[who], (await _name(world, who)), text,
                         world.clock.now()))
    notes = await notes_of(world, task.id)
    assert [(n.kind, n.author_id, n.author_name, n.text, n.created_at) for n in notes] == expected
    stored = await task_of(world, task.id)
    assert (stored.status, stored.version, stored.owner_id) == (
        TaskStatus.CANCELLED, len(steps), world.ids["steen"])
    assert stored.closed_at == stored.updated_at == world.clock.now()
    read = await world.act("rie", lambda uow, g, a, now: history(uow, task.id))
    assert [n.kind for n in read] == [e[0] for e in expected]


async def test_done_closes_and_reopen_opens_again(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    await world.act("daniel", block(task.id, "Venter"))
    change = await world.act("daniel", done(task.id))
    assert (change.task.status, change.task.closed_at, change.task.blocked_reason) == (
        TaskStatus.DONE, world.clock.now(), None)
    change = await world.act("daniel", reopen(task.id))
    assert (change.task.status, change.task.closed_at) == (TaskStatus.OPEN, None)


async def test_a_double_click_changes_the_task_once(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    first = await world.act("daniel", done(task.id, version=0))
    second = await world.act("daniel", done(task.id, version=0))
    assert (first.changed, second.changed) == (True, False)
    assert (second.task.status, second.task.version) == (TaskStatus.DONE, 1)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created", "done"]


async def test_a_click_on_an_old_card_changes_nothing(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    await world.act("daniel", note(task.id, "i gang"))
    change = await world.act("daniel", done(task.id, version=0))
    assert (change.changed, change.task.status, change.task.version) == (
        False, TaskStatus.OPEN, 1)


async def test_a_chat_command_changes_the_current_version_and_says_when_already_so(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    await world.act("daniel", note(task.id, "i gang"))
    assert (await world.act("daniel", done(task.id))).changed
    again = await world.act("daniel", done(task.id))
    assert (again.changed, again.task.version) == (False, 2)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created", "note", "done"]


async def test_a_new_due_date_must_not_be_in_the_past_and_restarts_the_chase(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    with refused("bad_task"):
        await world.act("daniel", due(task.id, TODAY - timedelta(days=1)))
    stored = await task_of(world, task.id)
    stored.reminder_stage, stored.reminded_on, stored.escalated_at = 3, TODAY, world.clock.now()
    change = await world.act("daniel", due(task.id, TODAY))
    assert (change.task.due_on, change.task.reminder_stage, change.task.reminded_on,
            change.task.escalated_at) == (TODAY, 0, None, None)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created", "due"]


@pytest.mark.parametrize(("step", "field"), [
    (lambda t: note(t, " "), "text"), (lambda t: note(t, "x" * 1001), "text"),
    (lambda t: block(t, ""), "reason"), (lambda t: reassign(t), "owner"),
])
async def test_bad_input_to_a_change_is_refused_before_anything_is_written(world, step, field):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    with pytest.raises(Refusal) as refusal:
        await world.act("rie", step(task.id))
    assert (refusal.value.code, refusal.value.details) == ("bad_task", {"field": field})
    assert (await task_of(world, task.id)).version == 0
    assert len(await notes_of(world, task.id)) == 1


async def test_reassigning_restarts_the_chase_for_the_new_owner(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    stored = await task_of(world, task.id)
    stored.reminder_stage, stored.escalated_at = 4, world.clock.now()
    change = await world.act("rie", reassign(task.id, owner_name="Jens Holm"))
    assert (change.task.owner_id, change.task.owner_name) == (None, "Jens Holm")
    assert (change.task.reminder_stage, change.task.escalated_at) == (0, None)
    same = await world.act("rie", reassign(task.id, owner_name="Jens Holm"))
    assert not same.changed


async def test_away_applies_to_every_membership_of_the_person(world):
    chat = await personal_chat(world, "rie")
    steering = await add_member(world, "rie", "Rie Nielsen", group_id=world.other_group_id)
    await act_as(world, chat, lambda uow, g, a, now: set_away(uow, a, date(2027, 6, 20), now))
    assert await _away(world, world.ids["rie"], chat, steering) == [date(2027, 6, 20)] * 3
    assert await _away(world, world.ids["daniel"]) == [None]
    with refused("bad_task"):
        await world.act("rie", lambda uow, g, a, now: set_away(uow, a, date(2027, 5, 31), now))
    await world.act("rie", lambda uow, g, a, now: set_away(uow, a, None, now))
    assert await _away(world, world.ids["rie"], chat, steering) == [None] * 3


async def _name(world, who: str) -> str:
    async with world.uow() as uow:
        return (await uow.members.get(world.ids[who])).name


async def _away(world: FakeWorld, *member_ids: int) -> list[date | None]:
    return [m.away_until for m in await world.table(Member, lambda m: m.id in member_ids)]


async def notes_of(world: FakeWorld, task_id: int) -> list[TaskNote]:
    return await world.table(TaskNote, lambda note: note.task_id == task_id)


async def all_tasks(world: FakeWorld) -> list[Task]:
    return await world.table(Task)
