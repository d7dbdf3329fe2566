"""The meeting a message names by its date, month, week or weekday ("afbud til mødet 19.
februar", "dagsorden for mødet i marts", "mødet i uge 5", "jeg kan ikke komme på torsdag"): as
written; which meeting it is is decided when it is answered (meetings/planning/schedule.py).
An item's meeting only by the end of its line or sentence ("… til mødet i marts", and on the
proposal form "… på fredag"), as its title may name a date; the theme question's by a weekday
or date ("hvad er temaet på fredag?"), a month being its own slot ("temaet i september"); the
minutes' by a date, week or month past ("referatet fra marts")."""

import re
from datetime import date

from meetings.common.days_in_text import find_written_date, month_number, weekday_number
from meetings.common.weeks import find_week
from meetings.understanding.arguments.weekday import weekday_said, without_weekday_said
from meetings.understanding.meaning import AGENDA_CYCLE, Intent
from meetings.understanding.normalise import folded
from meetings.understanding.slots import COUNTED_FROM, month_in

_ANY_TODAY = date(2000, 1, 1)  # whether a date is written, not which day it is
# "til mødet 19. februar", ", for the March meeting": a line's last part, the meeting it is for
_FOR_A_MEETING = re.compile(
    r"[\s,;]+(?:til|for|på|ved|to|at)\s+(?:the\s+)?(?:[^\W\d_]+[-\s]?)?(?:mødet|møde|meeting)\b"
    r"(?P<when>[^,;:]*?)[\s?.!]*$", re.IGNORECASE)
_BEFORE_A_DATE = frozenset("i in on den d. the på".split())  # "til mødet den 19. februar"
# "mødet i marts", "the meeting in March 2027"; "martsmødet", "the March meeting 2027"
_MONTH_OF_MEETING = (
    re.compile(r"\b(?:mødet|møde|meeting)\s+(?:i|in)\s+(?P<month>[^\W\d_]+)\.?"
               r"(?:\s+(?P<year>\d{4})\b)?", re.IGNORECASE),
    re.compile(r"\b(?P<month>[^\W\d_]+?)[-\s]?(?:mødet|meeting)\b(?:\s+(?P<year>\d{4})\b)?",
               re.IGNORECASE),
)
# "jeg er forhindret i marts", "I can't attend in March": the month the writer means
_IN_MONTH = re.compile(r"(?<!\w)(?:i|in)\s+(?P<month>[^\W\d_]+)\.?(?:\s+(?P<year>\d{4})\b)?",
                       re.IGNORECASE)
# The meeting named otherwise (folded spelling), so a month in the text is of something else
_THE_NEXT_ONE = re.compile(r"\b(?:naeste|forstkommende|kommende|next|upcoming|coming)\s+"
                           r"(?:moder?t?|meeting|gang|time)\b")


def meeting_said(intent: Intent, text: str, *, form: bool = False) -> str:
    """The meeting a message about the agenda cycle names (`meeting_named_in`), "" for any
    other; an item's only by the end of its line or sentence ("… til mødet i marts"), as the
    item's own title may name a date ("opfølgning på mødet med KL 3. marts"), and asked for
    on the proposal `form` by a weekday there too ("… om plejefamilier på fredag"); the theme's
    by its date or a weekday ("what's the theme on Friday?"), its month being its argument;
    the minutes' by a date, week or month (`held_meeting_in`)."""
    if intent == Intent.THEME:
        written = find_written_date(text, _ANY_TODAY)
        return written.written if written else weekday_said(text)
    if intent == Intent.MINUTES:
        return held_meeting_in(text)
    if intent not in AGENDA_CYCLE:
        return ""
    if intent != Intent.PROPOSE_ITEM:
        return meeting_named_in(text)
    return split_meeting_clause(text)[1] or (without_weekday_said(text)[1] if form else "")


def held_meeting_in(text: str) -> str:
    """The meeting minutes are asked for by ("referatet fra marts", "referat fra mødet 5.
    februar", "the minutes of the March meeting", "minutes from week 10"): its date, else its
    week, else its month ("may" only after "in"/"i": "may I see the minutes?"); "" for the
    last meeting's."""
    if written := find_written_date(text, _ANY_TODAY):
        return written.written
    if week := find_week(text, _ANY_TODAY):
        return week.written
    return month_in(text, may_the_verb=True)


def meeting_named_in(text: str) -> str:
    """The first date written in the text, else the month a meeting is named by, else a week
    ("mødet i uge 5", "fredag i uge 5"), a month said of when ("jeg er forhindret i marts") or a
    weekday ("jeg kan ikke komme på torsdag") unless the text names the next meeting ("jeg er
    på ferie i juli, men kommer til næste møde"); "" for none."""
    if written := find_written_date(text, _ANY_TODAY):
        return written.written
    for form in _MONTH_OF_MEETING:
        if month := _first_month(form, text):
            return month
    if _THE_NEXT_ONE.search(folded(text)):
        return ""
    week = find_week(text, _ANY_TODAY)
    return week.written if week else _first_month(_IN_MONTH, text) or weekday_said(text)


def _first_month(form: re.Pattern[str], text: str) -> str:
    """The first month the form finds, with its year, not one counted from ("efter marts") and
    not "jul", which is Christmas as often as July ("jeg holder fri i jul")."""
    for found in form.finditer(text):
        before = text[:found.start()].split()[-1:]
        if month_number(found["month"]) and found["month"].casefold() != "jul" \
                and not {w.casefold() for w in before} & COUNTED_FROM:
            return " ".join(filter(None, (found["month"], found["year"])))
    return ""


def split_meeting_clause(text: str) -> tuple[str, str]:
    """"gennemgå punkter til mødet 19. februar" → ("gennemgå punkter", "19. februar"); a text
    that does not end by naming a meeting's date or month comes back whole, with ""."""
    found = _FOR_A_MEETING.search(text)
    phrase = meeting_named_in(text[found.start():]) if found else ""
    if not phrase or not all(word.casefold() in _BEFORE_A_DATE or weekday_number(word) is not None
                             for word in found["when"].partition(phrase)[0].split()):
        return text, ""  # "… på mødet med KL 3. marts": the date is of another meeting
    return text[:found.start()], phrase


def split_meeting_header(text: str) -> tuple[str, str]:
    """"punkt til mødet 5. februar: Plejefamilier" → ("punkt: Plejefamilier", "5. februar"): a
    command whose meeting is named before its colon; a text without one comes back whole, ""."""
    head, colon, body = text.partition(":")
    rest, named = split_meeting_clause(head) if colon and body.strip() else (text, "")
    return (f"{rest.rstrip()}: {body.lstrip()}", named) if named else (text, "")
