"""A task keeps when the chase tick next looks at it (`chase_due_at`), moved in the transaction
of every change that moves it; the tick reads only the tasks that are due, in batches, and a
tick stopped between batches loses nothing and repeats nothing."""

from datetime import UTC, date, datetime, timedelta

import pytest

from meetings.common.outbox_kind import OutboxKind
from meetings.planning.planning import cancel_meeting
from meetings.tasks.chase_run import chase_tasks
from meetings.tasks.chase_settings import change_chase_settings
from meetings.tasks.tasks import set_away
from storage.errors import StorageError
from tests.integration.outbox.due_data import FailingCommit
from tests.integration.tasks.test_chase import task_for
from tests.support.agenda_world import World, local
from tests.support.task_steps import block, cancel, done, due, reassign, reopen, task_of

CREATED = local(2027, 3, 1, 11, 0)
DUE = date(2027, 9, 15)  # a Wednesday
BEFORE = datetime(2027, 9, 13, 7, 0, tzinfo=UTC)  # Monday, two working days before, 09.00 CEST


async def due_at(world: World, task_id: int) -> datetime | None:
    return (await task_of(world, task_id)).chase_due_at


async def daniels(world: World, due_on: date = DUE) -> int:
    return await task_for(world, "daniel", due_on, created=CREATED)


@pytest.mark.parametrize("due_on, expected", [
    (DUE, BEFORE),  # summer time: 09.00 is 07.00 UTC
    (date(2027, 12, 15), datetime(2027, 12, 13, 8, 0, tzinfo=UTC)),  # winter time
    # Due the Tuesday after Easter 2027: two working days before skips Easter Monday, Good
    # Friday and Maundy Thursday.
    (date(2027, 3, 30), datetime(2027, 3, 23, 8, 0, tzinfo=UTC)),
])
async def test_a_new_task_is_due_at_the_start_of_its_first_reminder_day(world, due_on, expected):
    task_id = await daniels(world, due_on)
    assert await due_at(world, task_id) == expected


async def test_a_new_due_date_moves_the_due_moment(world):
    task_id = await daniels(world)
    await world.act("daniel", due(task_id, date(2027, 10, 15)))
    assert await due_at(world, task_id) == datetime(2027, 10, 13, 7, 0, tzinfo=UTC)


async def test_a_task_done_or_cancelled_is_not_due_and_reopened_is_due_again(world):
    first, second = await daniels(world), await daniels(world, date(2027, 9, 16))
    await world.act("daniel", done(first))
    await world.act("rie", cancel(second))
    assert [await due_at(world, t) for t in (first, second)] == [None, None]
    await world.act("daniel", reopen(first))
    assert await due_at(world, first) == BEFORE


async def test_a_reminder_moves_the_due_moment_to_the_next_stage_and_reassigning_restarts(world):
    task_id = await daniels(world)
    world.clock.set(BEFORE)
    async with world.uow() as uow:
        assert len(await chase_tasks(uow, world.clock.now())) == 1
    assert await due_at(world, task_id) == datetime(2027, 9, 15, 7, 0, tzinfo=UTC)
    await world.act("rie", reassign(task_id, owner_id=world.ids["steen"]))
    assert await due_at(world, task_id) == BEFORE  # the new owner hears from the first stage


async def test_an_owner_away_is_due_after_coming_back_and_back_early_at_once(world):
    task_id = await daniels(world)
    await world.act("daniel", lambda uow, g, a, now: set_away(uow, a, date(2027, 9, 14), now))
    assert await due_at(world, task_id) == datetime(2027, 9, 15, 7, 0, tzinfo=UTC)
    await world.act("daniel", lambda uow, g, a, now: set_away(uow, a, None, now))
    assert await due_at(world, task_id) == BEFORE


async def test_working_hours_and_reminder_days_move_the_groups_due_moments(world):
    task_id = await daniels(world)
    await world.act("rie", lambda uow, g, a, now: change_chase_settings(
        uow, g, a, now, work_start="08:00", remind_days_before_due=3))
    assert await due_at(world, task_id) == datetime(2027, 9, 10, 6, 0, tzinfo=UTC)


async def test_a_blocked_task_is_due_only_for_the_meeting_reminder_which_moves_with_it(world):
    task_id = await daniels(world)
    await world.act("daniel", block(task_id, "Venter på KL"))
    assert await due_at(world, task_id) is None
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    # Five working days before Friday 24 September.
    assert await due_at(world, task_id) == datetime(2027, 9, 17, 7, 0, tzinfo=UTC)
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, meeting.id, now))
    assert await due_at(world, task_id) is None


async def test_outside_working_hours_a_due_task_waits_for_the_next_working_morning(world):
    task_id = await daniels(world)
    world.clock.set(datetime(2027, 9, 13, 5, 0, tzinfo=UTC))  # 07.00 local
    await world.act("rie", lambda uow, g, a, now: change_chase_settings(
        uow, g, a, now, remind_days_before_due=4))  # due Thursday 9 September: passed
    async with world.uow() as uow:
        assert await chase_tasks(uow, world.clock.now()) == []
    assert await due_at(world, task_id) == BEFORE


async def test_a_tick_stopped_between_batches_loses_nothing_and_repeats_nothing(world):
    people = ("daniel", "christel", "steen")
    tasks = [await task_for(world, who, DUE, created=CREATED) for who in people]
    world.clock.set(BEFORE)
    async with world.uow() as uow:
        with pytest.raises(StorageError):
            await chase_tasks(FailingCommit(uow, fail_at=2), world.clock.now(), batch=1)
    assert len(await world.outbox(OutboxKind.TASK_REMINDERS)) == 1  # the first batch's
    async with world.uow() as uow:
        assert len(await chase_tasks(uow, world.clock.now(), batch=1)) == 2
    rows = await world.outbox(OutboxKind.TASK_REMINDERS)
    assert sorted(row.member_id for row in rows) == sorted(world.ids[who] for who in people)
    assert [(await task_of(world, t)).reminder_stage for t in tasks] == [1, 1, 1]
    async with world.uow() as uow:
        assert await chase_tasks(uow, world.clock.now() + timedelta(hours=1), batch=1) == []
