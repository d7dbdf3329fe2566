"""Card buttons of the agenda cycle: proposing items, "intet fra os", the agenda, attendance.

Ids in card data are client input: the use cases look them up within the clicker's group and
check the clicker's role, so a forged click is refused (and logged) and changes nothing.
"""

from bot.card_data import Action
from bot.handlers.agenda.cards import agenda_card, later_meeting_text
from bot.handlers.agenda.review import REVIEW_ACTIONS
from bot.handlers.agenda.settings import SETTINGS_ACTIONS
from bot.turn import CardReply, Turn
from bot.views.agenda import answer_text, item_form_card
from bot.views.meetings import meeting_context
from bot.views.replies import form_problem_text
from dialogs import item_form
from dialogs.card_inputs import meeting_id_of
from dialogs.forms import Invalid
from meetings.agenda.proposals import (
    answer_nothing,
    bring_item,
    meeting_for_item,
    proposal_form,
)
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.access import meeting_ahead, planned_meeting_of_group
from meetings.common.refusal import ALREADY_CANCELLED, Refusal
from meetings.minutes.presence import answer_attendance_in_minutes
from meetings.planning.entities import Meeting


async def show_item_form(turn: Turn, data: dict) -> CardReply:
    meeting = await proposal_form(turn.uow, turn.group, turn.member, meeting_id_of(data),
                                  turn.now)
    return CardReply(card=item_form_card(turn, meeting))


async def propose_from_form(turn: Turn, data: dict) -> CardReply:
    asked = meeting_id_of(data)
    try:
        meeting = await meeting_for_item(turn.uow, turn.group, asked, turn.now)
    except Refusal as refusal:
        if refusal.code != ALREADY_CANCELLED:
            raise
        return await _kept_for_later(turn, asked, data)
    item = await item_form.submit(data, lambda draft: bring_item(
        turn.uow, turn.group, meeting.id, turn.member, draft, turn.now))
    if isinstance(item, Invalid):
        return CardReply(card=item_form_card(turn, meeting, item.values,
                                             form_problem_text(turn, item.problem)))
    if item.status == ItemStatus.ACCEPTED:
        heading, text = turn._("Item added to the agenda"), turn._("The item is on the agenda.")
    else:
        heading = turn._("Item proposed")
        text = await _moved_text(turn, asked, meeting) or await later_meeting_text(
            turn, meeting) or turn._(
            "Thank you. The chair and the secretary put the agenda together.")
    return CardReply(card=turn.card("notice", heading_text=heading, text=text))


async def _moved_text(turn: Turn, asked: int, meeting: Meeting) -> str | None:
    """Sent just after the meeting it was written for was cancelled: where the item went."""
    if meeting.id == asked:
        return None
    cancelled = await turn.uow.meetings.get(asked)
    return turn._("The meeting on %(date)s is cancelled, so your item is proposed for the "
                  "meeting on %(when)s, where the chair and the secretary review it.",
                  date=meeting_context(turn, cancelled)["when"],
                  when=meeting_context(turn, meeting)["when"])


async def _kept_for_later(turn: Turn, asked: int, data: dict) -> CardReply:
    """Cancelled with no meeting after it: the form as she wrote it, so nothing is lost."""
    cancelled = await turn.uow.meetings.get(asked)
    return CardReply(card=item_form_card(turn, cancelled, item_form.typed(data), turn._(
        "The meeting is cancelled and no later meeting is planned yet, so the item was not "
        "saved. Keep what you wrote here and send it when the next meeting is planned.")))


async def answer_nothing_from_us(turn: Turn, data: dict) -> CardReply:
    await answer_nothing(turn.uow, turn.group, meeting_id_of(data), turn.member, turn.now)
    return CardReply(message=turn._("Thank you. Noted: nothing from you this time."))


async def show_agenda(turn: Turn, data: dict) -> CardReply:
    meeting = await planned_meeting_of_group(turn.uow, turn.group, meeting_id_of(data))
    return CardReply(card=await agenda_card(turn, meeting, turn._("Agenda")))


async def answer_attendance_from_card(turn: Turn, data: dict) -> CardReply:
    return await attendance_answered(turn, meeting_id_of(data), str(data.get("status") or ""),
                                     str(data.get("substitute_name") or "")[:500])


async def attendance_answered(turn: Turn, meeting_id: int, status: str,
                              substitute: str = "") -> CardReply:
    """The member's answer recorded; the agenda card shows it, with the buttons to change it."""
    answer = await answer_attendance_in_minutes(turn.uow, turn.group, meeting_id, turn.member,
                                                status, turn.now, substitute)
    meeting = await meeting_ahead(turn.uow, turn.group, answer.meeting_id, turn.now)
    said = answer_text(turn, answer.status, answer.substitute_name)
    return CardReply(card=await agenda_card(turn, meeting, turn._("Agenda"), answer=said))


AGENDA_ACTIONS: dict[str, Action] = {
    "item.form": show_item_form,
    "item.propose": propose_from_form,
    "item.nothing": answer_nothing_from_us,
    "agenda.show": show_agenda,
    "attendance.answer": answer_attendance_from_card,
    **REVIEW_ACTIONS,
    **SETTINGS_ACTIONS,
}
