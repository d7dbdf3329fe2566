"""Action items on a real database: creating them, the default due date, every change once and
in the history, away periods, the questions about tasks, and the group's chase settings."""

import asyncio
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select, update

from meetings.chase_settings import change_chase_settings, settings_of
from meetings.refusal import Refusal
from meetings.tasks import (
    default_due,
    follow_up,
    history,
    my_tasks,
    open_tasks,
    set_away,
    tasks_of_name,
)
from storage.models import Meeting, MeetingStatus, Member
from storage.task_models import ChaseSettings, Task, TaskStatus
from tests.integration.agenda_world import local, propose
from tests.integration.task_steps import (
    act_as,
    add_member,
    all_tasks,
    block,
    cancel,
    create,
    done,
    due,
    note,
    notes_of,
    personal_chat,
    reassign,
    reopen,
    task_of,
)

# The world's clock starts on Tuesday 1 June 2027 at 09:00 in Copenhagen.
TODAY = date(2027, 6, 1)
LATER = date(2027, 6, 30)


def refused(code: str):
    return pytest.raises(Refusal, match=f"^{code}$")


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


async def test_two_clicks_at_once_change_the_task_once(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    changes = await asyncio.gather(world.act("daniel", block(task.id, "KL svarer ikke", 0)),
                                   world.act("rie", done(task.id, version=0)))
    assert sorted(c.changed for c in changes) == [False, True]
    stored = await task_of(world, task.id)
    assert stored.version == 1
    assert len(await notes_of(world, task.id)) == 2


async def test_two_notes_written_at_once_in_chat_both_land(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    changes = await asyncio.gather(world.act("daniel", note(task.id, "ringet")),
                                   world.act("rie", note(task.id, "mailet")))
    assert [c.changed for c in changes] == [True, True]
    assert (await task_of(world, task.id)).version == 2
    assert sorted(n.text for n in await notes_of(world, task.id) if n.kind == "note") == [
        "mailet", "ringet"]


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
    async with world.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id).values(
            reminder_stage=3, reminded_on=TODAY, escalated_at=world.clock.now()))
        await uow.commit()
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
    async with world.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id).values(
            reminder_stage=4, escalated_at=world.clock.now()))
        await uow.commit()
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


async def test_my_tasks_are_the_unfinished_ones_in_all_my_groups(world):
    steering = await add_member(world, "rie", "Rie Nielsen", group_id=world.other_group_id)
    chat = await personal_chat(world, "rie")
    late = await world.act("rie", create("Referat", due_on=date(2027, 6, 25)))
    closed = await world.act("rie", create("Lokale", due_on=LATER))
    await world.act("rie", done(closed.id))
    soon = await act_as(world, steering, create("Budget", due_on=date(2027, 6, 10)))
    await world.act("daniel", create("Daniels egen", due_on=LATER))
    mine = await act_as(world, chat, lambda uow, g, a, now: my_tasks(uow, a))
    assert [t.id for t in mine] == [soon.id, late.id]


async def test_open_tasks_go_by_owner_then_due_date(world):
    ids = {}
    for title, who, owner, due_on in [
        ("a", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 20)),
        ("b", "rie", {"owner_id": world.ids["daniel"]}, date(2027, 6, 25)),
        ("c", "rie", {"owner_name": "Birgit Fra KL"}, date(2027, 6, 9)),
        ("d", "rie", {"owner_id": world.ids["daniel"]}, date(2027, 6, 10)),
        ("e", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 2)),
        ("f", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 3)),
    ]:
        ids[title] = (await world.act(who, create(title, due_on=due_on, **owner))).id
    await world.act("steen", block(ids["a"], "venter"))
    await world.act("steen", done(ids["f"]))
    await world.act("morten", create("andet", due_on=LATER), other_group=True)
    tasks = await world.act("rie", lambda uow, g, a, now: open_tasks(uow, g))
    assert [t.title for t in tasks] == ["c", "d", "b", "e", "a"]


async def test_tasks_of_a_name_by_first_name_full_name_case_and_accents(world):
    rene = await add_member(world, "rene", "René Ågård")
    rie = await world.act("rie", create("Referat", due_on=LATER))
    renes = await world.act("rie", create("Lokale", owner_id=rene, due_on=LATER))
    outside = await world.act("rie", create("Svar fra KL", owner_name="Rie Holm", due_on=LATER))
    for name in ("Rie Nielsen", "rie nielsen?"):
        members, tasks = await _tasks_of(world, name)
        assert ([m.id for m in members], [t.id for t in tasks]) == ([world.ids["rie"]], [rie.id])
    members, tasks = await _tasks_of(world, "RIE")
    assert ([m.id for m in members], {t.id for t in tasks}) == (
        [world.ids["rie"]], {rie.id, outside.id})
    for name in ("rene", "Rene ågård", "RENÉ ÅGÅRD"):
        members, tasks = await _tasks_of(world, name)
        assert ([m.id for m in members], [t.id for t in tasks]) == ([rene], [renes.id])
    assert await _tasks_of(world, "Rene Agard") == ([], [])  # å is a letter of its own
    assert await _tasks_of(world, "Morten") == ([], [])  # in another group


async def test_a_name_asked_in_the_genitive_keeps_an_s_of_its_own(world):
    hans = await add_member(world, "hans", "Hans Bjerre")
    his = await world.act("rie", create("Budget", owner_id=hans, due_on=LATER))
    # "Hans opgaver" reaches the query as "Han"; "Ries opgaver" as "Rie".
    members, tasks = await _tasks_of(world, "Han")
    assert ([m.id for m in members], [t.id for t in tasks]) == ([hans], [his.id])
    members, _ = await _tasks_of(world, "Rie")
    assert [m.id for m in members] == [world.ids["rie"]]
    assert await _tasks_of(world, "Ib") == ([], [])


async def test_a_first_name_two_members_share_gives_both(world):
    other = await add_member(world, "rie2", "Rie Hansen")
    mine = await world.act("rie", create("Referat", due_on=LATER))
    hers = await world.act("rie", create("Lokale", owner_id=other, due_on=LATER))
    members, tasks = await _tasks_of(world, "rie")
    assert sorted(m.id for m in members) == sorted([world.ids["rie"], other])
    assert [t.id for t in tasks] == [hers.id, mine.id]  # Hansen before Nielsen
    members, _ = await _tasks_of(world, "Rie Hansen")
    assert [m.id for m in members] == [other]


async def test_follow_up_lists_unfinished_tasks_and_those_closed_since_the_last_meeting(world):
    previous = await world.plan(local(2027, 6, 10, 10, 0))
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    old = await world.act("daniel", create("Lukket før", due_on=LATER))
    await world.act("daniel", done(old.id))
    world.clock.set(local(2027, 6, 15, 9, 0))
    await _set_status(world, previous.id, MeetingStatus.HELD)
    open_ = await world.act("daniel", create("Åben", due_on=LATER))
    blocked = await world.act("steen", create("Blokeret", due_on=LATER))
    await world.act("steen", block(blocked.id, "venter"))
    finished = await world.act("daniel", create("Færdig", due_on=LATER))
    await world.act("daniel", done(finished.id))
    dropped = await world.act("steen", create("Droppet", due_on=LATER))
    world.clock.advance(timedelta(days=1))
    await world.act("rie", cancel(dropped.id))
    listed = await world.act("rie", lambda uow, g, a, now: follow_up(uow, g, meeting))
    assert [t.id for t in listed] == [open_.id, blocked.id, finished.id, dropped.id]
    first = await world.act("rie", lambda uow, g, a, now: follow_up(uow, g, previous))
    assert old.id in {t.id for t in first}  # no meeting before it: every closed task


async def test_chase_settings_are_made_with_the_defaults_on_first_use(world):
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.due_days_before_meeting, settings.remind_days_before_due,
            settings.overdue_days, settings.escalate_days, settings.meeting_days_before) == (
        5, 2, [2, 5, 10], 15, 5)
    assert (settings.work_start, settings.work_end) == (time(9, 0), time(16, 0))
    again = await world.act("daniel", lambda uow, g, a, now: settings_of(uow, g))
    assert again.updated_at == settings.updated_at


async def test_two_turns_making_the_chase_settings_at_once_keep_one_row(world):
    read = [world.act(who, lambda uow, g, a, now: settings_of(uow, g))
            for who in ("steen", "daniel")]
    both = await asyncio.gather(*read)
    assert [s.overdue_days for s in both] == [[2, 5, 10]] * 2
    async with world.uow() as uow:
        rows = list(await uow.session.scalars(select(ChaseSettings)))
    assert [row.group_id for row in rows] == [world.group_id]


async def test_the_secretary_changes_the_chase_settings(world):
    changed = await world.act("rie", _changing(overdue_days=[1, 3], escalate_days=4,
                                               work_start="8.30", work_end=time(15, 0)))
    assert (changed.overdue_days, changed.escalate_days) == ([1, 3], 4)
    assert (changed.work_start, changed.work_end) == (time(8, 30), time(15, 0))
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.overdue_days, settings.updated_by) == ([1, 3], "aad-rie")


@pytest.mark.parametrize(("changes", "field"), [
    ({"work_start": "16:00"}, "work_hours"),
    ({"work_start": "10:00", "work_end": "9.00"}, "work_hours"),
    ({"work_end": "sen"}, "work_end"),
    ({"remind_days_before_due": -1}, "remind_days_before_due"),
    ({"due_days_before_meeting": -2}, "due_days_before_meeting"),
    ({"meeting_days_before": True}, "meeting_days_before"),
    ({"overdue_days": [5, 2, 10]}, "overdue_days"),
    ({"overdue_days": [2, 2]}, "overdue_days"),
    ({"overdue_days": [0, 2]}, "overdue_days"),
    ({"overdue_days": [2, 5, 15]}, "overdue_days"),
    ({"escalate_days": 10}, "overdue_days"),
    ({"colour": "red"}, "colour"),
])
async def test_chase_settings_out_of_order_are_refused_and_nothing_changes(world, changes,
                                                                          field):
    with pytest.raises(Refusal) as refusal:
        await world.act("rie", _changing(**changes))
    assert (refusal.value.code, refusal.value.details) == ("bad_settings", {"field": field})
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.overdue_days, settings.escalate_days, settings.work_start) == (
        [2, 5, 10], 15, time(9, 0))


async def test_a_member_may_not_change_the_chase_settings(world):
    for who in ("daniel", "povl"):
        with refused("not_allowed"):
            await world.act(who, _changing(escalate_days=20))


def _changing(**changes):
    return lambda uow, g, a, now: change_chase_settings(uow, g, a, now, **changes)


async def _tasks_of(world, name: str):
    return await world.act("steen", lambda uow, g, a, now: tasks_of_name(uow, g, name))


async def _name(world, who: str) -> str:
    async with world.uow() as uow:
        return (await uow.members.get(world.ids[who])).name


async def _away(world, *member_ids: int) -> list[date | None]:
    async with world.uow() as uow:
        query = select(Member).where(Member.id.in_(member_ids)).order_by(Member.id)
        return [m.away_until for m in await uow.session.scalars(query)]


async def _set_status(world, meeting_id: int, status: str) -> None:
    async with world.uow() as uow:
        await uow.session.execute(
            update(Meeting).where(Meeting.id == meeting_id).values(status=status))
        await uow.commit()
