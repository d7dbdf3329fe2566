"""A week named by its number: "mødet i uge 5", "week 6", "fredag i uge 5"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from meetings.common.dates import WEEKDAY_PATTERN, weekday_number

# "uge 5", "i uge 5", "fredag i uge 5": a week number, perhaps with a weekday of it.
_WEEK = re.compile(
    rf"(?<![\w.])(?P<written>(?:(?P<weekday>{WEEKDAY_PATTERN})\b\.?,?\s+(?:(?:i|in)\s+)?)?"
    r"(?:uge|week)\s+(?P<week>\d{1,2}))\b", re.IGNORECASE)


@dataclass(frozen=True)
class WeekMention:
    """A week named by its number ("uge 5"), or a weekday of it ("fredag i uge 5"): as written,
    and its first and last day (the same day for a weekday); None when there is no such week."""

    written: str
    days: tuple[date, date] | None


def find_week(text: str, today: date) -> WeekMention | None:
    """The first week number written ("mødet i uge 5", "week 6", "fredag i uge 5"): that ISO
    week, or that day of it, this year or, once it has ended, next year."""
    found = _WEEK.search(text)
    if found is None:
        return None
    week = int(found["week"])
    for year in (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if monday + timedelta(days=6) >= today:
            if found["weekday"]:
                monday += timedelta(days=weekday_number(found["weekday"]))
            sunday = monday if found["weekday"] else monday + timedelta(days=6)
            return WeekMention(found["written"], (monday, sunday))
    return WeekMention(found["written"], None)
