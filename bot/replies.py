"""Words for refusals and problems: what went wrong, and an example of what works."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.turn import Turn
from meetings import meeting_line as line
from meetings import refusal
from meetings.i18n import N_
from meetings.working_days import is_working_day

PROBLEMS = {
    line.PROBLEM_NO_DATE: N_("I could not find a date."),
    line.PROBLEM_INVALID_DATE: N_("There is no date %(date)s."),
    line.PROBLEM_WEEKDAY_MISMATCH: N_("%(date)s is a %(actual_weekday)s, not a %(said_weekday)s."),
    line.PROBLEM_PAST_DATE: N_("That time has already passed."),
    line.PROBLEM_NO_TIME: N_("I could not find the time of day."),
    line.PROBLEM_END_BEFORE_START: N_("The meeting must end after it starts."),
    line.PROBLEM_NONEXISTENT_TIME:
        N_("That time does not exist that night: the clocks are put forward an hour."),
    line.PROBLEM_AMBIGUOUS_TIME:
        N_("That time happens twice that night when the clocks are put back. Choose another hour."),
    refusal.NOT_ALLOWED: N_("Only the chair and the secretary can do that."),
    refusal.NO_MEETING: N_("No meeting is planned."),
    refusal.MEETING_NOT_FOUND: N_("I cannot find a planned meeting on %(date)s."),
    refusal.AMBIGUOUS_MEETING: N_("There is more than one meeting on %(date)s."),
    refusal.ALREADY_CANCELLED: N_("That meeting is already cancelled."),
    refusal.DUPLICATE_MEETING: N_("There is already a meeting at that time."),
    refusal.UNKNOWN_GROUP: N_("I do not know this conversation yet. Try again in a moment."),
    refusal.ITEM_NOT_FOUND: N_("I cannot find that agenda item."),
    refusal.DEADLINE_PASSED: N_("It is too late for that: the deadline has passed."),
    refusal.BAD_ITEM: N_("Please check the item: it needs a title, between 5 and 180 minutes, "
                         "and an attachment link must start with https://."),
    refusal.BAD_ATTENDANCE: N_("To send a substitute, write their name in the field first."),
    refusal.BAD_SETTINGS: N_("Please check the settings: the call comes before the deadline, "
                             "and the deadline before the agenda is published."),
}

# Problems where an example of a good line helps; a refusal of rights does not need one.
NEEDS_EXAMPLE = frozenset({
    line.PROBLEM_NO_DATE, line.PROBLEM_INVALID_DATE, line.PROBLEM_WEEKDAY_MISMATCH,
    line.PROBLEM_PAST_DATE, line.PROBLEM_NO_TIME, line.PROBLEM_END_BEFORE_START,
    line.PROBLEM_NONEXISTENT_TIME, line.PROBLEM_AMBIGUOUS_TIME, refusal.NO_MEETING,
})


def problem_text(turn: Turn, code: str, details: dict[str, str] | None = None) -> str:
    message = PROBLEMS.get(code, N_("Something is not right with that."))
    text = turn._(message, **(details or {})) if details else turn._(message)
    if code in NEEDS_EXAMPLE:
        text += " " + turn._("Write for example: %(example)s",
                             example=example_meeting_line(turn.now, turn.tz, turn.language))
    elif code in (refusal.MEETING_NOT_FOUND, refusal.AMBIGUOUS_MEETING):
        text += " " + turn._("Write “upcoming meetings” to see them.")
    return text


def not_understood_text(turn: Turn) -> str:
    return turn._("Sorry, I did not understand that. Write “help” to see what I can do, "
                  "or for example “next meeting”.")


def example_meeting_line(now: datetime, tz: ZoneInfo, language: str) -> str:
    """A line that works today: a weekday about four weeks ahead, written as users write."""
    day = example_day(now.astimezone(tz).date())
    if language == "en":
        return f"new meeting {format_date(day, 'EEEE d MMMM y', locale='en_GB')} 10-13 online"
    written = format_date(day, "EEEE d. MMMM y", locale="da_DK")
    return f"nyt møde {written} kl. 10-13 i Ringsted, Hækkerupsvej 1"


def example_move_line(now: datetime, tz: ZoneInfo, language: str) -> str:
    # A week after the plan example's day, so the two examples never show the same date.
    day = example_day(example_day(now.astimezone(tz).date()) + timedelta(days=1), weeks=0)
    if language == "en":
        return f"move the next meeting to {format_date(day, 'd MMMM y', locale='en_GB')} 10-13"
    return f"flyt næste møde til {format_date(day, 'd. MMMM y', locale='da_DK')} kl. 10-13"


def example_day(today: date, weeks: int = 4) -> date:
    """A working Friday some weeks ahead: the day examples and new forms suggest."""
    day = today + timedelta(weeks=weeks)
    # A Friday, like the groups in the seed minutes, and not Good Friday or Christmas.
    while day.weekday() != 4 or not is_working_day(day):
        day += timedelta(days=1)
    return day
