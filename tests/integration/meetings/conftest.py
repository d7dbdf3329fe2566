"""Fixtures of the meeting tests: the app's engine on SQLite and on PostgreSQL, its units of
work and quick reads, and a clock in January 2027."""

import pytest

from storage.repositories.quick_reads import QuickReads
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import FakeClock, local


@pytest.fixture
def uow_factory(engine):
    return unit_of_work_factory(engine)


@pytest.fixture
async def reads(engine):
    reads = QuickReads(engine)
    yield reads
    await reads.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(2027, 1, 10, 9, 0))
