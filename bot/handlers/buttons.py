"""What the bot does when a card button (Action.Execute) is clicked: one handler per verb.

Card data comes back from the client and can be forged: every id in it is looked up within
the clicker's own group (or the group a 1:1 card names, if they are in it: `bot.card_group`),
and the clicker's role is checked by the use case.
"""

from typing import Any

from bot.card_data import Action
from bot.card_group import turn_for_card
from bot.card_view import PLAIN
from bot.handlers.agenda.buttons import AGENDA_ACTIONS
from bot.handlers.agenda.year_plan import YEAR_ACTIONS
from bot.handlers.group_choice import GROUP_CHOICE_ACTIONS
from bot.handlers.groups.members import MEMBER_ACTIONS
from bot.handlers.groups.privacy import PRIVACY_ACTIONS
from bot.handlers.minutes.annual_report import ANNUAL_REPORT_ACTIONS
from bot.handlers.minutes.buttons import MINUTES_ACTIONS
from bot.handlers.minutes.import_buttons import IMPORT_ACTIONS
from bot.handlers.personal_chat import answer_for_groups, asks_about_groups
from bot.handlers.question_buttons import QUESTION_ACTIONS, on_the_card
from bot.handlers.tasks.buttons import TASK_ACTIONS
from bot.meeting_views import meeting_view
from bot.turn import CardReply, Turn
from bot.views.meetings import (
    REFRESH_VERB,
    form_card,
    form_values,
    meeting_card,
    meeting_context,
    meeting_list_card,
    shown_heading,
)
from bot.views.planning import cycle_card, moved_card, planned_card
from bot.views.replies import form_problem_text, problem_text
from dialogs import confirm, meeting_form
from dialogs.card_inputs import meeting_id_of
from dialogs.forms import Invalid
from meetings.agenda.outlook import cycle_outlook
from meetings.common.access import meeting_of_group, planned_meeting_of_group
from meetings.common.refusal import Refusal
from meetings.planning.entities import Meeting
from meetings.planning.schedule import next_meeting, upcoming_meetings
from meetings.planning.vocabulary import MeetingStatus
from meetings.understanding.intents import Intent, Understood


async def show_next(turn: Turn, _: dict) -> CardReply:
    if (groups := await _in_groups(turn, Intent.NEXT_MEETING)) is not None:
        return groups
    meeting = await next_meeting(turn.uow, turn.group, turn.now)
    if meeting is None:
        return CardReply(message=problem_text(turn, "no_meeting"))
    return CardReply(card=meeting_card(turn, meeting, turn._("Next meeting"),
                                       view=await meeting_view(turn, for_the_reader=True)))


async def show_list(turn: Turn, _: dict) -> CardReply:
    if (groups := await _in_groups(turn, Intent.LIST_MEETINGS)) is not None:
        return groups
    meetings = await upcoming_meetings(turn.uow, turn.group, turn.now)
    return CardReply(card=meeting_list_card(turn, list(meetings)))


async def _in_groups(turn: Turn, intent: Intent) -> CardReply | None:
    """Clicked in a personal chat (the help card there): the person's groups' meetings, as
    the question typed there gets them; None elsewhere."""
    understood = Understood(intent, turn.language)
    if not asks_about_groups(turn, understood):
        return None
    return on_the_card(await answer_for_groups(turn, understood))


async def show_meeting(turn: Turn, data: dict) -> CardReply:
    meeting = await _meeting(turn, data)
    return CardReply(card=meeting_card(turn, meeting, turn._("Meeting"),
                                       view=await meeting_view(turn, for_the_reader=True)))


async def show_own_view(turn: Turn, data: dict) -> CardReply:
    """A meeting card's refresh, asked by the Teams client of one it names (automatically) or
    of anybody (the message's "Refresh"): the card as drawn for her, Move and Cancel only if she
    may, the meeting as it is now. Nobody is refused: a member gets the card everybody has."""
    meeting = await meeting_of_group(turn.uow, turn.group, meeting_id_of(data))
    view = await meeting_view(turn, for_the_reader=True)
    heading = shown_heading(data) or turn._("Meeting")
    if data.get("cycle") is True and meeting.status != MeetingStatus.CANCELLED:
        outlook = await cycle_outlook(turn.uow, turn.group, meeting, turn.now)
        return CardReply(card=cycle_card(turn, meeting, heading, outlook, view))
    return CardReply(card=meeting_card(turn, meeting, heading, view=view))


async def show_plan_form(turn: Turn, data: dict) -> CardReply:
    """The form to plan a meeting; opened from a wish to plan ("vi skal mødes den 14. januar"),
    with the day and times it named."""
    meeting_form.open_plan(turn)
    return CardReply(card=form_card(turn, values={**form_values(turn, None),
                                                  **meeting_form.prefilled(data)}))


async def plan_from_form(turn: Turn, data: dict) -> CardReply:
    meeting = await meeting_form.plan(turn, data)
    if isinstance(meeting, Invalid):
        return CardReply(card=form_card(turn, values=meeting.values,
                                        error=form_problem_text(turn, meeting.problem)))
    return CardReply(card=planned_card(
        turn, meeting, await cycle_outlook(turn.uow, turn.group, meeting, turn.now),
        await meeting_view(turn, for_the_reader=True)))


async def show_move_form(turn: Turn, data: dict) -> CardReply:
    meeting = await meeting_form.meeting_to_move(turn, data)
    return CardReply(card=form_card(turn, meeting=meeting))


async def move_from_form(turn: Turn, data: dict) -> CardReply:
    meeting = await meeting_form.meeting_to_move(turn, data)
    moved = await meeting_form.move(turn, meeting, data)
    if isinstance(moved, Invalid):
        return CardReply(card=form_card(turn, meeting=meeting, values=moved.values,
                                        error=form_problem_text(turn, moved.problem)))
    outlook = await cycle_outlook(turn.uow, turn.group, moved.meeting, turn.now)
    mine, everybodys = (await meeting_view(turn, for_the_reader=True),
                        await meeting_view(turn, for_the_reader=False))
    return CardReply(card=moved_card(turn, moved.before, moved.meeting, outlook, mine),
                     for_everyone=True,
                     posted=moved_card(turn, moved.before, moved.meeting, outlook, everybodys))


async def ask_to_cancel(turn: Turn, data: dict) -> CardReply:
    meeting = await confirm.ask_to_cancel(turn, data)
    return CardReply(card=turn.card("confirm_cancel", meeting=meeting_context(turn, meeting)))


async def confirm_cancel(turn: Turn, data: dict) -> CardReply:
    meeting = await confirm.cancel_confirmed(turn, data)
    # Cancelled: no Move or Cancel for anybody, so no view of anybody's own.
    return CardReply(card=meeting_card(turn, meeting, turn._("Meeting cancelled"), view=PLAIN),
                     for_everyone=True)


ACTIONS: dict[str, Action] = {
    "meeting.next": show_next,
    "meeting.list": show_list,
    "meeting.show": show_meeting,
    REFRESH_VERB: show_own_view,
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
    **MEMBER_ACTIONS,
    **IMPORT_ACTIONS,
    **PRIVACY_ACTIONS,
    **GROUP_CHOICE_ACTIONS,
}


# Buttons about the clicker as a person, not the group the card names: all her tasks, away.
ABOUT_THE_PERSON = frozenset({"task.mine", "away.set"})


async def act(turn: Turn, verb: str, data: dict[str, Any]) -> CardReply:
    """Run the verb's handler; refusals leave the card as it was and say why."""
    action = ACTIONS.get(verb)
    if action is None:
        return CardReply(message=turn._("This button is no longer in use. Write “help”."))
    try:
        turn = await turn_for_card(turn, data, about_the_person=verb in ABOUT_THE_PERSON)
        reply = await action(turn, data)
    except Refusal as refused:
        return CardReply(message=problem_text(turn, refused.code, dict(refused.details)))
    await turn.uow.commit()
    return reply


async def _meeting(turn: Turn, data: dict) -> Meeting:
    return await planned_meeting_of_group(turn.uow, turn.group, meeting_id_of(data))
