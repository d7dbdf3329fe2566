"""Moving a meeting on the fake unit of work: what the draft says is what the meeting becomes,
a draft that is the meeting as it is changes nothing, and a group sits in one meeting at a
time."""

from dataclasses import replace

import pytest

from meetings.common.entities import OutboxMessage
from meetings.common.refusal import Refusal
from meetings.minutes.recording import open_minutes
from meetings.planning.planning import cancel_meeting, draft_of, move_meeting
from tests.fakes import local
from tests.support.meeting_group import LISBET, as_member, plan, setup_group


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


async def test_a_meeting_overlapping_another_is_refused_one_ending_as_it_begins_is_not(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 12, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 2, 12, 12, 0))
    assert (refused.value.code, dict(refused.value.details)) == ("duplicate_meeting", {
        "starts_at": first.starts_at.isoformat(), "ends_at": first.ends_at.isoformat()})
    with pytest.raises(Refusal):
        await plan(uow_factory, group, local(2027, 2, 12, 8, 0))  # 8-11 into 10-13
    after = await plan(uow_factory, group, local(2027, 2, 12, 13, 0))
    with pytest.raises(Refusal):
        await move_to(uow_factory, clock, group, after.id,
                      lambda d: replace(d, starts_at=local(2027, 2, 12, 12, 0)))


async def test_a_cancelled_meeting_is_not_in_the_way(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 12, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    again = await plan(uow_factory, group, local(2027, 2, 12, 11, 0))
    assert again.starts_at == local(2027, 2, 12, 11, 0)


async def test_a_meeting_whose_minutes_are_open_before_it_starts_keeps_its_day(uow_factory, clock):
    """The secretary sets up the minutes in the hour before the start: from then on the
    meeting is neither moved (its minutes would be another day's) nor cancelled."""
    group = await setup_group(uow_factory, clock)
    planned = await plan(uow_factory, group, local(2027, 2, 12, 10, 0))
    clock.set(local(2027, 2, 12, 9, 30))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await open_minutes(uow, g, await as_member(uow, g, LISBET), planned.id, clock.now())
        await uow.commit()
    with pytest.raises(Refusal) as moving:
        await move_to(uow_factory, clock, group, planned.id,
                      lambda d: replace(d, starts_at=local(2027, 2, 19, 10, 0),
                                        ends_at=local(2027, 2, 19, 13, 0)))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        with pytest.raises(Refusal) as cancelling:
            await cancel_meeting(uow, g, await as_member(uow, g, LISBET), planned.id,
                                 clock.now())
    assert [(r.value.code, r.value.details["state"]) for r in (moving, cancelling)] == [
        ("meeting_begun", "minutes")] * 2
    async with uow_factory() as uow:
        kept = await uow.meetings.get(planned.id)
    assert (kept.starts_at, kept.status) == (planned.starts_at, "planned")
