"""The form that plans or moves a meeting: a problem brings it back with everything typed, and
nothing is planned until every field reads. Client-side validation is not trusted."""

from dataclasses import dataclass
from typing import Any

from dialogs.context import Context
from dialogs.forms import Invalid, Problem, submitted, too_long
from meetings.common.refusal import DUPLICATE_MEETING
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import LineProblem, MeetingDraft, parse_date_and_times
from meetings.planning.planning import (
    draft_of,
    meeting_on_card,
    move_meeting,
    plan_meeting,
    planning_form,
)

MAX_TEXT = 300  # the place and the theme


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
