"""The meeting use cases on real databases (SQLite and PostgreSQL) with a fake clock; every
next meeting is also read the quick way and compared (`the_next`)."""

from datetime import datetime, timedelta

import pytest

from meetings.common.refusal import Refusal
from meetings.planning.planning import cancel_meeting, move_meeting
from meetings.planning.schedule import local_day_bounds
from meetings.planning.vocabulary import MeetingStatus
from tests.fakes import CPH, local
from tests.integration.meetings.steps import the_next, the_skipped
from tests.support.meeting_group import LISBET, RIE, as_member, chat, draft, plan, setup_group


async def test_the_next_meeting_is_the_soonest_planned_one_not_yet_ended(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    later = await plan(uow_factory, group, local(2027, 6, 4, 10, 0))
    sooner = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))

    assert (await the_next(uow_factory, reads, group, clock.now())).id == sooner.id
    # Under way it is still the next meeting: people ask where it is while walking in.
    assert (await the_next(uow_factory, reads, group, local(2027, 2, 5, 12, 59))).id == sooner.id
    assert (await the_next(uow_factory, reads, group, local(2027, 2, 5, 13, 0))).id == later.id
    assert await the_next(uow_factory, reads, group, local(2027, 6, 4, 13, 0)) is None


async def test_a_cancelled_meeting_is_no_longer_next(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    assert (await the_next(uow_factory, reads, group, clock.now())).id == second.id


async def test_the_cancelled_meeting_before_the_next_is_said_until_it_would_have_ended(
        uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    third = await plan(uow_factory, group, local(2027, 4, 2, 10, 0))
    assert await the_skipped(uow_factory, reads, group, clock.now()) is None
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        lisbet = await as_member(uow, g, LISBET)
        await cancel_meeting(uow, g, lisbet, first.id, clock.now())
        await cancel_meeting(uow, g, lisbet, third.id, clock.now())  # after the next: not said
        await uow.commit()
    assert await the_skipped(uow_factory, reads, group, clock.now()) == first.starts_at
    under_way, over = local(2027, 2, 5, 12, 59), local(2027, 2, 5, 13, 0)
    assert await the_skipped(uow_factory, reads, group, under_way) == first.starts_at
    assert await the_skipped(uow_factory, reads, group, over) is None
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), second.id, clock.now())
        await uow.commit()
    # None planned any more: the first cancelled one that has not ended is said.
    assert await the_next(uow_factory, reads, group, clock.now()) is None
    assert await the_skipped(uow_factory, reads, group, clock.now()) == first.starts_at
    assert await the_skipped(uow_factory, reads, group, local(2027, 3, 1, 9, 0)) == second.starts_at


@pytest.mark.parametrize("start, utc_hour", [
    (local(2027, 3, 26, 10, 0), 9),   # Friday before the spring change: CET, UTC+1
    (local(2027, 3, 29, 10, 0), 8),   # Monday after it: CEST, UTC+2
    (local(2027, 10, 29, 10, 0), 8),  # Friday before the autumn change: still CEST
    (local(2027, 11, 1, 10, 0), 9),   # Monday after it: CET again
])
async def test_meetings_keep_their_local_time_across_summer_time(uow_factory, clock, reads, start,
                                                                 utc_hour):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, start)
    meeting = await the_next(uow_factory, reads, group, clock.now())
    assert meeting.starts_at.tzinfo is not None
    assert meeting.starts_at.hour == utc_hour
    assert meeting.starts_at.astimezone(CPH).hour == 10


async def test_next_meeting_across_the_night_the_clocks_go_forward(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    early = await plan(uow_factory, group, local(2027, 3, 28, 1, 0), hours=1)
    late = await plan(uow_factory, group, local(2027, 3, 28, 3, 30), hours=1)
    # 01:59:59 CET is followed by 03:00 CEST: one real second later the first has ended.
    assert (await the_next(uow_factory, reads, group, local(2027, 3, 28, 1, 59))).id == early.id
    assert (await the_next(uow_factory, reads, group, local(2027, 3, 28, 3, 0))).id == late.id


def test_a_local_day_is_23_or_25_hours_long_on_the_change_days():
    start, end = local_day_bounds(datetime(2027, 3, 28).date(), CPH)
    assert end - start == timedelta(hours=23)
    start, end = local_day_bounds(datetime(2027, 10, 31).date(), CPH)
    assert end - start == timedelta(hours=25)


async def test_meetings_of_another_group_are_not_theirs(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    other = await setup_group(uow_factory, clock, chat("19:other@thread.v2", name="Styregruppen"))
    ours = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    assert await the_next(uow_factory, reads, other, clock.now()) is None
    async with uow_factory() as uow:
        g = await uow.groups.get(other.id)
        with pytest.raises(Refusal) as refused:
            await cancel_meeting(uow, g, await as_member(uow, g, LISBET), ours.id, clock.now())
    assert refused.value.code == "meeting_not_found"


async def test_only_chair_and_secretary_plan_move_and_cancel(uow_factory, clock, reads, caplog):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 3, 5, 10, 0), person=RIE)
    assert refused.value.code == "not_allowed"
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        rie = await as_member(uow, g, RIE)
        with pytest.raises(Refusal):
            await move_meeting(uow, g, rie, meeting.id, draft(local(2027, 2, 6, 10, 0)),
                               clock.now())
        with pytest.raises(Refusal):
            await cancel_meeting(uow, g, rie, meeting.id, clock.now())
    assert (await the_next(uow_factory, reads, group, clock.now())).status == MeetingStatus.PLANNED
    assert "refused: not chair or secretary" in caplog.text


# Written once, for the fake unit of work; run here again on SQLite and PostgreSQL through
# this folder's `world` fixture.
from tests.unit.planning.test_planning_on_the_fake import (  # noqa: E402, F401
    test_a_meeting_is_found_by_its_danish_or_english_date,
    test_an_address_from_a_foreign_host_or_tenant_is_not_stored,
    test_the_installer_leads_only_a_group_without_leaders,
    test_the_same_meeting_planned_twice_is_refused,
    test_the_service_url_follows_the_newest_activity,
)
