"""What the agenda cycle's proactive messages say, rendered when they are sent from the data
as it is then: a meeting cancelled or deleted meanwhile means there is nothing to send."""

from typing import Any

from bot.card_view import PLAIN
from bot.handlers.agenda.cards import agenda_card, call_card, deadline_text
from bot.outbox.card import NothingToSend, card_message
from bot.turn import Turn
from bot.views.agenda import prompt_card
from bot.views.meetings import meeting_card, meeting_context
from meetings.agenda.queries import deadline_of
from meetings.common.access import planned_meeting_of_group
from meetings.common.entities import OutboxMessage
from meetings.common.i18n import N_
from meetings.common.refusal import Refusal
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus


async def _meeting(turn: Turn, row: OutboxMessage) -> Meeting:
    try:
        return await planned_meeting_of_group(turn.uow, turn.group, int(row.payload["meeting_id"]))
    except Refusal:
        raise NothingToSend("the meeting is cancelled or gone") from None


async def call(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """In the group's chat; in one's 1:1 chat (she joined while it was open) it says which
    group calls, for one added to a team may get the calls of several."""
    lead = None if row.member_id is None else turn._(
        "You joined %(group)s while items for its next meeting are being collected.",
        group=turn.group.name)
    return card_message(await call_card(turn, await _meeting(turn, row), lead))


async def newcomer_call(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """The call, right after the welcome, to one who joined while it was open; nothing once
    its deadline has passed (the meeting moved closer meanwhile)."""
    meeting = await _meeting(turn, row)
    if await deadline_of(turn.uow, turn.group, meeting) <= turn.now:
        raise NothingToSend("the deadline for input has passed")
    return await call(turn, row)


async def nudge(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await _meeting(turn, row)
    text = turn._("We have not heard from you about the agenda yet. The deadline is %(deadline)s.",
                  deadline=await deadline_text(turn, meeting))
    return card_message(prompt_card(turn, meeting, text, "input"))


async def published(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await _meeting(turn, row)
    return card_message(await agenda_card(turn, meeting, turn._("Agenda")))


async def card_update(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """The posted agenda as it is now; of a meeting called off, the cancelled meeting's card
    in its place, so nobody answers "Deltager" on a meeting that will not be held."""
    return await _cancelled(turn, row) or await published(turn, row)


async def call_update(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """The posted call as it is now (the new date and deadline after a move); of a meeting
    called off, the cancelled meeting's card, so nobody proposes an item for it."""
    return await _cancelled(turn, row) or await call(turn, row)


async def nudge_update(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """A posted 1:1 nudge as it is now, or the cancelled meeting's card, as the call's."""
    return await _cancelled(turn, row) or await nudge(turn, row)


async def _cancelled(turn: Turn, row: OutboxMessage) -> dict[str, Any] | None:
    meeting = await turn.uow.meetings.get(int(row.payload["meeting_id"]))
    if meeting is not None and meeting.group_id == turn.group.id \
            and meeting.status == MeetingStatus.CANCELLED:
        # Cancelled: no Move or Cancel for anybody, so no view of anybody's own.
        return card_message(meeting_card(turn, meeting, turn._("Meeting cancelled"), view=PLAIN))
    return None


async def attendance(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await _meeting(turn, row)
    text = turn._("Will you attend the meeting? Please answer, so the chair can plan.")
    return card_message(prompt_card(turn, meeting, text, "attendance"))


DECIDED = {
    "accepted": (N_("Your item is on the agenda"),
                 N_("The chair and the secretary have put it on the agenda of %(when)s.")),
    "deferred": (N_("Your item is deferred"),
                 N_("It is moved to the meeting of %(when)s and marked as deferred.")),
    "rejected": (N_("Your item is not on the agenda"),
                 N_("The chair and the secretary did not put it on the agenda of %(when)s.")),
}


WAITING = N_("It waits for the next meeting to be planned and is marked as deferred.")
CANCELLED = (N_("Your item is moved to another meeting"),
             N_("The meeting on %(date)s is cancelled. Your item is moved to the meeting of "
                "%(when)s, where the chair and the secretary review it again."),
             N_("The meeting on %(date)s is cancelled. Your item waits for the next meeting to be "
                "planned, where the chair and the secretary review it again."))


async def decision(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    item = await turn.uow.items.get(int(row.payload["item_id"]))
    if item is None or str(item.status) not in DECIDED or str(item.status) != row.payload.get(
            "status"):
        raise NothingToSend("the item is gone or decided otherwise since")
    meeting = await turn.uow.meetings.get(item.meeting_id)
    if row.payload.get("cancelled") and meeting is not None:
        return await _moved_on(turn, item, meeting)
    heading, text = DECIDED[str(item.status)]
    if item.status == "deferred" and meeting is not None:
        # The item left `meeting`: the proposer wants the meeting it goes to (carried there).
        meeting = await turn.uow.cycle.next_after(meeting)
        if meeting is None:
            text = WAITING
    when = meeting_context(turn, meeting)["when"] if meeting else "?"
    return card_message(turn.card("item_decision", heading_text=turn._(heading),
                                  title=item.title, text=turn._(text, when=when),
                                  reason=item.reject_reason if item.status == "rejected" else None))


async def _moved_on(turn: Turn, item, cancelled: Meeting) -> dict[str, Any]:
    """An item of a cancelled meeting: where it went, named as the meetings are now."""
    heading, moved, waiting = CANCELLED
    later = await turn.uow.cycle.next_after(cancelled)
    date = meeting_context(turn, cancelled)["when"]
    text = turn._(moved, date=date, when=meeting_context(turn, later)["when"]) if later \
        else turn._(waiting, date=date)
    return card_message(turn.card("item_decision", heading_text=turn._(heading),
                                  title=item.title, text=text, reason=None))


async def change_notice(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await _meeting(turn, row)
    return card_message(turn.card(
        "agenda_notice", meeting=meeting_context(turn, meeting),
        note=str(row.payload.get("note") or "")))

