"""What the cards that answer planning and moving add to the meeting: the agenda cycle's steps
with their times, and what a move changed."""

from bot.card_view import CardView
from bot.turn import Turn
from bot.views.agenda import written_moment
from bot.views.meetings import meeting_card
from meetings.agenda.outlook import (
    AT_ONCE,
    DONE,
    SCHEDULED_IF_READY,
    SKIPPED,
    WHEN_READY,
    CycleOutlook,
    StepOutlook,
)
from meetings.common.dates import format_date, format_meeting_time
from meetings.common.i18n import N_
from meetings.common.working_days import holiday_name
from meetings.planning.changes import MeetingChanges
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import draft_of

STEP_LABELS = {
    "call": N_("Call for items"),
    "nudge": N_("Reminder about items"),
    "publish": N_("Agenda published"),
    "attendance": N_("Reminder: are you coming?"),
}


def planned_card(turn: Turn, meeting: Meeting, outlook: CycleOutlook, view: CardView) -> dict:
    """The planned meeting and the steps of its agenda cycle."""
    return cycle_card(turn, meeting, turn._("Meeting planned"), outlook, view)


def cycle_card(turn: Turn, meeting: Meeting, heading: str, outlook: CycleOutlook,
               view: CardView) -> dict:
    """The meeting under `heading` with the steps of its agenda cycle (a planned meeting's,
    and its refreshed view)."""
    return meeting_card(turn, meeting, heading, holiday_notice(turn, meeting), view=view,
                        cycle=cycle_facts(turn, outlook))


def moved_card(turn: Turn, before: MeetingDraft, moved: Meeting, outlook: CycleOutlook,
               view: CardView) -> dict:
    """The moved meeting, what changed, and the cycle's steps worked out again."""
    changes = change_lines(turn, MeetingChanges(before, draft_of(moved)))
    return meeting_card(turn, moved, turn._("Meeting moved"), holiday_notice(turn, moved),
                        view=view, changes=changes, cycle=cycle_facts(turn, outlook))


def holiday_notice(turn: Turn, meeting: Meeting) -> str | None:
    """A meeting on a public holiday is planned as asked (it may be meant), but said to be on
    one: a slip of a week, or "uge 53", is otherwise found out when nobody comes."""
    day = meeting.starts_at.astimezone(turn.tz).date()
    holiday = holiday_name(day, turn.language)
    if holiday is None:
        return None
    return turn._("Note: %(date)s is a public holiday (%(name)s). If that was not meant, "
                  "move the meeting.", date=format_date(day, turn.language), name=holiday)


def cycle_facts(turn: Turn, outlook: CycleOutlook) -> list[dict[str, str]]:
    """The steps as title and value, the deadline for items among them while it is ahead."""
    facts = [{"title": turn._(STEP_LABELS[step.name]), "value": _when(turn, step)}
             for step in outlook.steps]
    if outlook.deadline_at is not None:
        # In the order of time: after the reminder about items, before the agenda.
        facts.insert(2, {"title": turn._("Deadline for items"),
                         "value": written_moment(turn, outlook.deadline_at)})
    return facts


def _when(turn: Turn, step: StepOutlook) -> str:
    if step.state == DONE:
        return turn._("Sent %(when)s", when=written_moment(turn, step.at))
    if step.state == SKIPPED:
        if step.name == "call":
            return turn._("Skipped: the deadline has passed")
        return turn._("Skipped: its time has passed")
    if step.state == AT_ONCE:
        return turn._("At once")
    if step.state == WHEN_READY:
        return turn._("When the first item is accepted, or when you write “publish the agenda”")
    when = written_moment(turn, step.at)
    if step.state == SCHEDULED_IF_READY:
        return turn._("%(when)s, if items have been accepted", when=when)
    return when


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
