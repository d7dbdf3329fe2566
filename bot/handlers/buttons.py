"""What the bot does when a card button (Action.Execute) is clicked: one handler per verb.

Card data comes back from the client and can be forged: every id in it is looked up within
the clicker's own group (or the group a 1:1 card names, if they are in it: `bot.card_group`),
and the clicker's role is checked by the use case.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from bot.card_group import turn_for_card
from bot.handlers.agenda_buttons import AGENDA_ACTIONS
from bot.handlers.annual_report import ANNUAL_REPORT_ACTIONS
from bot.handlers.minutes_buttons import MINUTES_ACTIONS
from bot.handlers.question_buttons import QUESTION_ACTIONS
from bot.handlers.task_buttons import TASK_ACTIONS
from bot.handlers.year_plan import YEAR_ACTIONS
from bot.turn import CardReply, Turn
from bot.views.meetings import form_card, meeting_card, meeting_context, meeting_list_card
from bot.views.planning import moved_card, planned_card
from bot.views.replies import problem_text
from meetings.common.refusal import MEETING_NOT_FOUND, Refusal
from meetings.planning.meeting_line import LineProblem, MeetingDraft, parse_date_and_times
from meetings.planning.planning import (
    cancel_meeting,
    draft_of,
    move_meeting,
    plan_meeting,
    planned_meeting_of_group,
    require_manager,
)
from meetings.planning.schedule import next_meeting, upcoming_meetings
from storage.models.groups import Meeting

Action = Callable[[Turn, dict[str, Any]], Awaitable[CardReply]]
MAX_TEXT = 300


async def show_next(turn: Turn, _: dict) -> CardReply:
    meeting = await next_meeting(turn.uow, turn.group, turn.now)
    if meeting is None:
        return CardReply(message=problem_text(turn, "no_meeting"))
    return CardReply(card=meeting_card(turn, meeting, turn._("Next meeting")))


async def show_list(turn: Turn, _: dict) -> CardReply:
    meetings = await upcoming_meetings(turn.uow, turn.group, turn.now)
    return CardReply(card=meeting_list_card(turn, list(meetings)))


async def show_meeting(turn: Turn, data: dict) -> CardReply:
    meeting = await _meeting(turn, data)
    return CardReply(card=meeting_card(turn, meeting, turn._("Meeting")))


async def show_plan_form(turn: Turn, _: dict) -> CardReply:
    require_manager(turn.member, turn.group, "plan_meeting")
    return CardReply(card=form_card(turn))


async def plan_from_form(turn: Turn, data: dict) -> CardReply:
    draft = _draft_from_form(turn, data)
    if isinstance(draft, str):
        return CardReply(card=form_card(turn, values=_typed(data), error=draft))
    meeting = await plan_meeting(turn.uow, turn.group, turn.member, draft, turn.now)
    return CardReply(card=await planned_card(turn, meeting))


async def show_move_form(turn: Turn, data: dict) -> CardReply:
    require_manager(turn.member, turn.group, "move_meeting", data.get("meeting_id"))
    meeting = await _meeting(turn, data)
    return CardReply(card=form_card(turn, meeting=meeting))


async def move_from_form(turn: Turn, data: dict) -> CardReply:
    require_manager(turn.member, turn.group, "move_meeting", data.get("meeting_id"))
    meeting = await _meeting(turn, data)
    draft = _draft_from_form(turn, data)
    if isinstance(draft, str):
        return CardReply(card=form_card(turn, meeting=meeting, values=_typed(data), error=draft))
    before = draft_of(meeting)
    moved = await move_meeting(turn.uow, turn.group, turn.member, meeting.id, draft, turn.now)
    return CardReply(card=await moved_card(turn, before, moved), for_everyone=True)


async def ask_to_cancel(turn: Turn, data: dict) -> CardReply:
    require_manager(turn.member, turn.group, "cancel_meeting", data.get("meeting_id"))
    meeting = await _meeting(turn, data)
    return CardReply(card=turn.card("confirm_cancel", meeting=meeting_context(turn, meeting)))


async def confirm_cancel(turn: Turn, data: dict) -> CardReply:
    meeting_id = _meeting_id(data)
    meeting = await cancel_meeting(turn.uow, turn.group, turn.member, meeting_id, turn.now)
    return CardReply(card=meeting_card(turn, meeting, turn._("Meeting cancelled")),
                     for_everyone=True)


ACTIONS: dict[str, Action] = {
    "meeting.next": show_next,
    "meeting.list": show_list,
    "meeting.show": show_meeting,
    "meeting.form": show_plan_form,
    "meeting.plan": plan_from_form,
    "meeting.edit": show_move_form,
    "meeting.move": move_from_form,
    "meeting.cancel": ask_to_cancel,
    "meeting.cancel.confirm": confirm_cancel,
    **AGENDA_ACTIONS,
    **TASK_ACTIONS,
    **MINUTES_ACTIONS,
    **YEAR_ACTIONS,
    **ANNUAL_REPORT_ACTIONS,
    **QUESTION_ACTIONS,
}


async def act(turn: Turn, verb: str, data: dict[str, Any]) -> CardReply:
    """Run the verb's handler; refusals leave the card as it was and say why."""
    action = ACTIONS.get(verb)
    if action is None:
        return CardReply(message=turn._("This button is no longer in use. Write “help”."))
    try:
        turn = await turn_for_card(turn, data)
        reply = await action(turn, data)
    except Refusal as refused:
        return CardReply(message=problem_text(turn, refused.code, dict(refused.details)))
    await turn.uow.commit()
    return reply


def _meeting_id(data: dict) -> int:
    try:
        return int(data.get("meeting_id"))
    except (TypeError, ValueError):
        raise Refusal(MEETING_NOT_FOUND) from None


async def _meeting(turn: Turn, data: dict) -> Meeting:
    return await planned_meeting_of_group(turn.uow, turn.group, _meeting_id(data))


def _typed(data: dict) -> dict[str, Any]:
    """The form's values as typed, so a correction needs no retyping."""
    return {
        "date": str(data.get("date") or ""), "start": str(data.get("start") or ""),
        "end": str(data.get("end") or ""), "place": str(data.get("place") or "")[:MAX_TEXT],
        "online": str(data.get("online")).lower() == "true",
        "theme": str(data.get("theme") or "")[:MAX_TEXT],
    }


def _draft_from_form(turn: Turn, data: dict) -> MeetingDraft | str:
    """A draft, or the reason in words. Client-side validation is not trusted."""
    values = _typed(data)
    for name in ("place", "theme"):
        if len(str(data.get(name) or "")) > MAX_TEXT:
            return turn.ngettext("At most %(count)s character, please.",
                                 "At most %(count)s characters, please.", MAX_TEXT)
    times = parse_date_and_times(values["date"], values["start"], values["end"],
                                 now=turn.now, tz=turn.tz, language=turn.language)
    if isinstance(times, LineProblem):
        return problem_text(turn, times.code, dict(times.details))
    starts_at, ends_at = times
    return MeetingDraft(starts_at=starts_at, ends_at=ends_at, place=values["place"] or None,
                        online=values["online"], theme=values["theme"] or None)

