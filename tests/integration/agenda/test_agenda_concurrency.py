"""At the same moment on PostgreSQL (where replicas share the work): two managers clicking
accept or plan, and two replicas ticking, still change and send things once."""

import asyncio

from meetings.common.refusal import DUPLICATE_MEETING, Refusal
from meetings.planning.entities import Meeting
from tests.support.agenda_world import local, propose, review

MEETING = local(2027, 9, 24, 10, 0)


async def test_two_managers_accepting_at_once_change_the_item_once(shared_world):
    world = shared_world
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    outcomes = await asyncio.gather(world.act("lisbet", review(item.id, "accept")),
                                    world.act("rie", review(item.id, "accept")))
    assert sorted(o.changed for o in outcomes) == [False, True]
    assert (await world.item(item.id)).position == 1


async def test_two_replicas_ticking_at_once_queue_each_message_once(shared_world):
    world = shared_world
    await world.plan(MEETING)
    world.clock.set(local(2027, 9, 13, 9, 0))  # late: the call now, the nudges a day later
    await asyncio.gather(world.tick(), world.tick())
    world.clock.set(local(2027, 9, 14, 9, 0))
    await asyncio.gather(world.tick(), world.tick())
    assert len(await world.outbox("agenda_call")) == 1
    assert len(await world.outbox("agenda_nudge")) == 6


async def test_two_managers_planning_the_same_meeting_at_once_make_one_meeting(shared_world):
    world = shared_world
    outcomes = await asyncio.gather(world.plan(MEETING), world.plan(MEETING),
                                    return_exceptions=True)
    refusals = [o for o in outcomes if isinstance(o, Refusal)]
    assert [r.code for r in refusals] == [DUPLICATE_MEETING]
    assert len(await world.table(Meeting)) == 1
