"""Danish working days: weekends, public holidays and the days municipal workplaces close."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.common.working_days import (
    WORK_END,
    WORK_START,
    held_for_working_hours,
    is_working_day,
    working_day_on_or_before,
    working_days_before,
)


@pytest.mark.parametrize("day, working", [
    (date(2026, 6, 5), False),    # Grundlovsdag, a Friday
    (date(2026, 12, 24), False),  # juleaftensdag, a Thursday
    (date(2026, 12, 31), False),  # nytårsaftensdag, a Thursday
    (date(2027, 3, 25), False),   # skærtorsdag
    (date(2027, 3, 26), False),   # langfredag
    (date(2027, 5, 6), False),    # Kristi himmelfartsdag
    (date(2026, 5, 1), True),     # 1. maj: a working day for most municipal staff
    (date(2026, 6, 4), True),
    (date(2026, 11, 28), False),  # a Saturday
])
def test_which_days_are_working_days(day, working):
    assert is_working_day(day) is working


def test_the_working_day_before_christmas_eve_week_skips_back_to_the_23rd():
    assert working_day_on_or_before(date(2026, 12, 24)) == date(2026, 12, 23)
    assert working_days_before(date(2027, 1, 4), 1) == date(2026, 12, 30)


CPH = ZoneInfo("Europe/Copenhagen")


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CPH)


@pytest.mark.parametrize("now, until, held", [
    (at(2027, 1, 23, 22, 0), at(2027, 2, 5, 10), at(2027, 1, 25, 9)),  # Saturday night: Monday
    (at(2027, 3, 24, 17, 0), at(2027, 4, 9, 10), at(2027, 3, 30, 9)),  # Easter: the Tuesday
    (at(2027, 1, 26, 7, 30), at(2027, 2, 5, 10), at(2027, 1, 26, 9)),  # early: that morning
    (at(2027, 1, 26, 10, 0), at(2027, 2, 5, 10), None),  # a Tuesday morning: at once
    (at(2027, 2, 7, 23, 30), at(2027, 2, 8, 8, 30), None),  # the meeting is before 09.00
])
def test_what_is_due_out_of_hours_waits_for_the_next_working_start_while_still_of_use(
        now, until, held):
    assert held_for_working_hours(now, CPH, until, WORK_START, WORK_END) == held
