"""Working days in Denmark: no weekends, no public holidays, and not the days municipal
workplaces close although the law does not name them (Grundlovsdag, juleaftensdag,
nytårsaftensdag) — no group wants a reminder or a deadline then. Working hours are those days'
hours between a start and an end (a group's, 09.00–16.00 unless it set its own)."""

from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

import holidays

# The `holidays` package lists these as optional in Denmark, beside 1 May (a working day for
# most municipal staff, so left out).
CLOSED_ALTHOUGH_OPTIONAL = frozenset({"Constitution Day", "Christmas Eve", "New Year's Eve"})
# A group's working hours unless it set its own (the task reminders' settings).
WORK_START = time(9, 0)
WORK_END = time(16, 0)


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


def is_working_time(now: datetime, tz: ZoneInfo, start: time, end: time) -> bool:
    """A working day, within the working hours, in the group's zone (so 09:00 stays 09:00
    across the summer-time changes)."""
    local = now.astimezone(tz)
    return is_working_day(local.date()) and start <= local.time().replace(tzinfo=None) < end


def work_start_at(day: date, tz: ZoneInfo, start: time) -> datetime:
    """The working day's start in the group's zone, in UTC (09.00 stays 09.00 in summer)."""
    return datetime.combine(day, start, tzinfo=tz).astimezone(UTC)


def next_work_start(now: datetime, tz: ZoneInfo, start: time) -> datetime:
    """The start of the next working hours that begin after `now`'s local day has been dealt
    with: today's start if it is still ahead, else the next working day's."""
    today = now.astimezone(tz).date()
    if is_working_day(today) and work_start_at(today, tz, start) > now:
        return work_start_at(today, tz, start)
    return work_start_at(working_day_on_or_after(today + timedelta(days=1)), tz, start)


def held_for_working_hours(now: datetime, tz: ZoneInfo, until: datetime | None, start: time,
                           end: time) -> datetime | None:
    """When a message due now but outside the working hours (the bot was down on its morning)
    should go out instead: the next working start, if it is still of use then (before
    `until`); None when it goes now, in working hours or because waiting would make it late."""
    if is_working_time(now, tz, start, end):
        return None
    later = next_work_start(now, tz, start)
    return later if until is None or later < until else None


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
