"""A week named by its number: "mødet i uge 5", "week 6", "fredag i uge 5"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from meetings.common.days_in_text import AFTER_WEEKDAY, WEEKDAY_PATTERN, weekday_number

# "uge 5", "i uge 5", "fredag i uge 5": a week number, perhaps with a weekday of it.
_WEEK = re.compile(
    rf"(?<![\w.])(?P<written>(?:(?P<weekday>{WEEKDAY_PATTERN}){AFTER_WEEKDAY}(?:(?:i|in)\s+)?)?"
    r"(?:uge|week)\s+(?P<week>\d{1,2}))\b", re.IGNORECASE)
# "fredag i næste uge", "Friday next week": a weekday of the ISO week after today's ("næste
# uge" alone is not read: "jeg er væk i næste uge" names no meeting).
_NEXT_WEEKS_DAY = re.compile(
    rf"(?<![\w.])(?P<written>(?P<weekday>{WEEKDAY_PATTERN}){AFTER_WEEKDAY}(?:(?:i|in|of)\s+)?"
    r"(?:næste\s+uge|next\s+week))\b", re.IGNORECASE)


@dataclass(frozen=True)
class WeekMention:
    """A week named by its number ("uge 5"), or a weekday of it ("fredag i uge 5"): as written,
    and its first and last day (the same day for a weekday); None when there is no such week,
    and then its `number` ("uge 53" in a year without one)."""

    written: str
    days: tuple[date, date] | None
    number: int | None = None


def find_week(text: str, today: date) -> WeekMention | None:
    """The first week number written ("mødet i uge 5", "week 6", "fredag i uge 5"): that ISO
    week, or that day of it, this ISO year or, once it has ended, next; or the first weekday
    of next week ("fredag i næste uge")."""
    found = min((match for regex in (_WEEK, _NEXT_WEEKS_DAY) if (match := regex.search(text))),
                key=lambda match: match.start(), default=None)
    if found is None:
        return None
    if found.re is _NEXT_WEEKS_DAY:
        return _week_from(found, today + timedelta(days=7 - today.weekday()))
    week = int(found["week"])
    this_year = week_year(today)
    for year in (this_year, this_year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if monday + timedelta(days=6) >= today:
            return _week_from(found, monday)
    return WeekMention(found["written"], None, week)


def week_year(today: date) -> int:
    """The year today's week numbers count in, the ISO year: 1 January 2027 is in week 53 of
    2026, and 29 December 2025 in week 1 of 2026."""
    return today.isocalendar().year


def _week_from(found: re.Match[str], monday: date) -> WeekMention:
    """The week beginning on `monday`, or the day of it the text names."""
    if found["weekday"]:
        day = monday + timedelta(days=weekday_number(found["weekday"]))
        return WeekMention(found["written"], (day, day))
    return WeekMention(found["written"], (monday, monday + timedelta(days=6)))
