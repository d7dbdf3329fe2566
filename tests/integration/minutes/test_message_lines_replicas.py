"""A message edited into a minutes line, delivered to two replicas at once (Teams' retry of an
edit it got no answer for in time): the minutes are held before the check for the message's
lines, so the second waits for the first and finds what it noted, on PostgreSQL."""

import asyncio

from meetings.minutes.capture import parse_captures
from meetings.minutes.message_lines import NOT_OURS, capture_message, edit_message, noted_meanwhile
from tests.support.minutes_steps import (
    entries,
    meeting_with_agenda,
    minutes_row,
    opening,
)

DECISION = "Netværket besluttede at styrke plejefamilieordningen"
LINE = "#punkt 4\n#beslutning " + DECISION


async def test_an_edit_noted_by_one_replica_is_found_by_the_other_waiting_for_it(shared_world):
    world = shared_world
    held = await meeting_with_agenda(world)
    await world.act("rie", opening(held.meeting_id))
    first, second = world.uow(), world.uow()
    async with first as one, second as other:
        group = await one.groups.get(world.group_id)
        rie = await one.members.get(world.ids["rie"])
        group_there = await other.groups.get(world.group_id)
        rie_there = await other.members.get(world.ids["rie"])
        now = world.clock.now()
        for uow, g, a in ((one, group, rie), (other, group_there, rie_there)):
            assert (await edit_message(uow, g, a, "m1", parse_captures(LINE), now)).status \
                == NOT_OURS
        assert not await noted_meanwhile(one, group, "m1", now)
        waiting = asyncio.create_task(noted_meanwhile(other, group_there, "m1", now))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # held by the first replica until it commits
        await capture_message(one, group, rie, parse_captures(LINE), now, message_id="m1")
        await one.commit()
        assert await waiting
    stored = (await entries(world, (await minutes_row(world, held.meeting_id)).id))[4]
    assert stored.decision == DECISION
