"""At the same moment on PostgreSQL (where replicas share the work): two managers clicking
accept, and two replicas ticking, still change and send things once."""

import asyncio
import uuid

import pytest

from storage.database import create_engine
from storage.migrate import upgrade
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import FakeClock
from tests.integration.agenda_world import World, local, propose, review

MEETING = local(2027, 9, 24, 10, 0)


@pytest.fixture
def postgres_url(postgres) -> str:
    name = "t_" + uuid.uuid4().hex[:16]
    postgres.psql(f"CREATE DATABASE {name}")
    upgrade(postgres.url(name))
    return postgres.url(name)


@pytest.fixture
async def shared_world(postgres_url):
    engine = create_engine(postgres_url)
    yield await World(unit_of_work_factory(engine), FakeClock(local(2027, 6, 1, 9, 0))).build()
    await engine.dispose()


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
