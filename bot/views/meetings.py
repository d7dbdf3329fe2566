"""Turning meetings into what the cards show."""

from datetime import datetime
from typing import Any

from bot.card_view import CardView
from bot.turn import Speaker, Turn
from bot.views.card_cache import CardCache
from bot.views.examples import (
    example_day,
    example_meeting_line,
    example_move_line,
    example_task_line,
)
from bot.views.questions import question_buttons
from meetings.common.dates import format_date, format_meeting_time
from meetings.documents.links import link_last_day
from meetings.planning.calendar_file import calendar_url
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.understanding.command_table import (
    COMMANDS,
    MOVE_LINE,
    PLAN_LINE,
    TASK_LINE,
    THEMES,
    WHO,
    Command,
)
from storage.repositories.quick_reads import MeetingFacts

# Meeting cards by everything that goes into them: in a busy group the card of the next
# meeting is rendered once, not on every "when is the next meeting?".
_MEETING_CARDS = CardCache()
# The verb of the meeting card's refresh: its view for the one whose client asks.
REFRESH_VERB = "meeting.view"
MAX_HEADING = 200  # a heading rides in the refresh's data, which comes back from the client


def meeting_context(turn: Turn, meeting: Meeting) -> dict[str, Any]:
    return _context(turn, _shown(meeting))


def meeting_card(turn: Speaker, meeting: Meeting | MeetingFacts, heading: str,
                 notice: str | None = None, *, view: CardView, changes: list[str] | None = None,
                 cycle: list[dict[str, str]] | None = None) -> dict:
    """The meeting; after a move what changed, after planning or moving the cycle's steps.
    Move and Cancel only in the `view` that draws them; a view refreshed for some asks their
    client for their own view by the meeting's id, heading and whether it shows the cycle."""
    shown = meeting if isinstance(meeting, MeetingFacts) else _shown(meeting)
    changes, cycle = changes or [], cycle or []
    # Besides the meeting, _context and the template read only these of the turn (its now only
    # through the day the links run to).
    key = (turn.language, turn.tz.key, turn.base_url,
           link_last_day(turn.now, turn.links.document_days), heading, notice, shown,
           tuple(changes),
           tuple((fact["title"], fact["value"]) for fact in cycle), view)
    return _MEETING_CARDS.card(key, lambda: turn.card(
        "meeting", heading_text=heading, meeting=_context(turn, shown), notice=notice,
        changes=changes, cycle=cycle, buttons=view.buttons,
        refresh=_refresh(shown, heading, bool(cycle), view)))


def _refresh(meeting: MeetingFacts, heading: str, cycle: bool,
             view: CardView) -> dict[str, Any] | None:
    """A cancelled meeting's card has no buttons for anybody: nobody's view differs."""
    if not view.refresh_for or meeting.status == MeetingStatus.CANCELLED:
        return None
    return {"verb": REFRESH_VERB, "user_ids": list(view.refresh_for),
            "data": {"meeting_id": meeting.id, "heading": heading[:MAX_HEADING],
                     **({"cycle": True} if cycle else {})}}


def shown_heading(data: dict[str, Any]) -> str | None:
    """The heading a refreshed card keeps, from its refresh's data (client input: the reader's
    own view only, shown as written)."""
    heading = data.get("heading")
    return heading[:MAX_HEADING] if isinstance(heading, str) and heading.strip() else None


def _shown(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(meeting.id, meeting.title, meeting.theme, meeting.starts_at,
                        meeting.ends_at, meeting.place, meeting.online, meeting.online_url,
                        meeting.status, meeting.calendar_token)


def _context(turn: Speaker, meeting: MeetingFacts) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "title": meeting.title or turn._("Meeting"),
        "theme": meeting.theme,
        "when": format_meeting_time(meeting.starts_at, meeting.ends_at, turn.tz, turn.language),
        "place": meeting.place,
        "online": meeting.online,
        "online_url": meeting.online_url,
        "cancelled": meeting.status == MeetingStatus.CANCELLED,
        "calendar_url": calendar_url(turn.base_url, meeting.id, meeting.calendar_token, turn.now,
                                     turn.links.document_days),
    }


def skipped_text(turn: Speaker, skipped_at: datetime | None) -> str | None:
    """"Mødet torsdag den 10. december 2026 er aflyst." for a cancelled meeting not yet over."""
    if skipped_at is None:
        return None
    return turn._("The meeting on %(date)s is cancelled.",
                  date=format_date(skipped_at.astimezone(turn.tz).date(), turn.language))


def meeting_list_card(turn: Turn, meetings: list[Meeting], year: int | None = None) -> dict:
    """The upcoming meetings, or a year's (held and planned) when one is asked for."""
    heading = turn._("Upcoming meetings") if year is None else turn._(
        "Meetings in %(year)s", year=year)
    return turn.card("meeting_list", heading_text=heading, year=year,
                     meetings=[meeting_context(turn, m) for m in meetings],
                     example=example_meeting_line(turn.now, turn.tz, turn.language))


def help_card(turn: Speaker, *, plans: bool = True) -> dict:
    """Every command from the one table, by theme, in the reader's language; a dated example
    is written from today, so it still works when copied. *Plan a meeting* only for a reader
    who `plans` (the chair and the secretary): for anybody else it would only refuse."""
    examples = {line: example(turn.now, turn.tz, turn.language) for line, example in (
        (PLAN_LINE, example_meeting_line), (MOVE_LINE, example_move_line),
        (TASK_LINE, example_task_line))}
    return turn.card("help", themes=[
        {"title": turn._(title),
         "commands": [_help_line(turn, command, examples) for command in COMMANDS
                      if command.theme == theme]}
        for theme, title in THEMES.items()], questions=question_buttons(turn), plans=plans)


def welcome_text(turn: Speaker, *, personal: bool) -> str:
    """The first words in a new chat: what the bot is, and (in a group's chat or channel,
    which has no meeting yet) what to do first, as a line that works today."""
    if personal:
        return turn._("Hello! I am Mødebot. Ask me about your groups' meetings and tasks here.")
    return " ".join((turn._("Hello! I am Mødebot. I keep track of this group's meetings."), turn._(
        "Start with the first meeting: the chair or the secretary clicks *Plan a meeting* "
        "below or writes, for example, “@Mødebot %(example)s”",
        example=example_meeting_line(turn.now, turn.tz, turn.language))))


def welcome_back_text(turn: Speaker) -> str:
    """Added again to a group's chat it was removed from: not a new group's first steps, but
    that what the group had is still there."""
    return turn._("I am back in the group. Its meetings, agendas, minutes and tasks were kept, "
                  "and I carry on where we left off.")


def _help_line(turn: Speaker, command: Command, examples: dict[str, str]) -> dict[str, Any]:
    says = (examples[command.example],) if command.example else command.phrasings(turn.language)
    return {"says": " · ".join(says), "does": turn._(command.does),
            "who": turn._(WHO[command.who]) if command.who in WHO else None}


def form_card(turn: Turn, *, meeting: Meeting | None = None, values: dict | None = None,
              error: str | None = None) -> dict:
    """The plan/move form; on an error it comes back with everything the user typed."""
    return turn.card(
        "meeting_form",
        meeting_id=meeting.id if meeting else None,
        values=values or form_values(turn, meeting),
        error=error,
        min_date=turn.now.astimezone(turn.tz).date().isoformat(),
    )


def form_values(turn: Turn, meeting: Meeting | None) -> dict[str, Any]:
    if meeting is None:
        # Groups like these meet on a weekday weeks ahead; suggest one rather than today.
        day = example_day(turn.now.astimezone(turn.tz).date())
        return {"date": day.isoformat(), "start": "10:00", "end": "13:00", "place": "",
                "online": False, "theme": ""}
    starts, ends = meeting.starts_at.astimezone(turn.tz), meeting.ends_at.astimezone(turn.tz)
    return {"date": starts.date().isoformat(), "start": starts.strftime("%H:%M"),
            "end": ends.strftime("%H:%M"), "place": meeting.place or "",
            "online": meeting.online, "theme": meeting.theme or ""}
