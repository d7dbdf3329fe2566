"""Questions about a group's meetings: which is next, which are coming, which one is meant."""

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.days_in_text import find_written_date, month_number, weekday_number
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import (
    AMBIGUOUS_MEETING,
    MEETING_NOT_FOUND,
    NO_MEETING,
    NOT_PLANNED_ON,
    Refusal,
)
from meetings.common.weeks import find_week
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import LineProblem, parse_date_phrase

NEXT_WORDS = frozenset({"", "næste", "det næste", "next", "the next"})
_A_YEAR = re.compile(r"\b\d{4}\b")


async def next_meeting(uow: UnitOfWork, group: Group, now: datetime) -> Meeting | None:
    """The planned meeting that has not yet ended and starts first.

    A meeting under way is still "the next meeting": people ask where it is while walking in.
    """
    upcoming = await uow.meetings.upcoming(group.id, now, limit=1)
    return upcoming[0] if upcoming else None


async def meeting_to_come(uow: UnitOfWork, group: Group, now: datetime) -> Meeting:
    """The first planned meeting that has not started, for what can only change before it
    starts (who comes, the items, their deadline): during a meeting it is the one after.
    Refused when none is planned."""
    for meeting in await uow.meetings.upcoming(group.id, now):
        if meeting.starts_at > now:
            return meeting
    raise Refusal(NO_MEETING)


async def skipped_before(uow: UnitOfWork, group: Group, now: datetime,
                         following: Meeting | None) -> Meeting | None:
    """The first cancelled meeting that has not ended and comes before the next one (or
    before none): the answer to "is Thursday's meeting cancelled?" says it first."""
    return await uow.meetings.cancelled_before(group.id, now,
                                               following.starts_at if following else None)


async def planned_next_meeting(uow: UnitOfWork, group: Group, now: datetime) -> Meeting:
    """The next meeting, for what needs one: refused when none is planned."""
    meeting = await next_meeting(uow, group, now)
    if meeting is None:
        raise Refusal(NO_MEETING)
    return meeting


async def upcoming_meetings(
    uow: UnitOfWork, group: Group, now: datetime, limit: int = 10
) -> Sequence[Meeting]:
    return await uow.meetings.upcoming(group.id, now, limit=limit)


async def planned_meetings(uow: UnitOfWork, group: Group, now: datetime, limit: int = 10
                           ) -> Sequence[Meeting]:
    """The upcoming meetings, for an answer that has no room for "none": refused then."""
    meetings = await upcoming_meetings(uow, group, now, limit)
    if not meetings:
        raise Refusal(NO_MEETING)
    return meetings


async def meetings_of_year(uow: UnitOfWork, group: Group, year: int, *, refuse_none: bool = False
                           ) -> Sequence[Meeting]:
    """The meetings held or planned in a calendar year of the group's time zone, in order:
    "hvilke møder har vi i 2027?", "møderne sidste år". With `refuse_none`, for an answer that
    has no room for "none", refused when there are none."""
    tz = ZoneInfo(group.time_zone)
    found = await uow.meetings.of_period(group.id, datetime(year, 1, 1, tzinfo=tz),
                                         datetime(year + 1, 1, 1, tzinfo=tz))
    if refuse_none and not found:
        raise Refusal(NO_MEETING)
    return found


async def meeting_by_selector(
    uow: UnitOfWork, group: Group, selector: str, now: datetime, language: str
) -> Meeting:
    """The meeting a user means by "næste", "9. februar" or "9 February 2027"."""
    if selector.strip().lower() in NEXT_WORDS:
        return await planned_next_meeting(uow, group, now)
    tz = ZoneInfo(group.time_zone)
    day = parse_date_phrase(selector, now=now, tz=tz, language=language)
    if isinstance(day, LineProblem):
        raise Refusal(day.code, **day.details)
    start, end = local_day_bounds(day, tz)
    found = await uow.meetings.starting_between(group.id, start, end)
    if not found:
        raise Refusal(MEETING_NOT_FOUND, date=selector)
    if len(found) > 1:
        raise Refusal(AMBIGUOUS_MEETING, date=selector)
    return found[0]


async def meetings_named(uow: UnitOfWork, group: Group, phrase: str, now: datetime
                         ) -> list[Meeting]:
    """The planned meetings not yet ended on the day, in the week or in the month a phrase
    names ("19. februar", "uge 5", "marts 2027"): without a year, its next from today. A
    weekday ("torsdag") is the next such day, else the next meeting when it is on that weekday
    ("fredag går ikke for mig" of a meeting on a Friday weeks away)."""
    tz = ZoneInfo(group.time_zone)
    period = _period_named(phrase, tz, now)
    if period is None:
        return []
    named = [meeting for meeting in await uow.meetings.starting_between(group.id, *period)
             if meeting.ends_at > now]
    if named or (weekday := weekday_number(phrase.strip())) is None:
        return named
    coming = await upcoming_meetings(uow, group, now, limit=1)
    return [meeting for meeting in coming if meeting.starts_at.astimezone(tz).weekday() == weekday]


async def meeting_named(uow: UnitOfWork, group: Group, phrase: str, now: datetime,
                        asked: str = "") -> Meeting:
    """The first planned meeting on the day or in the month `phrase` names; refused with the
    planned meetings' days (ISO dates), what was `asked` and, when the meeting named is
    cancelled, when it was to start, when it names none."""
    named = await meetings_named(uow, group, phrase, now)
    if named:
        return named[0]
    tz = ZoneInfo(group.time_zone)
    cancelled = await _cancelled_in(uow, group, _period_named(phrase, tz, now), now)
    coming = await upcoming_meetings(uow, group, now)
    if not coming and cancelled is None:
        raise Refusal(NO_MEETING)
    days = " ".join(meeting.starts_at.astimezone(tz).date().isoformat() for meeting in coming)
    raise Refusal(NOT_PLANNED_ON, date=phrase, days=days, asked=asked,
                  **({"cancelled": cancelled.starts_at.isoformat()} if cancelled else {}))


async def _cancelled_in(uow: UnitOfWork, group: Group,
                        period: tuple[datetime, datetime] | None, now: datetime
                        ) -> Meeting | None:
    """The first cancelled meeting of the period that has not ended: "afbud til mødet 5.
    februar" after it was cancelled is answered so."""
    if period is None:
        return None
    found = await uow.meetings.cancelled_before(group.id, max(now, period[0]), period[1])
    return found if found and found.starts_at >= period[0] else None


def period_past(phrase: str, tz: ZoneInfo, now: datetime) -> tuple[datetime, datetime] | None:
    """The day, week or month a phrase names, counted back: without a year, the last such one
    begun by now ("referatet fra marts" in May is of this March, in February of last year's)."""
    period = _period_named(phrase, tz, now)
    if period is not None and period[0] > now and not _A_YEAR.search(phrase):
        return _period_named(phrase, tz, now - timedelta(days=365))
    return period


def _period_named(phrase: str, tz: ZoneInfo, now: datetime) -> tuple[datetime, datetime] | None:
    """Where the day, week or month a phrase names begins and ends; None for no such one."""
    today = now.astimezone(tz).date()
    if written := find_written_date(phrase, today):
        return local_day_bounds(written.day, tz) if written.day else None
    if week := find_week(phrase, today):  # "uge 5", "fredag i uge 5"
        return (local_day_bounds(week.days[0], tz)[0], local_day_bounds(week.days[1], tz)[1]) \
            if week.days else None
    words = phrase.split()
    month = month_number(words[0]) if words else None
    if month is None:  # "torsdag": the next Thursday, today's meeting included
        said = weekday_number(phrase.strip())
        return None if said is None else local_day_bounds(
            today + timedelta(days=(said - today.weekday()) % 7), tz)
    year = int(words[1]) if len(words) > 1 and words[1].isdigit() \
        else today.year + (month < today.month)
    return (local_day_bounds(date(year, month, 1), tz)[0],
            local_day_bounds(date(year + month // 12, month % 12 + 1, 1), tz)[0])


def local_day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day begins and ends (23 or 25 hours at DST)."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start.astimezone(ZoneInfo("UTC")), end.astimezone(ZoneInfo("UTC"))
