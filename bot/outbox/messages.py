"""What a proactive message says, rendered when it is sent, from the data as it is then: one
table from each kind of outbox row to the renderer that writes it."""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.outbox import agenda, members, minutes, planning, tasks
from bot.outbox.card import CARD, NothingToSend
from bot.turn import Turn
from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.documents.links import DEFAULT_LIFETIMES, LinkLifetimes
from meetings.groups.entities import Group
from meetings.groups.languages import personal_language
from storage.unit_of_work import UnitOfWork

__all__ = ["CARD", "RENDERERS", "NothingToSend", "render"]

Renderer = Callable[[Turn, OutboxMessage], Awaitable[dict[str, Any]]]


async def render(uow: UnitOfWork, row: OutboxMessage, group: Group, now: datetime,
                 base_url: str, links: LinkLifetimes = DEFAULT_LIFETIMES) -> dict[str, Any]:
    renderer = RENDERERS.get(row.kind)
    if renderer is None:
        raise NothingToSend(f"unknown kind {row.kind}")
    # A message to one member goes to their personal chat, where a click on its card arrives:
    # its buttons name the group they act on.
    personal = row.member_id is not None
    # In the language the member last wrote to the bot in, else the group's.
    member = await uow.members.get(row.member_id) if personal else None
    turn = Turn(uow=uow, group=group, member=None, language=personal_language(member, group),
                now=now, base_url=base_url, card_group_id=group.id if personal else None,
                links=links)
    return await renderer(turn, row)


async def _text(_: Turn, row: OutboxMessage) -> dict[str, Any]:
    return {"type": "message", "text": str(row.payload.get("text", ""))}


# Every kind has exactly one renderer here (tests/unit/outbox/test_outbox_kinds.py checks it).
RENDERERS: dict[OutboxKind, Renderer] = {
    OutboxKind.TEXT: _text,
    OutboxKind.MEETING_REMINDER: planning.reminder,
    OutboxKind.MEETING_CARD_UPDATE: planning.card_update,
    OutboxKind.AGENDA_CALL: agenda.call,
    OutboxKind.AGENDA_NUDGE: agenda.nudge,
    OutboxKind.AGENDA_PUBLISHED: agenda.published,
    OutboxKind.ATTENDANCE_REMINDER: agenda.attendance,
    # The same card from the data as it is now (the cancelled meeting's card once it is called
    # off); the worker sends it as an update in place.
    OutboxKind.AGENDA_CARD_UPDATE: agenda.card_update,
    OutboxKind.AGENDA_CHANGE_NOTICE: agenda.change_notice,
    OutboxKind.AGENDA_CALL_UPDATE: agenda.call_update,
    OutboxKind.AGENDA_NUDGE_UPDATE: agenda.nudge_update,
    OutboxKind.ITEM_DECISION: agenda.decision,
    OutboxKind.TASK_REMINDERS: tasks.task_reminders,
    # A re-post carries replaces_key: the worker sends the same card as an update in place.
    OutboxKind.MINUTES_POSTED: minutes.posted,
    OutboxKind.MINUTES_APPROVED: minutes.approved,
    OutboxKind.MINUTES_COMMENT: minutes.comment,
    OutboxKind.MINUTES_APPROVAL_CLEARED: minutes.approval_cleared,
    OutboxKind.MINUTES_WAITING: minutes.waiting,
    OutboxKind.LEFT_MEMBER_TASKS: members.left_member_tasks,
    OutboxKind.NEWCOMER_WELCOME: members.newcomer_welcome,
    OutboxKind.NEWCOMER_CALL: agenda.newcomer_call,
    OutboxKind.LEADERLESS: members.leaderless,
    OutboxKind.GROUP_ERASURE_WARNING: members.erasure_warning,
}
