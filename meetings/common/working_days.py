"""Working days in Denmark: no weekends, no public holidays, and not the days municipal
workplaces close although the law does not name them (Grundlovsdag, juleaftensdag,
nytårsaftensdag) — no group wants a reminder or a deadline then."""

from datetime import date, timedelta
from functools import cache, lru_cache

import holidays

# The `holidays` package lists these as optional in Denmark, beside 1 May (a working day for
# most municipal staff, so left out).
CLOSED_ALTHOUGH_OPTIONAL = frozenset({"Constitution Day", "Christmas Eve", "New Year's Eve"})


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _closed_days(day.year)


@lru_cache(maxsize=8192)  # pure, and asked for the same days over and over
def working_day_on_or_before(day: date) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


@lru_cache(maxsize=8192)
def working_day_on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


@lru_cache(maxsize=8192)
def working_days_before(day: date, count: int) -> date:
    """The `count`th working day before `day` (Friday is two working days before Tuesday)."""
    for _ in range(count):
        day = working_day_on_or_before(day - timedelta(days=1))
    return day


@lru_cache(maxsize=8192)
def working_days_after(day: date, count: int) -> date:
    """The `count`th working day after `day` (Monday is two working days after Thursday)."""
    for _ in range(count):
        day = working_day_on_or_after(day + timedelta(days=1))
    return day


def holiday_name(day: date, language: str) -> str | None:
    """The name of the public holiday (or closed day) `day` is, in Danish or English; None on
    a working day and at weekends, which everyone knows for themselves."""
    if day.weekday() >= 5 or day not in _closed_days(day.year):
        return None
    return _names(day.year, "en_US" if language == "en" else "da").get(day)


@cache
def _names(year: int, language: str) -> dict[date, str]:
    optional = holidays.Denmark(years=year, language=language, categories=("optional",))
    return {**{day: name for day, name in optional.items() if day in _closed_days(year)},
            **holidays.Denmark(years=year, language=language)}


def load_calendars(year: int) -> None:
    """The closed days of `year` and the next, worked out now: the first calendar imports the
    `holidays` package's countries (some 280 modules), which start-up does once, not a turn."""
    _closed_days(year)
    _closed_days(year + 1)


@cache
def _closed_days(year: int) -> frozenset[date]:
    public = holidays.Denmark(years=year)
    optional = holidays.Denmark(years=year, categories=("optional",))
    closed = {day for day, name in optional.items() if name in CLOSED_ALTHOUGH_OPTIONAL}
    return frozenset(public) | closed
