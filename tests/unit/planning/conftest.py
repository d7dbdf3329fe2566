"""The fake unit of work and a clock on 10 January 2027, for the planning tests on the fake."""

import pytest

from tests.fakes import FakeClock, FakeUnitOfWork, local


@pytest.fixture
def uow_factory() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(2027, 1, 10, 9, 0))
