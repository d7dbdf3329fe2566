"""Chat about the agenda cycle: the agenda, who is coming, regrets, the deadline, proposing an
item in one line or a sentence, "intet fra os", and the chair's review and settings cards. Each
concerns the meeting its date or month names, else the next one (bot.handlers.agenda.meant)."""

from datetime import datetime
from functools import partial

from bot.handlers.agenda.cards import agenda_card, deadline_text, later_meeting_text
from bot.handlers.agenda.meant import meeting_meant
from bot.handlers.agenda.review import review_card
from bot.handlers.agenda.settings import attendance_card, settings_card
from bot.turn import Reply, Turn
from bot.views.agenda import item_form_card
from bot.views.meetings import meeting_context
from dialogs.item_form import typed
from meetings.agenda.items.draft import ItemDraft
from meetings.agenda.items.line import ItemText, parse_item_line, parse_item_text
from meetings.agenda.meant import meeting_for_items, meeting_not_begun, meeting_open_for_items
from meetings.agenda.now import publish_now
from meetings.agenda.proposals import answer_nothing, bring_item
from meetings.agenda.queries import deadline_of
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.dates import format_date
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting
from meetings.planning.schedule import planned_next_meeting
from meetings.understanding.intents import PROPOSAL_FORM, Intent, Understood

EXAMPLE = {"da": "punkt: Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte",
           "en": "item: Foster families – recruitment and retention, 20 min, Lotte"}


async def show_agenda(turn: Turn, understood: Understood) -> Reply:
    meeting = await meeting_meant(turn, understood)
    return Reply(card=await agenda_card(turn, meeting, turn._("Agenda")))


async def show_attendance(turn: Turn, understood: Understood) -> Reply:
    meeting = await meeting_meant(turn, understood)
    return Reply(card=await attendance_card(turn, meeting, understood.argument))


async def tell_deadline(turn: Turn, understood: Understood) -> Reply:
    """The deadline of the call still open; one that has passed is said to have, with the
    deadline of a later meeting whose call is open. Only the next meeting is called so: a later
    one is named by its date, after the next one's passed deadline when none was named."""
    meeting = await meeting_meant(turn, understood, meeting_open_for_items)
    if await deadline_of(turn.uow, turn.group, meeting) <= turn.now:
        return Reply(text=await _deadline_passed(turn, meeting))
    upcoming = await planned_next_meeting(turn.uow, turn.group, turn.now)
    if upcoming.id == meeting.id:
        return Reply(text=turn._("The deadline for items for the next meeting is %(deadline)s.",
                                 deadline=await deadline_text(turn, meeting)))
    said = []
    if not understood.meeting and upcoming.starts_at > turn.now:  # not the one under way
        said.append(turn._("The deadline for items for the next meeting (%(date)s) has passed.",
                           date=_day_of(turn, upcoming)))
    said.append(await _deadline_ahead(turn, meeting))
    return Reply(text=" ".join(said))


async def _deadline_passed(turn: Turn, meeting: Meeting) -> str:
    said = [turn._("The deadline for items for the meeting on %(date)s was %(deadline)s; it "
                   "has passed. Write to the chair or the secretary if you have an item.",
                   date=_day_of(turn, meeting), deadline=await deadline_text(turn, meeting))]
    later = await meeting_open_for_items(turn.uow, turn.group, turn.now)
    if later.id != meeting.id and await deadline_of(turn.uow, turn.group, later) > turn.now:
        said.append(await _deadline_ahead(turn, later))
    return " ".join(said)


async def _deadline_ahead(turn: Turn, meeting: Meeting) -> str:
    return turn._("The deadline for items for the meeting on %(date)s is %(deadline)s.",
                  date=_day_of(turn, meeting), deadline=await deadline_text(turn, meeting))


def _day_of(turn: Turn, meeting: Meeting) -> str:
    return format_date(meeting.starts_at.astimezone(turn.tz).date(), turn.language)


async def ask_to_send_regrets(turn: Turn, understood: Understood) -> Reply:
    """"jeg kan ikke komme til næste møde": one click on the card sends the regrets, through
    the agenda card's own Afbud."""
    meeting = await meeting_meant(turn, understood, meeting_not_begun)
    return Reply(card=turn.card("regrets_confirm", meeting=meeting_context(turn, meeting)))


async def ask_to_attend(turn: Turn, understood: Understood) -> Reply:
    """"jeg kommer", "count me in": one click on the card says yes, through the agenda card's
    own Deltager, so "jeg deltager i næste møde" is never read as regrets and nothing is
    recorded on a guess."""
    meeting = await meeting_meant(turn, understood, meeting_not_begun)
    return Reply(card=turn.card("attend_confirm", meeting=meeting_context(turn, meeting)))


async def propose_from_text(turn: Turn, understood: Understood) -> Reply:
    meeting = await meeting_meant(turn, understood, partial(_for_items, turn.member))
    if understood.selector == PROPOSAL_FORM:
        return await _filled_form(turn, meeting, understood.argument)
    line, description = parse_item_line(understood.argument), None
    if "\n" in understood.argument:  # the item on the first line, what it is about under it
        written = parse_item_text(understood.argument)
        if written.several and written.line is not None:
            return _several_on_the_form(turn, meeting, written)
        line, description = written.line, written.description or None
    if line is None:
        # What is missing is asked for on the proposal form, next to an example line.
        return Reply(text=turn._("Write the item's title, for example: %(example)s",
                                 example=EXAMPLE.get(turn.language, EXAMPLE["da"])),
                     card=item_form_card(turn, meeting))
    draft = ItemDraft(title=line.title, minutes=line.minutes, presenter=line.presenter,
                      description=description)
    item = await bring_item(turn.uow, turn.group, meeting.id, turn.member, draft, turn.now)
    if item.status == ItemStatus.ACCEPTED:
        return Reply(text=turn._("The item is on the agenda."))
    named = bool(understood.meeting)
    return Reply(text=await later_meeting_text(turn, meeting, named=named) or turn._(
        "Thank you. Your item is proposed; the chair and the secretary put the agenda together."))


def _several_on_the_form(turn: Turn, meeting: Meeting, written: ItemText) -> Reply:
    """"punkt:", then "1. Plejefamilier", "2. Takster": not one item of them all, nor one of
    them on a guess; the form with the first, the others under it to move or propose apart."""
    line = written.line
    values = {"title": line.title, "minutes": line.minutes, "presenter": line.presenter,
              "description": written.description}
    return Reply(text=turn._("Fill in the rest and send the proposal."),
                 card=item_form_card(turn, meeting, typed(values)))


async def _for_items(actor: Member, uow: UnitOfWork, group: Group, now: datetime) -> Meeting:
    return await meeting_for_items(uow, group, actor, now)


async def _filled_form(turn: Turn, meeting: Meeting, subject: str) -> Reply:
    """"Vi vil gerne have et punkt om plejefamilier": the form with the subject as its title;
    nothing is proposed until the form is sent."""
    title = subject[:1].upper() + subject[1:]
    return Reply(text=turn._("Fill in the rest and send the proposal."),
                 card=item_form_card(turn, meeting, typed({"title": title})))


async def nothing_from_us(turn: Turn, understood: Understood) -> Reply:
    meeting = await meeting_meant(turn, understood, meeting_open_for_items)
    await answer_nothing(turn.uow, turn.group, meeting.id, turn.member, turn.now)
    return Reply(text=turn._("Thank you. Noted: nothing from you this time."))


async def show_review(turn: Turn, understood: Understood) -> Reply:
    return Reply(card=await review_card(turn, await meeting_meant(turn, understood)))


async def publish_agenda(turn: Turn, understood: Understood) -> Reply:
    meeting = await meeting_meant(turn, understood)
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
