"""The chase tick as a scheduler job and beside another replica: what it writes is committed,
a database that is away is survived, and two replicas at once write each digest once."""


import asyncio
import contextlib
import logging
from datetime import date

from bot.outbox.ticks import CHASE
from meetings.common.outbox_kind import OutboxKind
from meetings.tasks.chase_run import chase_tasks
from storage.errors import StorageError
from tests.integration.tasks.chase_steps import (
    days_of,
    digests,
    task_for,
    tick,
)
from tests.support.agenda_world import local
from tests.support.task_steps import task_of


async def test_the_scheduler_job_commits_what_the_chase_wrote(world):
    await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    world.clock.set(local(2027, 9, 13, 9, 0))
    assert await CHASE.run(world.uow, world.clock) == [
        "task-reminders:aad-daniel:2027-09-13"]
    assert len(await world.outbox(OutboxKind.TASK_REMINDERS)) == 1


async def test_the_scheduler_job_survives_a_database_that_is_away(world, caplog):
    @contextlib.asynccontextmanager
    async def broken():
        raise StorageError("database is locked")
        yield

    with caplog.at_level(logging.WARNING):
        assert await CHASE.run(broken, world.clock) == []
    assert "chase tick: database unavailable" in caplog.text


async def test_two_replicas_ticking_at_once_write_each_digest_once(shared_world):
    world = shared_world
    people = ("daniel", "christel", "steen")
    tasks = [await task_for(world, who, date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
             for who in people]
    world.clock.set(local(2027, 9, 13, 9, 0))
    first, second = await asyncio.gather(tick(world), tick(world))
    assert len(first) + len(second) == 3
    seen = await digests(world)
    assert [days_of(seen, who) for who in people] == [["2027-09-13"]] * 3
    assert [(await task_of(world, task_id)).reminder_stage for task_id in tasks] == [1, 1, 1]


class HeldCommit:
    """A unit of work whose commit waits until the test lets it: a replica caught between
    writing its batch and committing it (the tick commits each batch itself)."""

    def __init__(self, uow) -> None:
        self._uow, self.release = uow, asyncio.Event()

    def __getattr__(self, name: str):
        return getattr(self._uow, name)

    async def commit(self) -> None:
        await self.release.wait()
        await self._uow.commit()


async def test_a_replica_that_loses_the_insert_race_records_nothing(shared_world):
    world = shared_world
    task_id = await task_for(world, "daniel", date(2027, 9, 15), created=local(2027, 9, 1, 11, 0))
    now = local(2027, 9, 13, 9, 0)
    async with world.uow() as first, world.uow() as two:
        one = HeldCommit(first)
        winning = asyncio.create_task(chase_tasks(one, now))
        await asyncio.sleep(0.5)  # its digest is written, its commit held
        racing = asyncio.create_task(chase_tasks(two, now))
        finished, _ = await asyncio.wait({racing}, timeout=1.0)
        assert not finished  # its insert waits on the first one's key
        one.release.set()
        assert len(await winning) == 1
        assert await racing == []
        await two.commit()
    assert len(await world.outbox(OutboxKind.TASK_REMINDERS)) == 1
    task = await task_of(world, task_id)
    assert (task.reminder_stage, task.reminded_on) == (1, date(2027, 9, 13))
