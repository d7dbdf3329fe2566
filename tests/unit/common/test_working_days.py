"""Danish working days: weekends, public holidays and the days municipal workplaces close."""

from datetime import date

import pytest

from meetings.common.working_days import (
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
