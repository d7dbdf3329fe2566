"""The delivery worker when its database fails under it: a locked SQLite file delays delivery
without blocking the event loop, and a restarted PostgreSQL loses nothing."""

import asyncio
import sqlite3
import threading

import pytest

from meetings.common.vocabulary import OutboxStatus


class Heartbeat:
    """Counts how often the event loop gets to run a 10 ms timer: a blocked loop stops it."""

    def __init__(self) -> None:
        self.beats = 0
        self._task = None

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(0.01)
            self.beats += 1

    def __enter__(self) -> "Heartbeat":
        self._task = asyncio.get_running_loop().create_task(self._beat())
        return self

    def __exit__(self, *exc) -> None:
        self._task.cancel()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_locked_sqlite_database_delays_delivery_without_blocking_the_loop(setup):
    await setup.enqueue("k")
    database = setup.url.removeprefix("sqlite:///")
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        connection = sqlite3.connect(database)
        connection.execute("BEGIN EXCLUSIVE")
        locked.set()
        release.wait(5)
        connection.rollback()
        connection.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    locked.wait(5)
    asyncio.get_running_loop().call_later(1.0, release.set)
    with Heartbeat() as heartbeat:
        handled = await setup.worker().tick()
    holder.join()
    assert handled == 1 and setup.connector.deliveries["k"] == 1
    assert heartbeat.beats >= 50  # the loop kept running while SQLite waited for the lock


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_the_worker_recovers_when_postgresql_restarts(setup, postgres):
    await setup.enqueue("before")
    postgres.pause()
    try:
        assert await setup.worker().tick() == 0  # logged and left for the next tick
    finally:
        postgres.resume()
    assert (await setup.rows())["before"].status == OutboxStatus.PENDING
    await setup.enqueue("after")
    assert await setup.worker().drain() == 2
    assert setup.connector.deliveries == {"before": 1, "after": 1}
