"""Delivery by real worker processes (`python app.py worker`) against a fake Bot Connector:
a worker killed with SIGKILL mid fan-out, and three workers sharing one PostgreSQL, also
ticking the agenda cycle over the meetings that are due."""

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from storage.database import create_engine
from tests.fanout_data import seed, statuses
from tests.integration.outbox.due_data import deadline_at_the_next_working_start, seed_groups

ROOT = Path(__file__).resolve().parents[3]
BATCH = 100


async def start_worker(url: str, *, lease: float = 60.0,
                       cycle: float = 60.0) -> asyncio.subprocess.Process:
    env = {**os.environ, "DATABASE_URL": url, "DELIVERY_TICK_SECONDS": "0.05",
           "CYCLE_TICK_SECONDS": str(cycle),
           "DELIVERY_BATCH": str(BATCH), "DELIVERY_LEASE_SECONDS": str(lease),
           "RATE_LIMIT_PER_SECOND": "0", "LOG_LEVEL": "ERROR"}
    return await asyncio.create_subprocess_exec(sys.executable, str(ROOT / "app.py"), "worker",
                                                env=env, cwd=ROOT)


async def wait_until(condition, timeout: float) -> None:
    """Poll a condition of the outside world (another process), never longer than `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"not reached within {timeout} s")
        await asyncio.sleep(0.05)


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()


@pytest.fixture
async def connector(aiohttp_server):
    from tests.fake_connector import FakeConnector

    fake = FakeConnector(latency=0.002)
    server = await aiohttp_server(fake.app())
    fake.url = str(server.make_url("/"))
    return fake


async def test_a_worker_killed_mid_fan_out_loses_nothing_and_repeats_at_most_a_batch(
    migrated_url, connector,
):
    total = 2000
    await seed(migrated_url, connector.url, total)
    worker = await start_worker(migrated_url, lease=2.0)
    try:
        await wait_until(lambda: _at_least(connector, 600), timeout=120)
        worker.kill()  # SIGKILL: no cleanup, leases left behind
        await worker.wait()
        delivered_before_kill = sum(connector.deliveries.values())
        assert delivered_before_kill < total
        worker = await start_worker(migrated_url, lease=2.0)
        await wait_until(lambda: _all_sent(migrated_url, total), timeout=180)
    finally:
        await stop(worker)
    assert set(connector.deliveries) == {f"k{n}" for n in range(total)}  # none lost
    duplicates = sum(connector.deliveries.values()) - total
    assert 0 <= duplicates <= BATCH


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_three_workers_on_one_postgresql_deliver_every_message_exactly_once(
    migrated_url, connector,
):
    total = 1500
    await seed(migrated_url, connector.url, total)
    workers = [await start_worker(migrated_url) for _ in range(3)]
    try:
        await wait_until(lambda: _all_sent(migrated_url, total), timeout=180)
    finally:
        for worker in workers:
            await stop(worker)
    assert len(connector.deliveries) == total
    assert set(connector.deliveries.values()) == {1}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_three_workers_ticking_on_one_postgresql_send_each_due_call_once(
    migrated_url, connector,
):
    groups, now = 60, datetime.now(UTC)
    engine = create_engine(migrated_url)
    # Each group's first meeting is 15 days ahead: its call (21 days before) is due, late,
    # and nothing else is; the due moments come from the backfill. Its deadline is the next
    # working start, so the call goes at once at any hour of the week.
    first = now + timedelta(days=15)
    await seed_groups(engine, groups, now, first_meeting=first,
                      task_due_on=date.today() + timedelta(days=90), service_url=connector.url,
                      settings=deadline_at_the_next_working_start(now, first))
    workers = [await start_worker(migrated_url, cycle=0.1) for _ in range(3)]
    try:
        await wait_until(lambda: _calls_sent(engine, groups), timeout=180)
        await asyncio.sleep(1.0)  # more ticks of every worker: nothing more may go out
    finally:
        for worker in workers:
            await stop(worker)
        await engine.dispose()
    sent = Counter(activity["_conversation"] for activity in connector.sent)
    assert len(sent) == groups
    assert set(sent.values()) == {1}


async def _calls_sent(engine, count: int) -> bool:
    async with engine.connect() as connection:
        sent = (await connection.execute(select(func.count()).where(
            OutboxMessage.kind == "agenda_call", OutboxMessage.status == OutboxStatus.SENT))
        ).scalar_one()
    return sent >= count


async def _at_least(connector, count: int) -> bool:
    return sum(connector.deliveries.values()) >= count


async def _all_sent(url: str, total: int) -> bool:
    return (await statuses(url)).get(OutboxStatus.SENT, 0) == total
