"""Delivery by real worker processes (`python app.py worker`) against a fake Bot Connector:
a worker killed with SIGKILL mid fan-out, and three workers sharing one PostgreSQL."""

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from storage.models.groups import OutboxStatus
from tests.fanout_data import seed, statuses

ROOT = Path(__file__).resolve().parents[2]
BATCH = 100


async def start_worker(url: str, *, lease: float = 60.0) -> asyncio.subprocess.Process:
    env = {**os.environ, "DATABASE_URL": url, "DELIVERY_TICK_SECONDS": "0.05",
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


async def _at_least(connector, count: int) -> bool:
    return sum(connector.deliveries.values()) >= count


async def _all_sent(url: str, total: int) -> bool:
    return (await statuses(url)).get(OutboxStatus.SENT, 0) == total
