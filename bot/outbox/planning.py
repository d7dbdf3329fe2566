"""The meeting's own proactive messages, rendered when they are sent: the reminder the working
day before, and the posted card brought up to date after a move or a cancel."""

from typing import Any

from bot.meeting_views import meeting_view
from bot.outbox.card import NothingToSend, card_message
from bot.turn import Turn
from bot.views.meetings import meeting_card
from meetings.common.entities import OutboxMessage
from meetings.planning.vocabulary import MeetingStatus


async def reminder(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await turn.uow.meetings.get(int(row.payload["meeting_id"]))
    if meeting is None:
        raise NothingToSend("the meeting no longer exists")
    view = await meeting_view(turn, for_the_reader=False)
    return card_message(meeting_card(turn, meeting, turn._("Meeting reminder"), view=view))


async def card_update(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await turn.uow.meetings.get(int(row.payload["meeting_id"]))
    if meeting is None:
        raise NothingToSend("the meeting no longer exists")
    cancelled = meeting.status == MeetingStatus.CANCELLED
    heading = turn._("Meeting cancelled") if cancelled else turn._("Meeting moved")
    view = await meeting_view(turn, for_the_reader=False)
    return card_message(meeting_card(turn, meeting, heading, view=view))
