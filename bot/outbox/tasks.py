"""The 1:1 task reminder, rendered when it is sent from the tasks as they are then: tasks
finished meanwhile are left out, and a digest with nothing left is not sent."""

from typing import Any

from bot.outbox.card import NothingToSend, card_message
from bot.outbox.task_digest import digest_card, digest_of
from bot.turn import Turn
from meetings.common.entities import OutboxMessage


async def task_reminders(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    person = await turn.uow.members.get(row.member_id) if row.member_id else None
    if person is None:
        raise NothingToSend("the person is no longer a member")
    card = await digest_card(turn, person, digest_of(row.payload or {}),
                             leave_out_finished=True)
    if card is None:
        raise NothingToSend("every task in the digest is finished")
    return card_message(card)

