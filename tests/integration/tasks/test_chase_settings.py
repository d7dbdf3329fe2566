"""A group's chase settings on a real database: made with the defaults once however many turns
ask at once, changed by the secretary within bounds, refused to a member."""

import asyncio
from datetime import time

import pytest
from sqlalchemy import select

from meetings.common.refusal import Refusal
from meetings.tasks.chase_settings import change_chase_settings, settings_of
from meetings.tasks.entities import ChaseSettings
from tests.support.task_steps import (
    refused,
)


async def test_chase_settings_are_made_with_the_defaults_on_first_use(world):
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.due_days_before_meeting, settings.remind_days_before_due,
            settings.overdue_days, settings.escalate_days, settings.meeting_days_before) == (
        5, 2, [2, 5, 10], 15, 5)
    assert (settings.work_start, settings.work_end) == (time(9, 0), time(16, 0))
    again = await world.act("daniel", lambda uow, g, a, now: settings_of(uow, g))
    assert again.updated_at == settings.updated_at


async def test_two_turns_making_the_chase_settings_at_once_keep_one_row(world):
    read = [world.act(who, lambda uow, g, a, now: settings_of(uow, g))
            for who in ("steen", "daniel")]
    both = await asyncio.gather(*read)
    assert [s.overdue_days for s in both] == [[2, 5, 10]] * 2
    async with world.uow() as uow:
        rows = list(await uow.session.scalars(select(ChaseSettings)))
    assert [row.group_id for row in rows] == [world.group_id]


async def test_the_secretary_changes_the_chase_settings(world):
    changed = await world.act("rie", _changing(overdue_days=[1, 3], escalate_days=4,
                                               work_start="8.30", work_end=time(15, 0)))
    assert (changed.overdue_days, changed.escalate_days) == ([1, 3], 4)
    assert (changed.work_start, changed.work_end) == (time(8, 30), time(15, 0))
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.overdue_days, settings.updated_by) == ([1, 3], "aad-rie")


@pytest.mark.parametrize(("changes", "field"), [
    ({"work_start": "16:00"}, "work_hours"),
    ({"work_start": "10:00", "work_end": "9.00"}, "work_hours"),
    ({"work_end": "sen"}, "work_end"),
    ({"remind_days_before_due": -1}, "remind_days_before_due"),
    ({"due_days_before_meeting": -2}, "due_days_before_meeting"),
    ({"meeting_days_before": True}, "meeting_days_before"),
    ({"overdue_days": [5, 2, 10]}, "overdue_days"),
    ({"overdue_days": [2, 2]}, "overdue_days"),
    ({"overdue_days": [0, 2]}, "overdue_days"),
    ({"overdue_days": [2, 5, 15]}, "overdue_days"),
    ({"escalate_days": 10}, "overdue_days"),
    ({"colour": "red"}, "colour"),
])
async def test_chase_settings_out_of_order_are_refused_and_nothing_changes(world, changes,
                                                                          field):
    with pytest.raises(Refusal) as refusal:
        await world.act("rie", _changing(**changes))
    assert (refusal.value.code, refusal.value.details) == ("bad_settings", {"field": field})
    settings = await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))
    assert (settings.overdue_days, settings.escalate_days, settings.work_start) == (
        [2, 5, 10], 15, time(9, 0))


async def test_a_member_may_not_change_the_chase_settings(world):
    for who in ("daniel", "povl"):
        with refused("not_allowed"):
            await world.act(who, _changing(escalate_days=20))


def _changing(**changes):
    return lambda uow, g, a, now: change_chase_settings(uow, g, a, now, **changes)
