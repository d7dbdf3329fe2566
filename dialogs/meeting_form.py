"""The form that plans or moves a meeting: a problem brings it back with everything typed, and
nothing is planned until every field reads. Client-side validation is not trusted."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dialogs.context import Context
from dialogs.forms import Invalid, Problem, submitted, too_long
from meetings.common.days_in_text import find_first_day, month_number
from meetings.common.refusal import DUPLICATE_MEETING
from meetings.common.weeks import find_week
from meetings.common.working_days import working_day_on_or_after
from meetings.planning.entities import Meeting
from meetings.planning.meeting_clock import Clock, find_clock
from meetings.planning.meeting_line import LineProblem, MeetingDraft, parse_date_and_times
from meetings.planning.planning import (
    draft_of,
    meeting_on_card,
    move_meeting,
    plan_meeting,
    planning_form,
)
from meetings.understanding.slots import month_in

MAX_TEXT = 300  # the place and the theme
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_LENGTH = timedelta(hours=3)  # a meeting whose end is not named: the form's usual 10–13


@dataclass(frozen=True)
class Moved:
    """The meeting as it was, for the card that shows what changed, and as it is now."""

    before: MeetingDraft
    meeting: Meeting


def typed(data: dict) -> dict[str, Any]:
    """The form's values as typed, so a correction needs no retyping."""
    return {
        "date": str(data.get("date") or ""), "start": str(data.get("start") or ""),
        "end": str(data.get("end") or ""), "place": str(data.get("place") or "")[:MAX_TEXT],
        "online": str(data.get("online")).lower() == "true",
        "theme": str(data.get("theme") or "")[:MAX_TEXT],
    }


def draft_of_form(context: Context, data: dict) -> MeetingDraft | Problem:
    """A draft, or what is wrong with the form."""
    values = typed(data)
    for name in ("place", "theme"):
        if len(str(data.get(name) or "")) > MAX_TEXT:
            return too_long(MAX_TEXT)
    times = parse_date_and_times(values["date"], values["start"], values["end"],
                                 now=context.now, tz=context.tz, language=context.language)
    if isinstance(times, LineProblem):
        return Problem(times.code, dict(times.details))
    starts_at, ends_at = times
    return MeetingDraft(starts_at=starts_at, ends_at=ends_at, place=values["place"] or None,
                        online=values["online"], theme=values["theme"] or None)


def open_plan(context: Context) -> None:
    """Only the chair and the secretary get the form."""
    planning_form(context.group, context.member)


async def plan(context: Context, data: dict) -> Meeting | Invalid[dict[str, Any]]:
    planning_form(context.group, context.member)  # refused and logged before it is read
    draft = draft_of_form(context, data)
    if isinstance(draft, Problem):
        return Invalid(typed(data), draft)
    return await submitted(typed(data), lambda: plan_meeting(
        context.uow, context.group, context.member, draft, context.now), {DUPLICATE_MEETING})


async def meeting_to_move(context: Context, data: dict) -> Meeting:
    """The meeting the form moves, for the chair and the secretary; its id is client input."""
    return await meeting_on_card(context.uow, context.group, context.member, "move_meeting",
                                 data.get("meeting_id"), context.now)


async def move(context: Context, meeting: Meeting, data: dict) -> Moved | Invalid[dict[str, Any]]:
    draft = draft_of_form(context, data)
    if isinstance(draft, Problem):
        return Invalid(typed(data), draft)
    before = draft_of(meeting)

    async def moving() -> Moved:
        return Moved(before, await move_meeting(context.uow, context.group, context.member,
                                                meeting.id, draft, context.now))
    return await submitted(typed(data), moving, {DUPLICATE_MEETING})


def wished_values(context: Context, text: str) -> dict[str, str]:
    """The day and times a wish to plan names ("vi skal mødes den 14. januar kl. 10", "in
    March"), for the plan form to open with: a week's or a month's first working day after
    today, no day when it has none left; {} for none. Nothing is planned on them: the form is."""
    today = context.now.astimezone(context.tz).date()
    values: dict[str, str] = {}
    if (day := _day_wished(text, today)) is not None:
        values["date"] = day.isoformat()
    clock = find_clock(text)
    if isinstance(clock, Clock):
        ends = datetime.combine(today, clock.start) + _LENGTH
        end = clock.end or (ends.time() if ends.date() == today else time(23, 59))
        values.update(start=clock.start.strftime("%H:%M"), end=end.strftime("%H:%M"))
    return values


def _day_wished(text: str, today: date) -> date | None:
    if (day := find_first_day(text, today)) is not None and day.day is not None:
        return day.day
    if (week := find_week(text, today)) is not None and week.days is not None:
        first = working_day_on_or_after(max(week.days[0], today + timedelta(days=1)))
        return first if first <= week.days[1] else None  # none left of this week: not the next's
    if month := month_number(month_in(text, may_the_verb=True).partition(" ")[0]):
        year = today.year if month > today.month else today.year + (month < today.month)
        first = working_day_on_or_after(max(date(year, month, 1), today + timedelta(days=1)))
        return first if first.month == month else None
    return None


def prefilled(data: dict) -> dict[str, str]:
    """The day and times a button carries for the plan form to open with, those that read
    (card data is client input, and only fills the form)."""
    values = {name: str(data[name]) for name in ("start", "end")
              if _TIME.fullmatch(str(data.get(name) or ""))}
    try:
        values["date"] = date.fromisoformat(str(data.get("date") or "")).isoformat()
    except ValueError:
        pass
    return values
