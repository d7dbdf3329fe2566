"""Reading the last day a member is away, as written after "jeg er væk til" / "away until": a
day ("3. januar", "Friday", "i morgen") or a week ("uge 2", its last day)."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from meetings.common.dates import format_date
from meetings.common.weeks import find_week, week_year
from meetings.planning.meeting_line import (
    PROBLEM_PAST_DATE,
    LineProblem,
    no_such_week,
    parse_date_phrase,
)

# "out of office until 1pm", "væk til kl. 13": a time of day and no day, so nothing to hold back.
PROBLEM_AWAY_PART_OF_A_DAY = "away_part_of_a_day"
# A clock ("1pm", "13.30", "kl 13") or a part of the day, written where a day was expected.
_TIME_OF_DAY = re.compile(
    r"(?<!\w)(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|kl\.?\s*\d{1,2}|klokken\s*\d"
    r"|\d{1,2}[:.]\d{2}|frokost|middag|eftermiddag|formiddag|lunch|noon|lunchtime"
    r"|(?:this|the)\s+(?:morning|afternoon))(?!\w)", re.IGNORECASE)


def parse_away_date(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "da"
) -> date | None | LineProblem:
    """The last day away ("3. januar", "Friday"; "uge 2" is that week's Sunday, this year's or,
    once it has ended, next year's); None for nothing written, which means back."""
    if not text.strip():
        return None
    day = _week_end(text, now.astimezone(tz).date()) \
        or parse_date_phrase(text, now=now, tz=tz, language=language)
    if isinstance(day, date) and day < now.astimezone(tz).date():
        return LineProblem(PROBLEM_PAST_DATE, {"date": format_date(day, language)})
    if isinstance(day, LineProblem) and _TIME_OF_DAY.search(text):
        return LineProblem(PROBLEM_AWAY_PART_OF_A_DAY)
    return day


def _week_end(text: str, today: date) -> date | LineProblem | None:
    """The last day of the week (or the weekday of it) the text begins with, None for none."""
    week = find_week(text, today)
    if week is None or not text.lstrip().casefold().startswith(week.written.casefold()):
        return None
    return week.days[1] if week.days else no_such_week(week.written, week.number,
                                                              week_year(today))
