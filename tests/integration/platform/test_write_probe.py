"""The write probe of /healthz on SQLite: a lock held by another writer is a problem only once
the probes have found it held for longer than a turn waits for it."""

import asyncio
import sqlite3

import pytest

from storage.database import WriteProbe, create_engine
from storage.migrate import upgrade

HELD_TOO_LONG_S = 0.3  # stands in for a turn's wait, BUSY_TIMEOUT_MS


@pytest.fixture
def sqlite_file(tmp_path) -> str:
    path = tmp_path / "probe.db"
    upgrade(f"sqlite:///{path}")
    return str(path)


@pytest.fixture
async def probe_and_writer(sqlite_file):
    engine = create_engine(f"sqlite:///{sqlite_file}")
    writer = sqlite3.connect(sqlite_file, isolation_level=None)
    yield WriteProbe(engine, held_too_long_s=HELD_TOO_LONG_S), writer
    writer.close()
    await engine.dispose()


async def test_a_lock_held_at_every_probe_for_longer_than_a_turn_waits_is_the_problem(
        probe_and_writer):
    probe, writer = probe_and_writer
    writer.execute("BEGIN IMMEDIATE")
    assert await probe.problem() is None  # a write in progress
    await asyncio.sleep(HELD_TOO_LONG_S)
    assert await probe.problem() == "database is locked"
    writer.execute("ROLLBACK")
    assert await probe.problem() is None


async def test_a_probe_that_got_the_lock_starts_the_count_again(probe_and_writer):
    probe, writer = probe_and_writer
    writer.execute("BEGIN IMMEDIATE")
    assert await probe.problem() is None
    await asyncio.sleep(HELD_TOO_LONG_S)
    writer.execute("ROLLBACK")
    assert await probe.problem() is None  # free: the writer before let go
    writer.execute("BEGIN IMMEDIATE")
    assert await probe.problem() is None  # another write, just begun
    writer.execute("ROLLBACK")

