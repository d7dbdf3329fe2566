"""The time of day after a date in minutes: "kl. 10.00-13.00", "kl. 9-12", "10:00–12:30"."""

import re
from datetime import time

_CLOCK = re.compile(
    r"\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?"
    r"(?:\s*(?:-|–|til)\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?![\d/]))?", re.IGNORECASE)
# Without "kl.": minutes are needed, so "9/2" or "2023-24" is not read as a time.
_RANGE = re.compile(
    r"(?<![\d/.])(\d{1,2})[.:](\d{2})(?:\s*(?:-|–|til|to)\s*(\d{1,2})(?:[.:](\d{2}))?)?(?![\d/])",
    re.IGNORECASE)
_NEAR = 40  # a time without "kl." counts only this close after the date


def clock_after(text: str, start: int) -> tuple[time | None, time | None]:
    """The start and end written after position `start`; (None, None) when there is none."""
    found = _CLOCK.search(text, start)
    if found is None:
        found = _RANGE.search(text, start, start + _NEAR)
    if found is None:
        return None, None
    return time_of(found[1], found[2]), time_of(found[3], found[4])


def time_of(hour: str | None, minute: str | None) -> time | None:
    if hour is None or int(hour) > 23 or int(minute or 0) > 59:
        return None
    return time(int(hour), int(minute or 0))
