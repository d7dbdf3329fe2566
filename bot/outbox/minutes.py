"""The minutes' proactive messages, rendered when they are sent: the overview card posted to
the group for approval (a later version updates it in place), a member's comment to the chair
and the secretary, the word to a member whose approval a change cleared, and the notice that
the minutes are approved."""

from typing import Any

from bot.outbox.card import NothingToSend, card_message
from bot.turn import Turn
from bot.views.meetings import meeting_context
from bot.views.minutes import document_links, minutes_card
from meetings.common.entities import OutboxMessage
from meetings.minutes.entities import Minutes
from meetings.minutes.shown import minutes_overview


async def _minutes(turn: Turn, row: OutboxMessage) -> Minutes:
    minutes = await turn.uow.minutes.get(int((row.payload or {}).get("minutes_id") or 0))
    if minutes is None or minutes.group_id != turn.group.id:
        raise NothingToSend("the minutes are gone")
    return minutes


async def posted(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """The same for everybody: approve and comment, and a button to one's own copy."""
    minutes = await _minutes(turn, row)
    overview = await minutes_overview(turn.uow, turn.group, minutes, reader=None)
    return card_message(minutes_card(turn, overview, shared=True))


async def approved(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    minutes = await _minutes(turn, row)
    meeting = await turn.uow.meetings.get(minutes.meeting_id)
    if meeting is None:
        raise NothingToSend("the meeting is gone")
    text = turn._("No objections came before the deadline, so the minutes count as approved "
                  "and are locked. Corrections are still possible and are logged.")
    return card_message(turn.card("minutes_approved", meeting=meeting_context(turn, meeting),
                                  text=text, links=document_links(turn, minutes)))



async def approval_cleared(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """To a member who approved minutes changed since: their own overview, to approve again;
    nothing once the minutes are approved, or approved by them again."""
    minutes = await _minutes(turn, row)
    reader = await turn.uow.members.get(row.member_id or 0)
    if reader is None or reader.group_id != turn.group.id:
        raise NothingToSend("the reader is gone")
    overview = await minutes_overview(turn.uow, turn.group, minutes, reader=reader)
    if not overview.can_approve:
        raise NothingToSend("the minutes are approved, or approved by the reader again")
    notice = turn._("The minutes were changed after you approved them, so your approval no "
                    "longer counts. Read them again and click “Approve the minutes” if you "
                    "still agree.")
    return card_message(minutes_card(turn, overview, notice=notice))


async def waiting(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """To one chair or secretary: the deadline passed with comments open, on their own
    overview whose comments carry *Resolved*; nothing once none is open or the minutes are
    approved."""
    minutes = await _minutes(turn, row)
    reader = await turn.uow.members.get(row.member_id or 0)
    if reader is None or reader.group_id != turn.group.id:
        raise NothingToSend("the reader is gone")
    overview = await minutes_overview(turn.uow, turn.group, minutes, reader=reader)
    open_count = len(overview.open_comments)
    if not open_count or not overview.can_comment:
        raise NothingToSend("no comment is open, or the minutes are no longer out for approval")
    notice = turn.ngettext(
        "The deadline for the minutes has passed, but %(count)s comment is still open, so they "
        "are not approved by silence. Read it below, change the minutes if it is right, and "
        "click “Resolved”: with every comment resolved, the minutes count as approved (a change "
        "starts the deadline over). To open them later, write “@Mødebot minutes” in the group.",
        "The deadline for the minutes has passed, but %(count)s comments are still open, so "
        "they are not approved by silence. Read them below, change the minutes where they are "
        "right, and click “Resolved” under each: with every comment resolved, the minutes count "
        "as approved (a change starts the deadline over). To open them later, write “@Mødebot "
        "minutes” in the group.", open_count)
    return card_message(minutes_card(turn, overview, notice=notice))


async def comment(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """To one chair or secretary: their own overview, whose comments carry *Resolved*; nothing
    once the comment is settled."""
    minutes = await _minutes(turn, row)
    event = await turn.uow.minutes_events.get(int((row.payload or {}).get("event_id") or 0))
    if event is None or event.minutes_id != minutes.id or event.resolved_at is not None:
        raise NothingToSend("the comment is settled or gone")
    reader = await turn.uow.members.get(row.member_id or 0)
    if reader is None or reader.group_id != turn.group.id:
        raise NothingToSend("the reader is gone")
    overview = await minutes_overview(turn.uow, turn.group, minutes, reader=reader)
    notice = turn._("%(name)s commented on the minutes: “%(text)s”. The minutes are not "
                    "approved by silence until you mark the comment resolved.",
                    name=event.author_name or "?", text=event.text or "")
    return card_message(minutes_card(turn, overview, notice=notice))
