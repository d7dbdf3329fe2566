"""What a proactive message says, rendered when it is sent, from the data as it is then."""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.outbox.agenda import AGENDA_RENDERERS
from bot.outbox.card import CARD, NothingToSend, card_message
from bot.outbox.minutes import MINUTES_RENDERERS
from bot.outbox.tasks import TASK_RENDERERS
from bot.turn import Turn
from bot.views.meetings import meeting_card
from meetings.planning.reminders import KIND_REMINDER, KIND_UPDATE
from storage.models.groups import Group, MeetingStatus, OutboxMessage
from storage.unit_of_work import UnitOfWork

__all__ = ["CARD", "RENDERERS", "NothingToSend", "render"]

KIND_TEXT = "text"

Renderer = Callable[[Turn, OutboxMessage], Awaitable[dict[str, Any] | None]]


async def render(uow: UnitOfWork, row: OutboxMessage, group: Group, now: datetime,
                 base_url: str) -> dict[str, Any]:
    renderer = RENDERERS.get(row.kind)
    if renderer is None:
        raise NothingToSend(f"unknown kind {row.kind}")
    # A message to one member goes to their personal chat, where a click on its card arrives:
    # its buttons name the group they act on.
    personal = row.member_id is not None
    turn = Turn(uow=uow, group=group, member=None, language=group.language, now=now,
                base_url=base_url, card_group_id=group.id if personal else None)
    return await renderer(turn, row)


async def _text(_: Turn, row: OutboxMessage) -> dict[str, Any]:
    return {"type": "message", "text": str(row.payload.get("text", ""))}


async def _meeting_reminder(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await turn.uow.meetings.get(int(row.payload["meeting_id"]))
    if meeting is None:
        raise NothingToSend("the meeting no longer exists")
    return card_message(meeting_card(turn, meeting, turn._("Meeting reminder")))


async def _meeting_update(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    meeting = await turn.uow.meetings.get(int(row.payload["meeting_id"]))
    if meeting is None:
        raise NothingToSend("the meeting no longer exists")
    cancelled = meeting.status == MeetingStatus.CANCELLED
    heading = turn._("Meeting cancelled") if cancelled else turn._("Meeting moved")
    return card_message(meeting_card(turn, meeting, heading))


RENDERERS: dict[str, Renderer] = {
    KIND_TEXT: _text,
    KIND_REMINDER: _meeting_reminder,
    KIND_UPDATE: _meeting_update,
    **AGENDA_RENDERERS,
    **TASK_RENDERERS,
    **MINUTES_RENDERERS,
}
