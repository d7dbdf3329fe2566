"""The task chase on a fake clock, tick by tick over weeks: the digests it writes to the outbox
around weekends, Danish holidays and the summer-time changes, for away owners, after downtime,
before a meeting, and at most one per person per day whatever runs."""

from datetime import date, timedelta

from meetings.common.outbox_kind import OutboxKind
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import move_meeting
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.tasks import set_away
from tests.integration.tasks.chase_steps import (
    QUARTER,
    days_of,
    digests,
    local_times,
    run,
    task_for,
    tick,
)
from tests.support.agenda_world import local
from tests.support.task_steps import add_member, block, create, done, task_of


async def test_the_owner_is_reminded_before_on_and_after_the_due_day_then_the_secretary(world):
    await world.plan(local(2027, 10, 22, 10, 0))
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    await task_for(world, "steen", date(2027, 11, 30), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 1, 0, 0))
    written = await run(world, local(2027, 10, 23, 0, 0))
    seen = await digests(world)
    assert seen == [
        ("daniel", "2027-09-13", ["before"], []),
        ("daniel", "2027-09-15", ["due"], []),
        ("daniel", "2027-09-17", ["overdue"], []),
        ("daniel", "2027-09-22", ["overdue"], []),
        ("daniel", "2027-09-29", ["overdue"], []),
        ("rie", "2027-10-06", [], [task_id]),  # escalated: no more overdue reminders,
        ("daniel", "2027-10-15", ["meeting"], []),  # but every owner of an open task hears
        ("steen", "2027-10-15", ["meeting"], []),  # of it a week before the meeting
    ]
    assert await local_times(world) == {"09:00"}
    assert len(written) == 8
    task = await task_of(world, task_id)
    assert task.reminder_stage == 6 and task.escalated_at == local(2027, 10, 6, 9, 0)
    assert task.reminded_on == date(2027, 10, 15) and task.version == 0


async def test_a_digest_goes_to_the_owner_1to1_and_expires_at_the_end_of_the_working_day(world):
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    [key] = await tick(world)
    [row] = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert key == row.dedupe_key == "task-reminders:aad-daniel:2027-09-13"
    assert row.member_id == world.ids["daniel"] and row.group_id == world.group_id
    assert row.conversation_id is None and row.status == "pending"
    assert row.payload == {"day": "2027-09-13", "tasks": [{"id": task_id, "stage": "before"}],
                           "escalated": []}
    assert row.due_at == local(2027, 9, 13, 9, 0) and row.expires_at == local(2027, 9, 13, 16, 0)


async def test_easter_2027_and_the_change_to_summer_time(world):
    await task_for(world, "daniel", date(2027, 3, 31), created=local(2027, 3, 15, 10, 0))
    await task_for(world, "christel", date(2027, 4, 1), created=local(2027, 3, 15, 10, 0))
    world.clock.set(local(2027, 3, 22, 0, 0))
    await run(world, local(2027, 4, 3, 0, 0), every=QUARTER)
    seen = await digests(world)
    # 25, 26 and 29 March are Skærtorsdag, Langfredag and 2. påskedag; 28 March the clocks
    # went forward, and nine o'clock stayed nine o'clock.
    assert days_of(seen, "daniel") == ["2027-03-24", "2027-03-31", "2027-04-02"]
    assert days_of(seen, "christel") == ["2027-03-30", "2027-04-01"]
    assert await local_times(world) == {"09:00"}


async def test_the_change_to_winter_time(world):
    await task_for(world, "daniel", date(2027, 10, 29), created=local(2027, 10, 1, 10, 0))
    await task_for(world, "christel", date(2027, 11, 1), created=local(2027, 10, 1, 10, 0))
    world.clock.set(local(2027, 10, 25, 0, 0))
    await run(world, local(2027, 11, 6, 0, 0), every=QUARTER)
    seen = await digests(world)
    assert days_of(seen, "daniel") == ["2027-10-27", "2027-10-29", "2027-11-02", "2027-11-05"]
    assert days_of(seen, "christel") == ["2027-10-28", "2027-11-01", "2027-11-03"]
    assert await local_times(world) == {"09:00"}


async def test_christmas_and_new_year(world):
    task_id = await task_for(world, "daniel", date(2027, 12, 27),
                             created=local(2027, 12, 1, 10, 0))
    world.clock.set(local(2027, 12, 15, 0, 0))
    await run(world, local(2028, 1, 25, 0, 0))
    seen = await digests(world)
    # 24 to 26 and 31 December and 1 January are no working days.
    assert days_of(seen, "daniel") == ["2027-12-22", "2027-12-27", "2027-12-29", "2028-01-04",
                                       "2028-01-11"]
    assert seen[-1] == ("rie", "2028-01-18", [], [task_id])


async def test_grundlovsdag(world):
    await task_for(world, "daniel", date(2026, 6, 5), created=local(2026, 5, 20, 10, 0))
    await task_for(world, "christel", date(2026, 6, 8), created=local(2026, 5, 20, 10, 0))
    world.clock.set(local(2026, 6, 1, 0, 0))
    await run(world, local(2026, 6, 12, 0, 0))
    seen = await digests(world)
    # Due on Grundlovsdag (a Friday): reminded on the Thursday, overdue two working days on.
    assert days_of(seen, "daniel") == ["2026-06-03", "2026-06-04", "2026-06-09"]
    assert days_of(seen, "christel") == ["2026-06-03", "2026-06-08", "2026-06-10"]
    assert not [day for _, day, _, _ in seen if day == "2026-06-05"]


async def test_nothing_while_away_then_one_reminder_for_what_was_missed(world):
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    await world.act("daniel", lambda uow, g, a, now: set_away(uow, a, date(2027, 9, 15), now))
    world.clock.set(local(2027, 9, 6, 0, 0))
    await run(world, local(2027, 9, 21, 0, 0))
    seen = await digests(world)
    # The reminder before and the one on the due day merge into the first day back.
    assert seen == [("daniel", "2027-09-16", ["due"], []),
                    ("daniel", "2027-09-17", ["overdue"], [])]
    assert (await task_of(world, task_id)).reminder_stage == 3


async def test_a_task_owned_outside_the_group_reminds_the_secretary(world):
    task_id = await task_for(world, "", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0),
                             by="lisbet", owner_name="Socialtilsyn Øst")
    world.clock.set(local(2027, 9, 1, 0, 0))
    await run(world, local(2027, 10, 8, 0, 0))
    seen = await digests(world)
    assert [who for who, _, _, _ in seen] == ["rie"] * 6
    assert [stages for _, _, stages, _ in seen[:5]] == [["outside"]] * 5
    assert seen[-1] == ("rie", "2027-10-06", [], [task_id])


async def test_before_the_meeting_every_owner_hears_once_and_blocked_tasks_only_then(world):
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    blocked = await task_for(world, "christel", date(2027, 9, 14),
                             created=local(2027, 9, 1, 11, 0))
    await world.act("christel", block(blocked, "Venter på KL"))
    later = await task_for(world, "steen", date(2027, 10, 29), created=local(2027, 9, 1, 11, 0))
    due = await task_for(world, "daniel", date(2027, 9, 17), created=local(2027, 9, 1, 11, 0))
    fresh = await task_for(world, "anne", date(2027, 10, 29), created=local(2027, 9, 20, 11, 0))
    world.clock.set(local(2027, 9, 6, 0, 0))
    await run(world, local(2027, 9, 24, 0, 0))
    seen = await digests(world)
    # Five working days before Friday 24 September; Daniel's due reminder that day covers it.
    assert [(who, day, stages) for who, day, stages, _ in seen] == [
        ("daniel", "2027-09-15", ["before"]),
        ("christel", "2027-09-17", ["meeting"]),
        ("daniel", "2027-09-17", ["due"]),
        ("steen", "2027-09-17", ["meeting"]),
        ("daniel", "2027-09-21", ["overdue"]),
    ]
    for task_id in (blocked, later, due):
        assert (await task_of(world, task_id)).meeting_reminded_id == meeting.id
    assert (await task_of(world, fresh)).meeting_reminded_id is None


async def test_a_meeting_postponed_after_its_reminder_is_reminded_of_again(world):
    meeting = await world.plan(local(2027, 10, 22, 10, 0))  # Friday 22 October
    await task_for(world, "steen", date(2027, 12, 30), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 10, 11, 0, 0))
    await run(world, local(2027, 10, 16, 0, 0))
    assert [(who, day) for who, day, *_ in await digests(world)] == [("steen", "2027-10-15")]
    # Monday 18 October the meeting is postponed to Friday 26 November: Steen hears of it
    # again five working days before the new date, not only at his task's own due stages.
    world.clock.set(local(2027, 10, 18, 10, 0))
    await world.act("rie", move_to(meeting.id, local(2027, 11, 26, 10, 0)))
    await run(world, local(2027, 11, 26, 10, 0))
    assert [(who, day, stages) for who, day, stages, _ in await digests(world)] == [
        ("steen", "2027-10-15", ["meeting"]), ("steen", "2027-11-19", ["meeting"])]


async def test_a_meeting_moved_by_an_hour_after_its_reminder_is_not_reminded_of_twice(world):
    meeting = await world.plan(local(2027, 10, 22, 10, 0))
    await task_for(world, "steen", date(2027, 12, 30), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 10, 11, 0, 0))
    await run(world, local(2027, 10, 16, 0, 0))
    world.clock.set(local(2027, 10, 18, 10, 0))
    await world.act("rie", move_to(meeting.id, local(2027, 10, 22, 11, 0)))
    await run(world, local(2027, 10, 22, 11, 0))
    assert [(who, day) for who, day, *_ in await digests(world)] == [("steen", "2027-10-15")]


def move_to(meeting_id: int, start):
    draft = MeetingDraft(start, start + timedelta(hours=3), "Ringsted", False)
    return lambda uow, group, actor, now: move_meeting(uow, group, actor, meeting_id, draft, now)


async def test_ten_days_of_downtime_give_one_digest_not_a_burst(world):
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 10, 9, 0))
    assert await tick(world) == []
    world.clock.set(local(2027, 9, 27, 10, 30))  # the bot was down ten working days
    await run(world, local(2027, 9, 28, 0, 0), every=QUARTER)
    assert await digests(world) == [("daniel", "2027-09-27", ["overdue"], [])]
    assert (await task_of(world, task_id)).reminder_stage == 4
    await run(world, local(2027, 9, 30, 0, 0))
    assert days_of(await digests(world), "daniel") == ["2027-09-27", "2027-09-29"]


async def test_a_person_in_two_groups_gets_one_digest(world):
    world.ids["rie-steering"] = await add_member(world, "rie-steering", "Rie Nielsen",
                                                 group_id=world.other_group_id, aad="aad-rie")
    first = await task_for(world, "rie", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    steering = await world.act("morten", create(
        "Rie sends the annual report", owner_id=world.ids["rie-steering"],
        due_on=date(2027, 9, 15)), other_group=True)
    world.clock.set(local(2027, 9, 13, 0, 0))
    await run(world, local(2027, 9, 14, 0, 0))
    [row] = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert row.member_id == world.ids["rie"] and row.dedupe_key.startswith("task-reminders:aad-rie")
    assert row.payload["tasks"] == [{"id": first, "stage": "before"},
                                    {"id": steering.id, "stage": "before"}]


async def test_a_member_without_an_entra_id_is_a_person_of_their_own(world):
    world.ids["guest"] = await add_member(world, "guest", "Gæst Uden Id", aad=None)
    await task_for(world, "guest", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    assert await tick(world) == [f"task-reminders:member-{world.ids['guest']}:2027-09-13"]


async def test_a_task_done_is_chased_no_more(world):
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 0, 0))
    await run(world, local(2027, 9, 14, 0, 0))
    await world.act("daniel", done(task_id))
    await run(world, local(2027, 10, 20, 0, 0))
    assert await digests(world) == [("daniel", "2027-09-13", ["before"], [])]


async def test_a_second_tick_at_the_same_instant_writes_nothing(world):
    await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    assert len(await tick(world)) == 1
    before = await task_of(world, (await world.outbox(OutboxKind.TASK_REMINDERS))[0]
                           .payload["tasks"][0]["id"])
    assert await tick(world) == []
    assert len(await world.outbox(OutboxKind.TASK_REMINDERS)) == 1
    after = await task_of(world, before.id)
    assert (after.reminder_stage, after.reminded_on) == (before.reminder_stage, before.reminded_on)


async def test_a_task_made_after_the_day_digest_waits_for_the_next_working_day(world):
    await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    await run(world, local(2027, 9, 13, 11, 0))
    today = await task_for(world, "daniel", date(2027, 9, 13), created=local(2027, 9, 13, 11, 0))
    await run(world, local(2027, 9, 15, 0, 0))
    seen = await digests(world)
    assert seen == [("daniel", "2027-09-13", ["before"], []),
                    ("daniel", "2027-09-14", ["due"], [])]
    assert (await task_of(world, today)).reminded_on == date(2027, 9, 14)


async def test_outside_working_hours_and_on_a_saturday_nothing_is_written(world):
    await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    for moment in (local(2027, 9, 13, 8, 59), local(2027, 9, 13, 16, 0),
                   local(2027, 9, 18, 10, 0)):
        world.clock.set(moment)
        assert await tick(world) == []
    assert not await world.outbox(OutboxKind.TASK_REMINDERS)


async def test_an_escalation_joins_the_secretarys_digest_written_by_another_batch_that_tick(
        world):
    late = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    await task_for(world, "rie", date(2027, 10, 6), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 10, 6, 9, 0))
    async with world.uow() as uow:  # one task a batch: the escalation comes first
        await chase_tasks(uow, world.clock.now(), batch=1)
        await uow.commit()
    assert await digests(world) == [("rie", "2027-10-06", ["due"], [late])]
    assert (await task_of(world, late)).escalated_at == local(2027, 10, 6, 9, 0)
