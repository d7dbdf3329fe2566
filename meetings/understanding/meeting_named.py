"""The meeting a message about the agenda cycle names by its date or month: "afbud til mødet
19. februar", "dagsorden for mødet i marts", "I can't make the meeting on 19 February".

What is found is the phrase as written ("19. februar", "marts 2027"); which meeting it is
depends on today, and is decided when the message is answered."""

import re
from datetime import date

from meetings.common.dates import find_written_date, month_number

_ANY_TODAY = date(2000, 1, 1)  # whether a date is written, not which day it is
# "til mødet 19. februar", ", for the meeting on 19 February": a line's last part, naming the
# meeting the line is for; what comes before it is the command.
_FOR_A_MEETING = re.compile(
    r"[\s,;]+(?:til|for|på|ved|to|at)\s+(?:the\s+)?(?:mødet|møde|meeting)\b"
    r"(?P<when>[^,;:]*?)[\s?.!]*$", re.IGNORECASE)
# "mødet i marts", "the meeting in March 2027"; "martsmødet", "the March meeting 2027"
_MONTH_OF_MEETING = (
    re.compile(r"\b(?:mødet|møde|meeting)\s+(?:i|in)\s+(?P<month>[^\W\d_]+)\.?"
               r"(?:\s+(?P<year>\d{4})\b)?", re.IGNORECASE),
    re.compile(r"\b(?P<month>[^\W\d_]+?)[-\s]?(?:mødet|meeting)\b(?:\s+(?P<year>\d{4})\b)?",
               re.IGNORECASE),
)


def meeting_named_in(text: str) -> str:
    """The first date written in the text, else the month a meeting is named by; "" for none."""
    if written := find_written_date(text, _ANY_TODAY):
        return written.written
    for form in _MONTH_OF_MEETING:
        for found in form.finditer(text):
            if month_number(found["month"]):
                return " ".join(filter(None, (found["month"], found["year"])))
    return ""


def split_meeting_clause(text: str) -> tuple[str, str]:
    """"gennemgå punkter til mødet 19. februar" → ("gennemgå punkter", "19. februar"); a text
    that does not end by naming a meeting's date or month comes back whole, with ""."""
    found = _FOR_A_MEETING.search(text)
    if found is None:
        return text, ""
    phrase = meeting_named_in(text[found.start():])
    return (text[:found.start()], phrase) if phrase else (text, "")
