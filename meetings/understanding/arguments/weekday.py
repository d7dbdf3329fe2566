"""A weekday a message names its meeting by: "jeg kan ikke komme på torsdag", "I can't make it
on Friday", "Fredag kan jeg ikke". The meeting is the one on the next such day (decided when the
message is answered, meetings/planning/schedule.py), so regrets for Thursday are never recorded
on Friday's meeting; "til torsdag" (until) and "om fredagen" (every Friday) name none."""

import re

from meetings.common.days_in_text import WEEKDAY_PATTERN

_SAID = re.compile(rf"(?:^(?:(?:på|on)\s+)?|(?<!\w)(?:på|on)\s+)"
                   rf"(?P<weekday>{WEEKDAY_PATTERN})(?![\w.])", re.IGNORECASE)


def weekday_said(text: str) -> str:
    """The weekday written, as written ("torsdag", "Friday"); "" for none."""
    found = _SAID.search(text.strip())
    return found["weekday"] if found else ""


# "… på fredag", "… on Friday?": the weekday that ends a sentence, and the sentence before it
_AT_THE_END = re.compile(rf"[\s,;]+(?:på|on)\s+(?:(?:this|next)\s+)?"
                         rf"(?P<weekday>{WEEKDAY_PATTERN})[\s?.!]*$", re.IGNORECASE)


def without_weekday_said(text: str) -> tuple[str, str]:
    """"et punkt om plejefamilier på fredag" → ("et punkt om plejefamilier", "fredag"); a text
    that does not end by naming a weekday comes back whole, with ""."""
    found = _AT_THE_END.search(text)
    return (text[:found.start()], found["weekday"]) if found else (text, "")
