"""Confirm, then act: cancelling a meeting and sending regrets are asked first, on a card
whose button names what it acts on.

Nothing is kept between the question and the answer. The answer is checked as if it came
alone, since it may come days later, after a restart, to another replica, from someone else,
or forged; answered twice, the second finds it done. Regrets are confirmed with the agenda
card's own "Afbud" button, so the answer is the attendance use case itself.
"""

from dialogs.card_inputs import meeting_id_of
from dialogs.context import Context
from meetings.agenda.meant import meeting_not_begun
from meetings.planning.entities import Meeting
from meetings.planning.planning import cancel_meeting, meeting_on_card, meeting_to_cancel


async def ask_to_cancel(context: Context, data: dict) -> Meeting:
    """The meeting a card's "Cancel" button asks about; only the chair and the secretary ask:
    a typo must not cancel a meeting for thirty people."""
    return await meeting_on_card(context.uow, context.group, context.member, "cancel_meeting",
                                 data.get("meeting_id"), context.now)


async def ask_to_cancel_by_words(context: Context, selector: str) -> Meeting:
    """The meeting "aflys næste møde" or "aflys mødet 9. februar" asks about."""
    return await meeting_to_cancel(context.uow, context.group, context.member, selector,
                                   context.now, context.language)


async def cancel_confirmed(context: Context, data: dict) -> Meeting:
    return await cancel_meeting(context.uow, context.group, context.member, meeting_id_of(data),
                                context.now)


async def meeting_to_answer(context: Context) -> Meeting:
    """The next meeting that has not begun, which "jeg kan ikke komme til næste møde" sends
    regrets for and "jeg kommer" says yes to."""
    return await meeting_not_begun(context.uow, context.group, context.now)
