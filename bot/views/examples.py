"""Example lines that work today, in the reader's language: a meeting, a move, a cancel and a
task, written as users write them, for the answers that say what went wrong."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date

from meetings.common.working_days import is_working_day, working_day_on_or_after

# Writes a line that works today, in the reader's language: (now, time zone, language).
ExampleLine = Callable[[datetime, ZoneInfo, str], str]


def example_task_line(now: datetime, tz: ZoneInfo, language: str) -> str:
    """A task line with a due date about two weeks ahead, as the minutes write them."""
    day = working_day_on_or_after(now.astimezone(tz).date() + timedelta(weeks=2))
    if language == "en":
        return f"task: Daniel brings the AI request to KL by " \
               f"{format_date(day, 'd MMMM y', locale='en_GB')}"
    return f"opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist " \
           f"{format_date(day, 'd. MMMM y', locale='da_DK')}"


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


def example_cancel_line(day: date | None) -> ExampleLine:
    """A cancel that names the meeting on `day` (the next one's), so it works as written; the
    next meeting when there is no day to name."""
    def written(_now: datetime, _tz: ZoneInfo, language: str) -> str:
        if day is None:
            return "cancel the next meeting" if language == "en" else "aflys næste møde"
        if language == "en":
            return f"cancel the meeting {format_date(day, 'd MMMM y', locale='en_GB')}"
        return f"aflys mødet {format_date(day, 'd. MMMM y', locale='da_DK')}"
    return written


def example_day(today: date, weeks: int = 4) -> date:
    """A working Friday some weeks ahead: the day examples and new forms suggest."""
    day = today + timedelta(weeks=weeks)
    # A Friday, like the groups in the seed minutes, and not Good Friday or Christmas.
    while day.weekday() != 4 or not is_working_day(day):
        day += timedelta(days=1)
    return day
