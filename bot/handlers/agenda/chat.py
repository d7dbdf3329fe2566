"""Chat about the agenda cycle: the agenda, who is coming, regrets, the deadline, proposing an
item in one line or a sentence, "intet fra os", and the chair's review and settings cards. Each
concerns the next meeting; "jeg kommer", regrets, items and their deadline the next not yet
started (during a meeting, the one after it)."""

from bot.handlers.agenda.cards import agenda_card, deadline_text
from bot.handlers.agenda.review import review_card
from bot.handlers.agenda.settings import attendance_card, settings_card
from bot.turn import Reply, Turn
from bot.views.agenda import item_form_card
from bot.views.meetings import meeting_context
from dialogs import confirm
from dialogs.item_form import typed
from meetings.agenda.item_draft import ItemDraft
from meetings.agenda.item_line import parse_item_line
from meetings.agenda.now import publish_now
from meetings.agenda.proposals import answer_nothing, bring_item
from meetings.agenda.vocabulary import ItemStatus
from meetings.planning.entities import Meeting
from meetings.planning.schedule import meeting_to_come, planned_next_meeting
from meetings.understanding.intents import PROPOSAL_FORM, Intent, Understood

EXAMPLE = {"da": "punkt: Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte",
           "en": "item: Foster families – recruitment and retention, 20 min, Lotte"}


async def _next(turn: Turn) -> Meeting:
    return await planned_next_meeting(turn.uow, turn.group, turn.now)


async def _to_come(turn: Turn) -> Meeting:
    """The next meeting not started, for the items and their deadline: during a meeting, the
    one after it."""
    return await meeting_to_come(turn.uow, turn.group, turn.now)


async def show_agenda(turn: Turn, _: Understood) -> Reply:
    return Reply(card=await agenda_card(turn, await _next(turn), turn._("Agenda")))


async def show_attendance(turn: Turn, understood: Understood) -> Reply:
    return Reply(card=await attendance_card(turn, await _next(turn), understood.argument))


async def tell_deadline(turn: Turn, _: Understood) -> Reply:
    meeting = await _to_come(turn)
    return Reply(text=turn._("The deadline for items for the next meeting is %(deadline)s.",
                             deadline=await deadline_text(turn, meeting)))


async def ask_to_send_regrets(turn: Turn, _: Understood) -> Reply:
    """"jeg kan ikke komme til næste møde": one click on the card sends the regrets, through
    the agenda card's own Afbud."""
    meeting = await confirm.meeting_to_answer(turn)
    return Reply(card=turn.card("regrets_confirm", meeting=meeting_context(turn, meeting)))


async def ask_to_attend(turn: Turn, _: Understood) -> Reply:
    """"jeg kommer", "count me in": one click on the card says yes, through the agenda card's
    own Deltager, so "jeg deltager i næste møde" is never read as regrets and nothing is
    recorded on a guess."""
    meeting = await confirm.meeting_to_answer(turn)
    return Reply(card=turn.card("attend_confirm", meeting=meeting_context(turn, meeting)))


async def propose_from_text(turn: Turn, understood: Understood) -> Reply:
    if understood.selector == PROPOSAL_FORM:
        return await _filled_form(turn, understood.argument)
    line = parse_item_line(understood.argument)
    if line is None:
        # What is missing is asked for on the proposal form, next to an example line.
        meeting = await _to_come(turn)
        return Reply(text=turn._("Write the item's title, for example: %(example)s",
                                 example=EXAMPLE.get(turn.language, EXAMPLE["da"])),
                     card=item_form_card(turn, meeting))
    meeting = await _to_come(turn)
    draft = ItemDraft(title=line.title, minutes=line.minutes, presenter=line.presenter)
    item = await bring_item(turn.uow, turn.group, meeting.id, turn.member, draft, turn.now)
    if item.status == ItemStatus.ACCEPTED:
        return Reply(text=turn._("The item is on the agenda."))
    return Reply(text=turn._("Thank you. Your item is proposed; the chair and the secretary "
                             "put the agenda together."))


async def _filled_form(turn: Turn, subject: str) -> Reply:
    """"Vi vil gerne have et punkt om plejefamilier": the form with the subject as its title;
    nothing is proposed until the form is sent."""
    meeting = await _to_come(turn)
    title = subject[:1].upper() + subject[1:]
    return Reply(text=turn._("Fill in the rest and send the proposal."),
                 card=item_form_card(turn, meeting, typed({"title": title})))


async def nothing_from_us(turn: Turn, _: Understood) -> Reply:
    meeting = await _to_come(turn)
    await answer_nothing(turn.uow, turn.group, meeting.id, turn.member, turn.now)
    return Reply(text=turn._("Thank you. Noted: nothing from you this time."))


async def show_review(turn: Turn, _: Understood) -> Reply:
    return Reply(card=await review_card(turn, await _next(turn)))


async def publish_agenda(turn: Turn, _: Understood) -> Reply:
    meeting = await _next(turn)
    if await publish_now(turn.uow, turn.group, turn.member, meeting.id, turn.now):
        return Reply(text=turn._("The agenda is published; the group gets it in a moment."))
    return Reply(text=turn._(
        "The agenda was published already; the posted card is brought up to date."))


async def show_settings(turn: Turn, _: Understood) -> Reply:
    return Reply(card=await settings_card(turn))


AGENDA_COMMANDS = {
    Intent.AGENDA: show_agenda,
    Intent.ATTENDANCE: show_attendance,
    Intent.SEND_REGRETS: ask_to_send_regrets,
    Intent.ATTEND: ask_to_attend,
    Intent.DEADLINE: tell_deadline,
    Intent.PROPOSE_ITEM: propose_from_text,
    Intent.NOTHING_FROM_US: nothing_from_us,
    Intent.REVIEW_ITEMS: show_review,
    Intent.PUBLISH_AGENDA: publish_agenda,
    Intent.SETTINGS: show_settings,
}
