"""Moving a meeting on the fake unit of work: what the draft says is what the meeting becomes,
and a draft that is the meeting as it is changes nothing."""

from dataclasses import replace

import pytest

from meetings.common.entities import OutboxMessage
from meetings.planning.planning import draft_of, move_meeting
from tests.fakes import FakeClock, FakeUnitOfWork
from tests.integration.meetings.steps import LISBET, as_member, local, plan, setup_group


@pytest.fixture
def uow_factory() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(2027, 1, 10, 9, 0))


async def move_to(uow_factory, clock, group, meeting_id, change):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await uow.meetings.get(meeting_id)
        moved = await move_meeting(uow, g, await as_member(uow, g, LISBET), meeting_id,
                                   change(draft_of(meeting)), clock.now())
        await uow.commit()
        return moved


async def test_an_empty_theme_takes_the_theme_off_the_meeting(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    planned = await plan(uow_factory, group, local(2027, 2, 12, 10, 0))
    themed = await move_to(uow_factory, clock, group, planned.id,
                           lambda d: replace(d, theme="Psykiatrien"))
    assert (themed.theme, themed.sequence) == ("Psykiatrien", 1)
    moved = await move_to(uow_factory, clock, group, planned.id, lambda d: replace(d, theme=None))
    assert (moved.theme, moved.sequence) == (None, 2)


async def test_a_move_to_the_meeting_as_it_is_changes_nothing_and_announces_nothing(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    planned = await plan(uow_factory, group, local(2027, 2, 12, 10, 0))
    await move_to(uow_factory, clock, group, planned.id, lambda d: replace(d, theme="Psykiatrien"))
    queued = len(uow_factory.db[OutboxMessage].where())
    moved = await move_to(uow_factory, clock, group, planned.id, lambda d: d)
    assert (moved.theme, moved.sequence) == ("Psykiatrien", 1)
    assert len(uow_factory.db[OutboxMessage].where()) == queued
