"""Reading a typed meeting line ("fredag 9. februar 2024 kl. 10-13 i Ringsted") into a draft."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.dates import format_clock, format_date, format_long_date, weekday_name
from meetings.common.days_in_text import find_first_day
from meetings.common.weeks import find_week, week_year
from meetings.planning.meeting_clock import Clock, UnreadableClock, find_clock
from meetings.planning.meeting_length import MAX_LENGTH_MINUTES, Length, find_length
from meetings.planning.meeting_place import CUT, join_link, online_and_place

PROBLEM_NO_DATE = "no_date"
PROBLEM_INVALID_DATE = "invalid_date"  # details: date as written; number, year for a week
PROBLEM_WEEKDAY_MISMATCH = "weekday_mismatch"
PROBLEM_PAST_DATE = "past_date"
PROBLEM_NO_TIME = "no_time"
PROBLEM_END_BEFORE_START = "end_before_start"
PROBLEM_NONEXISTENT_TIME = "nonexistent_time"
PROBLEM_AMBIGUOUS_TIME = "ambiguous_time"
PROBLEM_BAD_LENGTH = "bad_length"  # details: text, the length as written ("2 timer")
PROBLEM_TOO_LONG = "too_long_text"  # details: field ("place" or "theme"), length, limit
TEXT_LIMIT = 300  # the width of meetings.place and meetings.theme, as the card form takes


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting as typed, checked and in UTC, not yet planned for any group."""

    starts_at: datetime
    ends_at: datetime
    place: str | None
    online: bool
    theme: str | None = None
    # A join link pasted into the line; kept when the meeting is planned. No part of what a
    # draft compares: a move neither names nor changes it.
    online_url: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class LineProblem:
    """Why a line or date could not be read; details fill in the user's message."""

    code: str
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _FoundDate:
    span: tuple[int, int]
    day: date | LineProblem


@dataclass(frozen=True)
class LineParts:
    """What one line names, before it is checked against the calendar."""

    day: date | None
    clock: Clock | LineProblem | None
    place: str | None
    online: bool
    theme: str | None
    length: Length | None = None
    online_url: str | None = None


_THEME = re.compile(r"(?:^|(?<=[\s,;.–-]))(?:tema|theme)\s*:\s*(?P<theme>.*)$", re.IGNORECASE)


def parse_meeting_line(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "da", default_minutes: int = 180
) -> MeetingDraft | LineProblem:
    """Date, time, place, online and theme from one line; the first thing wrong as a LineProblem."""
    parts = read_meeting_line(text, now=now, tz=tz, language=language)
    if isinstance(parts, LineProblem):
        return parts
    if parts.day is None:
        return LineProblem(PROBLEM_NO_DATE)
    if not isinstance(parts.clock, Clock):
        return parts.clock or LineProblem(PROBLEM_NO_TIME)
    clock = parts.clock
    lasting = end_and_minutes(clock.start, clock.end, parts.length, default_minutes)
    if isinstance(lasting, LineProblem):
        return lasting
    end, minutes = lasting
    times = meeting_times(parts.day, clock.start, end, now, tz, language, minutes)
    if isinstance(times, LineProblem):
        return times
    return MeetingDraft(times[0], times[1], parts.place, parts.online, parts.theme,
                        online_url=parts.online_url)


def read_meeting_line(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "da"
) -> LineParts | LineProblem:
    """What a line names, each part None when it is not there; a date that is wrong, or a place
    or theme too long to keep, is a LineProblem, a time that is wrong is left in `clock` for
    the caller to weigh."""
    body, theme = _split_theme(text)
    found = _find_date(body, _local_today(now, tz), language)
    if found is not None and isinstance(found.day, LineProblem):
        return found.day
    undated = _cut(body, found.span) if found else body
    length = find_length(undated)
    undated = _cut(undated, length.span) if length else undated
    clock = find_clock(undated)
    if isinstance(clock, UnreadableClock):
        clock = LineProblem(PROBLEM_NO_TIME, {"time": clock.written})
    rest = _cut(undated, clock.span) if isinstance(clock, Clock) else undated
    rest, link = join_link(rest)
    online, place = online_and_place(rest)
    for name, written in (("place", place), ("theme", theme)):
        if written is not None and len(written) > TEXT_LIMIT:
            return LineProblem(PROBLEM_TOO_LONG, {"field": name, "length": str(len(written)),
                                                  "limit": str(TEXT_LIMIT)})
    return LineParts(found.day if found else None, clock, place, online or link is not None,
                     theme, length, link)


def parse_date_phrase(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "da"
) -> date | LineProblem:
    """The day a phrase like "9. februar", "9 February 2027", "den 9/2" or "i morgen" means.

    A day without a year is its next occurrence from today; a past day with a year is returned
    as it is, since picking an existing meeting by date is not wrong just because it has passed.
    """
    found = _find_date(text, _local_today(now, tz), language)
    return found.day if found else LineProblem(PROBLEM_NO_DATE)


def parse_date_and_times(
    date_text: str,
    start_text: str,
    end_text: str = "",
    *,
    now: datetime,
    tz: ZoneInfo,
    language: str = "da",
    default_minutes: int = 180,
) -> tuple[datetime, datetime] | LineProblem:
    """UTC start and end from card inputs "YYYY-MM-DD", "HH:MM" and an optional "HH:MM"."""
    if not date_text.strip():
        return LineProblem(PROBLEM_NO_DATE)
    try:
        day = date.fromisoformat(date_text.strip())
    except ValueError:
        return LineProblem(PROBLEM_INVALID_DATE, {"date": date_text})
    start, end = _card_time(start_text), _card_time(end_text)
    if start is None or (end is None and end_text.strip()):
        return LineProblem(PROBLEM_NO_TIME, {"time": start_text if start is None else end_text})
    return meeting_times(day, start, end, now, tz, language, default_minutes)


def _split_theme(text: str) -> tuple[str, str | None]:
    match = _THEME.search(text)
    if match is None:
        return text, None
    return text[: match.start()], match["theme"].strip(" .") or None


def _local_today(now: datetime, tz: ZoneInfo) -> date:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(tz).date()


def _find_date(text: str, today: date, language: str) -> _FoundDate | None:
    mention = find_first_day(text, today)
    if mention is None:
        return None
    if mention.day is None:
        week = find_week(mention.written, today)  # "fredag i uge 53" in a year without one
        invalid = LineProblem(PROBLEM_INVALID_DATE, {"date": mention.written})
        if week and week.number:
            invalid = no_such_week(mention.written, week.number, week_year(today))
        return _FoundDate(mention.span, invalid)
    said = mention.said_weekday
    if said is not None and said != mention.day.weekday():
        return _FoundDate(mention.span, _weekday_mismatch(mention.day, said, language))
    return _FoundDate(mention.span, mention.day)


def no_such_week(written: str, week: int, year: int) -> LineProblem:
    """A week number the year does not have ("uge 53" in 2027): said as a week, not a date."""
    return LineProblem(PROBLEM_INVALID_DATE, {"date": written, "number": str(week),
                                              "year": str(year)})


def _weekday_mismatch(day: date, said: int, language: str) -> LineProblem:
    said_day = day + timedelta(days=said - day.weekday())
    details = {
        "date": format_long_date(day, language),
        "said_weekday": weekday_name(said_day, language),
        "actual_weekday": weekday_name(day, language),
    }
    return LineProblem(PROBLEM_WEEKDAY_MISMATCH, details)


def _cut(text: str, span: tuple[int, int]) -> str:
    start, end = span
    return text[:start] + CUT * (end - start) + text[end:]


def end_and_minutes(
    start: time, end: time | None, length: Length | None, otherwise: int
) -> tuple[time | None, int] | LineProblem:
    """The end and the minutes that stand for it: a length written instead of an end gives the
    minutes; written besides an end, the two must agree."""
    if length is None:
        return end, otherwise
    if not 0 < length.minutes <= MAX_LENGTH_MINUTES:
        return LineProblem(PROBLEM_BAD_LENGTH, {"text": length.written})
    if end is None:
        return None, length.minutes
    between = (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60
    if end > start and between != length.minutes:
        return LineProblem(PROBLEM_BAD_LENGTH, {"text": length.written})
    return end, otherwise


def _card_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def meeting_times(
    day: date,
    start: time,
    end: time | None,
    now: datetime,
    tz: ZoneInfo,
    language: str,
    default_minutes: int,
) -> tuple[datetime, datetime] | LineProblem:
    local_start = datetime.combine(day, start)
    if end is not None and end <= start:
        clocks = {"start": format_clock(start, language), "end": format_clock(end, language)}
        return LineProblem(PROBLEM_END_BEFORE_START, clocks)
    if local_start.replace(tzinfo=tz) < now:
        return LineProblem(PROBLEM_PAST_DATE, _moment_details(local_start, language))
    starts_at = _to_utc(local_start, tz, language)
    if isinstance(starts_at, LineProblem):
        return starts_at
    if end is None:
        return starts_at, starts_at + timedelta(minutes=default_minutes)
    ends_at = _to_utc(datetime.combine(day, end), tz, language)
    return ends_at if isinstance(ends_at, LineProblem) else (starts_at, ends_at)


def _to_utc(local: datetime, tz: ZoneInfo, language: str) -> datetime | LineProblem:
    """UTC for a wall-clock time, refusing times the DST change skips or repeats."""
    earlier, later = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if earlier.utcoffset() != later.utcoffset():
        # A skipped time does not survive the round trip; a repeated one does, in either fold.
        skipped = earlier.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local
        code = PROBLEM_NONEXISTENT_TIME if skipped else PROBLEM_AMBIGUOUS_TIME
        return LineProblem(code, _moment_details(local, language))
    return earlier.astimezone(UTC)


def _moment_details(local: datetime, language: str) -> dict[str, str]:
    day, clock = local.date(), local.time()
    return {"date": format_date(day, language), "time": format_clock(clock, language)}
