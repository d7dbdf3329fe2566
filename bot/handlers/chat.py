"""What the bot does with a line of chat: one handler per intent, looked up in a table."""

from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.card_view import CardView
from bot.handlers.agenda.chat import AGENDA_COMMANDS
from bot.handlers.agenda.months import meeting_in_month, meeting_in_week
from bot.handlers.agenda.year_plan import YEAR_COMMANDS
from bot.handlers.groups.members import MEMBER_COMMANDS
from bot.handlers.groups.privacy import PRIVACY_COMMANDS
from bot.handlers.minutes.annual_report import ANNUAL_REPORT_COMMANDS
from bot.handlers.minutes.chat import MINUTES_COMMANDS
from bot.handlers.minutes.import_chat import IMPORT_COMMANDS
from bot.handlers.plan_wish import answer_unknown_or_wish
from bot.handlers.tasks.chat import TASK_COMMANDS
from bot.meeting_views import meeting_view
from bot.turn import Reply, Speaker, Turn
from bot.views.examples import example_cancel_line, example_meeting_line, example_move_line
from bot.views.meetings import (
    form_card,
    help_card,
    meeting_card,
    meeting_context,
    meeting_list_card,
    skipped_text,
)
from bot.views.planning import moved_card, planned_card
from bot.views.replies import problem_text
from bot.views.undelivered import undelivered_card
from dialogs import confirm
from meetings.agenda.outlook import cycle_outlook
from meetings.common.i18n import N_
from meetings.common.refusal import DUPLICATE_MEETING, NOT_ALLOWED, Refusal
from meetings.groups.membership.leaving import leaders_of
from meetings.groups.undelivered import undelivered_of
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import (
    PROBLEM_INVALID_DATE,
    PROBLEM_NO_DATE,
    PROBLEM_WEEKDAY_MISMATCH,
    LineProblem,
    parse_meeting_line,
)
from meetings.planning.move_line import parse_move_line
from meetings.planning.planning import (
    draft_of,
    meeting_to_move,
    move_meeting,
    offers_planning_in,
    plan_meeting,
    planning_form,
)
from meetings.planning.schedule import (
    NEXT_WORDS,
    meetings_of_year,
    next_meeting,
    planned_meetings,
    skipped_before,
    upcoming_meetings,
)
from meetings.understanding.intents import Intent, Understood
from meetings.understanding.slots import year_asked
from storage.repositories.quick_reads import MeetingFacts

Command = Callable[[Turn, Understood], Awaitable[Reply]]

# What is wrong with the date a move or cancel names its meeting by: answered with an example
# of the command written, never a `nyt møde` line, which would plan another meeting.
SELECTOR_PROBLEMS = frozenset({PROBLEM_NO_DATE, PROBLEM_INVALID_DATE, PROBLEM_WEEKDAY_MISMATCH})
# A picture, GIF or sticker with no words, or the bot @mentioned alone (a file is the import's).
TEXT_ONLY = N_("I can only read text. Write, for example, “when is the next meeting?”")


async def show_help(turn: Turn, _: Understood) -> Reply:
    return Reply(card=help_card(turn, plans=await offers_planning_in(
        turn.uow, turn.group, turn.member, turn.now)))


async def tell_next_meeting(turn: Turn, understood: Understood) -> Reply:
    if understood.argument and (reply := await meeting_in_month(turn, understood.argument)
                                or await meeting_in_week(turn, understood.argument)):
        return reply  # "hvornår er mødet i marts?", "… i uge 1?"
    meeting = await next_meeting(turn.uow, turn.group, turn.now)
    skipped = await skipped_before(turn.uow, turn.group, turn.now, meeting)
    return next_meeting_reply(turn, meeting, skipped.starts_at if skipped else None,
                              view=await meeting_view(turn, for_the_reader=False),
                              in_a_group=turn.group.kind != ConversationKind.PERSONAL
                              and not turn.for_another_chat)


def next_meeting_reply(turn: Speaker, meeting: Meeting | MeetingFacts | None,
                       skipped_at: datetime | None = None, *, view: CardView,
                       in_a_group: bool = False) -> Reply:
    """The answer to "when is the next meeting?" (the bot also reads it in one quick read).
    A cancelled meeting it skips is said first: "is Thursday's meeting cancelled?" asks it.
    None planned in a group's chat: who plans one, so a member is not sent to write a line
    only the chair and the secretary may."""
    skipped = skipped_text(turn, skipped_at)
    if meeting is None:
        none = turn._("No meeting is planned. The chair or the secretary plans one, for example: "
                      "“@Mødebot %(example)s”", example=example_meeting_line(
                          turn.now, turn.tz, turn.language)) if in_a_group \
            else problem_text(turn, "no_meeting")
        return Reply(text=" ".join(filter(None, (skipped, none))))
    return Reply(text=skipped, card=meeting_card(turn, meeting, turn._("Next meeting"),
                                                 view=view))


async def list_meetings(turn: Turn, understood: Understood) -> Reply:
    """The upcoming meetings; a year's, held and planned, when one is named ("møderne i 2027")."""
    year = year_asked(understood.argument, turn.now.astimezone(turn.tz).year)
    if year is not None:
        of_year = await meetings_of_year(turn.uow, turn.group, year,
                                         refuse_none=turn.for_another_chat)
        return Reply(card=meeting_list_card(turn, list(of_year), year))
    # Read for a group in a personal chat, "none" is said without the card's line to plan one.
    listed = planned_meetings if turn.for_another_chat else upcoming_meetings
    meetings = await listed(turn.uow, turn.group, turn.now)
    return Reply(card=meeting_list_card(turn, list(meetings)))


async def plan_from_text(turn: Turn, understood: Understood) -> Reply:
    # A member is refused (and it is logged) before the line is read, not helped to fix it
    planning_form(turn.group, turn.member)
    if not understood.argument:
        return Reply(card=form_card(turn))
    draft = parse_meeting_line(understood.argument, now=turn.now, tz=turn.tz,
                               language=turn.language)
    if isinstance(draft, LineProblem):
        return Reply(text=problem_text(turn, draft.code, dict(draft.details)))
    meeting = await plan_meeting(turn.uow, turn.group, turn.member, draft, turn.now)
    return Reply(card=planned_card(
        turn, meeting, await cycle_outlook(turn.uow, turn.group, meeting, turn.now),
        await meeting_view(turn, for_the_reader=False)))


async def move_from_text(turn: Turn, understood: Understood) -> Reply:
    try:
        meeting = await meeting_to_move(turn.uow, turn.group, turn.member, understood.selector,
                                        turn.now, turn.language)
    except Refusal as refused:
        if refused.code not in SELECTOR_PROBLEMS:
            raise
        return Reply(text=problem_text(turn, refused.code, dict(refused.details),
                                       example=example_move_line))
    if not understood.argument:  # "flyt", "ryk mødet": the form, and how to write it instead
        text = " ".join((turn._("To when? Fill in the form, or write the move on one line."),
                         turn._("Write for example: %(example)s",
                                example=example_move_line(turn.now, turn.tz, turn.language))))
        return Reply(text=text, card=form_card(turn, meeting=meeting))
    before = draft_of(meeting)
    draft = parse_move_line(understood.argument, before, now=turn.now, tz=turn.tz,
                            language=turn.language)
    if isinstance(draft, LineProblem):
        return Reply(text=problem_text(turn, draft.code, dict(draft.details),
                                       example=example_move_line))
    try:
        moved = await move_meeting(turn.uow, turn.group, turn.member, meeting.id, draft,
                                   turn.now)
    except Refusal as refused:
        if refused.code != DUPLICATE_MEETING:
            raise
        return Reply(text=problem_text(turn, refused.code, dict(refused.details),
                                       example=example_move_line))
    return Reply(card=moved_card(
        turn, before, moved, await cycle_outlook(turn.uow, turn.group, moved, turn.now),
        await meeting_view(turn, for_the_reader=False)))


async def cancel_from_text(turn: Turn, understood: Understood) -> Reply:
    """Cancelling is asked to be confirmed: a typo must not cancel a meeting for thirty people."""
    try:
        meeting = await confirm.ask_to_cancel_by_words(turn, understood.selector)
    except Refusal as refused:
        if refused.code == NOT_ALLOWED:
            return await _own_regrets_instead(turn, refused, understood.selector)
        if refused.code not in SELECTOR_PROBLEMS:
            raise
        following = await next_meeting(turn.uow, turn.group, turn.now)
        day = following.starts_at.astimezone(turn.tz).date() if following else None
        return Reply(text=problem_text(turn, refused.code, dict(refused.details),
                                       example=example_cancel_line(day)))
    card = turn.card("confirm_cancel", meeting=meeting_context(turn, meeting))
    if understood.selector:
        return Reply(card=card)
    # "aflys", "aflys mødet": the next meeting not begun is asked about, and another is named
    # by its date (the one after it, if there is one).
    coming = await upcoming_meetings(turn.uow, turn.group, turn.now, limit=3)
    later = next((m for m in coming if m.starts_at > meeting.starts_at), meeting)
    example = example_cancel_line(later.starts_at.astimezone(turn.tz).date())
    return Reply(text=" ".join((
        turn._("Which meeting? This is the next one; another is named by its date."),
        turn._("Write for example: %(example)s",
               example=example(turn.now, turn.tz, turn.language)))), card=card)


async def _own_regrets_instead(turn: Turn, refused: Refusal, selector: str) -> Reply:
    """A member's "aflys"/"cancel" (refused and logged) is likelier their own absence: the
    refusal, who to ask instead, and their regrets, on one click for the next meeting or by
    the line that sends them for the meeting named by its date."""
    text = [problem_text(turn, refused.code, dict(refused.details))]
    if leaders := await leaders_of(turn.uow, turn.group):
        text.append(turn._("Write to %(name)s if the meeting must be cancelled.",
                           name=", ".join(m.name for m in leaders)))
    if selector.strip().lower() not in NEXT_WORDS:
        example = turn._("regrets for the meeting on %(day)s", day=selector)
        text.append(turn._("If you cannot come yourself, send your regrets: write for example "
                           "“%(example)s”.", example=example))
        return Reply(text=" ".join(text))
    try:
        meeting = await confirm.meeting_to_answer(turn)
    except Refusal:
        return Reply(text=" ".join(text))
    text.append(turn._("If you cannot come yourself, send your regrets below."))
    return Reply(text=" ".join(text),
                 card=turn.card("regrets_confirm", meeting=meeting_context(turn, meeting)))


async def list_undelivered(turn: Turn, _: Understood) -> Reply:
    return Reply(card=undelivered_card(
        turn, await undelivered_of(turn.uow, turn.group, turn.member)))


COMMANDS: dict[Intent, Command] = {
    Intent.HELP: show_help,
    Intent.NEXT_MEETING: tell_next_meeting,
    Intent.LIST_MEETINGS: list_meetings,
    Intent.PLAN_MEETING: plan_from_text,
    Intent.MOVE_MEETING: move_from_text,
    Intent.CANCEL_MEETING: cancel_from_text,
    Intent.UNDELIVERED: list_undelivered,
    Intent.UNKNOWN: answer_unknown_or_wish,
    **AGENDA_COMMANDS,
    **TASK_COMMANDS,
    **MINUTES_COMMANDS,
    **YEAR_COMMANDS,
    **ANNUAL_REPORT_COMMANDS,
    **IMPORT_COMMANDS,
    **MEMBER_COMMANDS,
    **PRIVACY_COMMANDS,
}


async def answer(turn: Turn, understood: Understood) -> Reply:
    """Run the command; a refusal becomes an answer in the user's language, nothing written."""
    try:
        reply = await COMMANDS[understood.intent](turn, understood)
    except Refusal as refused:
        return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
    await turn.uow.commit()
    return reply

