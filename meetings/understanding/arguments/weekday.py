"""A weekday a message names its meeting by: "jeg kan ikke komme på torsdag", "I can't make it
on Friday", "Fredag kan jeg ikke". The meeting is the one on the next such day (decided when the
message is answered, meetings/planning/schedule.py), so regrets for Thursday are never recorded
on Friday's meeting; "til torsdag" (until) and "om fredagen" (every Friday) name none."""

import re

from meetings.common.dates import WEEKDAY_PATTERN

_SAID = re.compile(rf"(?:^(?:(?:på|on)\s+)?|(?<!\w)(?:på|on)\s+)"
                   rf"(?P<weekday>{WEEKDAY_PATTERN})(?![\w.])", re.IGNORECASE)


def weekday_said(text: str) -> str:
    """The weekday written, as written ("torsdag", "Friday"); "" for none."""
    found = _SAID.search(text.strip())
    return found["weekday"] if found else ""
