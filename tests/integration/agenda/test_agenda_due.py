"""A meeting keeps when the agenda tick next has work for it (`cycle_due_at`), moved in the
transaction of every change that moves it: the tick reads only the meetings that are due."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from meetings.agenda.configuration import change_settings
from meetings.agenda.cycle import advance_agenda_cycles
from meetings.due_moments import meeting_due, task_due
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import cancel_meeting, move_meeting
from storage.due_backfill import backfill_database
from storage.errors import StorageError
from tests.integration.outbox.due_data import FailingCommit
from tests.support.agenda_world import local, propose, review

MEETING = local(2027, 9, 24, 10, 0)  # a Friday
CALL = local(2027, 9, 3, 9, 0)  # 21 days before, 09.00 local
NUDGE = local(2027, 9, 10, 9, 0)
PUBLISH = local(2027, 9, 17, 9, 0)
REMIND = local(2027, 9, 23, 9, 0)


def moving(meeting_id: int, start: datetime):
    draft = MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3),
                         place="Hækkerupsvej 1, Ringsted", online=False)
    return lambda uow, g, a, now: move_meeting(uow, g, a, meeting_id, draft, now)


async def due(world, meeting) -> datetime | None:
    return (await world.meeting(meeting.id)).cycle_due_at


async def test_planning_a_meeting_makes_its_call_the_next_due_moment(world):
    meeting = await world.plan(MEETING)
    assert await due(world, meeting) == CALL


@pytest.mark.parametrize("start, call_at", [
    (MEETING, datetime(2027, 9, 3, 7, 0, tzinfo=UTC)),  # 09.00 summer time
    # 21 days before is Easter Monday 2027: back over Easter to Wednesday, still winter time.
    (local(2027, 4, 19, 10, 0), datetime(2027, 3, 24, 8, 0, tzinfo=UTC)),
    # The Monday right after the change to summer time; its call is in winter time.
    (local(2028, 3, 27, 10, 0), datetime(2028, 3, 6, 8, 0, tzinfo=UTC)),
])
async def test_the_due_moment_follows_holidays_and_summer_time(world, start, call_at):
    world.clock.set(start - timedelta(days=60))
    meeting = await world.plan(start)
    assert await due(world, meeting) == call_at


async def test_each_step_done_makes_the_next_one_due_and_the_last_clears_it(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    await world.act("lisbet", review(item.id, "accept"))
    expected = [(CALL, NUDGE), (NUDGE, PUBLISH), (PUBLISH, REMIND), (REMIND, None)]
    for now, after in expected:
        world.clock.set(now)
        assert await world.tick() != []
        assert await due(world, meeting) == after


async def test_moving_a_meeting_moves_its_due_moment(world):
    meeting = await world.plan(MEETING)
    later = MEETING + timedelta(days=14)
    await world.act("rie", moving(meeting.id, later))
    assert await due(world, meeting) == CALL + timedelta(days=14)


async def test_cancelling_a_meeting_clears_its_due_moment(world):
    meeting = await world.plan(MEETING)
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, meeting.id, now))
    assert await due(world, meeting) is None


async def test_changing_the_groups_call_days_moves_its_meetings_due_moments(world):
    meeting = await world.plan(MEETING)
    await world.act("lisbet", lambda uow, g, a, now: change_settings(uow, g, a, now,
                                                                      call_days=28))
    assert await due(world, meeting) == CALL - timedelta(days=7)


async def test_an_agenda_waiting_for_an_item_is_due_when_an_item_is_accepted(world):
    meeting = await world.plan(MEETING)
    for now in (CALL, NUDGE, PUBLISH):
        world.clock.set(now)
        await world.tick()
    # No accepted item: the agenda waits; the reminder is the next thing due.
    assert (await world.meeting(meeting.id)).agenda_published_at is None
    assert await due(world, meeting) == REMIND
    world.clock.set(PUBLISH + timedelta(hours=2))
    item = await world.act("rie", propose(meeting.id, "Skoledagbehandling"))
    await world.act("rie", review(item.id, "accept"))
    assert await due(world, meeting) == PUBLISH
    assert await world.tick() != []
    assert (await world.meeting(meeting.id)).agenda_published_at == world.clock.now()


async def test_a_tick_with_nothing_due_reads_no_meeting(world):
    await world.plan(MEETING)
    world.clock.set(CALL - timedelta(minutes=1))
    async with world.uow() as uow:
        assert await uow.cycle.due(world.clock.now(), 200) == []
        assert await advance_agenda_cycles(uow, world.clock.now()) == []


async def test_a_tick_stopped_between_batches_loses_nothing_and_repeats_nothing(world):
    meetings = [await world.plan(start) for start in (
        MEETING, local(2027, 9, 27, 10, 0), local(2027, 9, 28, 10, 0))]
    world.clock.set(local(2027, 9, 7, 9, 0))  # every call is due
    async with world.uow() as uow:
        with pytest.raises(StorageError):
            await advance_agenda_cycles(FailingCommit(uow, fail_at=2), world.clock.now(),
                                        batch=1)
    assert len(await world.outbox("agenda_call")) == 1  # the first batch's
    async with world.uow() as uow:
        assert len(await advance_agenda_cycles(uow, world.clock.now(), batch=1)) == 2
    calls = await world.outbox("agenda_call")
    assert sorted(call.meeting_id for call in calls) == [m.id for m in meetings]
    assert await world.tick() == []


async def test_the_backfill_writes_each_step_and_makes_a_meeting_a_deferred_item_awaits_due(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "Socialtilsyn Øst"))
    await world.act("lisbet", review(item.id, "defer"))  # no later meeting yet: it waits
    later = await world.plan(local(2027, 11, 26, 10, 0))
    async with world.uow() as uow:  # as rows loaded in bulk would be: no due moments
        await uow.session.execute(update(Meeting).values(cycle_due_at=None))
        await uow.commit()
        engine = uow.session.bind
    await backfill_database(engine, world.clock.now(), meeting_due, task_due)
    assert await due(world, meeting) == CALL
    assert await due(world, later) == world.clock.now()
    assert await world.tick() == [f"carried:{item.id}:{later.id}"]
    assert await due(world, later) == local(2027, 11, 5, 9, 0)  # its call, 21 days before
