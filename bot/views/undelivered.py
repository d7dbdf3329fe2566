"""The secretary's view of what the bot could not deliver, and why, in plain words."""

from typing import Any

from bot.turn import Turn
from meetings.common.dates import format_date
from meetings.common.entities import OutboxMessage
from meetings.common.i18n import N_
from meetings.common.outbox_kind import OutboxKind
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.undelivered import Undelivered

KINDS = {OutboxKind.MEETING_REMINDER: N_("Meeting reminder"),
         OutboxKind.MEETING_CARD_UPDATE: N_("Update of a meeting card")}
OTHER_KIND = N_("Message")
REASONS = {
    "403": N_("The person has blocked or removed the bot."),
    "404": N_("The conversation no longer exists."),
    "413": N_("The message was too large for Teams."),
    "429": N_("Teams asked the bot to slow down; it keeps trying."),
    "too late": N_("Not sent in time to be of use (the bot was down)."),
    "moved or cancelled": N_("Withdrawn: the meeting was moved or cancelled."),
}


def undelivered_card(turn: Turn, undelivered: Undelivered) -> dict[str, Any]:
    return turn.card("undelivered", messages=[
        _entry(turn, row, undelivered.recipients.get(row.member_id))
        for row in undelivered.messages])


def _entry(turn: Turn, row: OutboxMessage, member) -> dict[str, str]:
    when = format_date(row.due_at.astimezone(turn.tz).date(), turn.language)
    what = turn._(KINDS.get(row.kind, OTHER_KIND))
    state = _state(turn, row)
    return {
        "what": f"{what} · {when} · {state}",
        "to": member.name if member else turn.group.name or turn._("this conversation"),
        "why": _reason(turn, row.last_error or ""),
    }


def _state(turn: Turn, row: OutboxMessage) -> str:
    if row.status == OutboxStatus.FAILED:
        return turn._("trying again")
    if row.attempts > 0:
        return turn.ngettext("given up after %(count)s attempt",
                             "given up after %(count)s attempts", row.attempts)
    return turn._("given up")


def _reason(turn: Turn, error: str) -> str:
    for marker, reason in REASONS.items():
        if marker in error:
            return turn._(reason)
    return turn._("Teams did not accept it (%(error)s).", error=error[:80] or "?")
