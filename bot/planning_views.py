"""What the card that answers a move adds to the meeting: what the move changed."""

from bot.turn import Turn
from bot.views import meeting_card
from meetings.dates import format_meeting_time
from meetings.meeting_changes import MeetingChanges
from meetings.meeting_line import MeetingDraft
from meetings.planning import draft_of
from storage.models import Meeting


async def moved_card(turn: Turn, before: MeetingDraft, moved: Meeting) -> dict:
    """The moved meeting and what changed."""
    changes = change_lines(turn, MeetingChanges(before, draft_of(moved)))
    return meeting_card(turn, moved, turn._("Meeting moved"), changes=changes)


def change_lines(turn: Turn, changes: MeetingChanges) -> list[str]:
    """One line per thing the move changed, or one saying nothing did."""
    before, after = changes.before, changes.after
    lines = []
    if changes.time:
        lines.append(turn._("Moved from %(before)s to %(after)s.",
                            before=_time(turn, before), after=_time(turn, after)))
    if changes.where:
        lines.append(turn._("New place: %(after)s (was: %(before)s).",
                            after=_where(turn, after), before=_where(turn, before)))
    if changes.theme:
        lines.append(turn._("New theme: %(theme)s.", theme=after.theme or "–"))
    return lines or [turn._("Time and place are as before.")]


def _time(turn: Turn, draft: MeetingDraft) -> str:
    return format_meeting_time(draft.starts_at, draft.ends_at, turn.tz, turn.language)


def _where(turn: Turn, draft: MeetingDraft) -> str:
    if draft.place and draft.online:
        return turn._("%(place)s and online in Teams", place=draft.place)
    if draft.online:
        return turn._("online in Teams")
    return draft.place or turn._("no place given")
