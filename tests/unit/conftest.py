"""Fixtures of the unit tests: the seed minutes' network group on the fake unit of work."""

import pytest

from tests.support.fake_world import FakeWorld, fake_world


@pytest.fixture
async def world() -> FakeWorld:
    return await fake_world()
