"""The time of day in a typed meeting line: "kl. 10-13", "10:00-13:00", "fra 10 til 13",
"at 10am"; a span read as written, checked against the calendar by the line's reader."""

import re
from dataclasses import dataclass
from datetime import time

from meetings.planning.meeting_place import PLACE_MARKER


@dataclass(frozen=True)
class Clock:
    """A time or span as written in a line; `end` is None when only the start was given."""

    span: tuple[int, int]
    start: time
    end: time | None


@dataclass(frozen=True)
class UnreadableClock:
    """A time written so that it is no time of day ("kl. 25", "13-28.30"), as written."""

    written: str


_CLOCK = (
    r"(?P<{0}_hour>\d{{1,2}})(?:[.:](?P<{0}_minute>\d{{2}}))?"
    r"(?:\s*(?P<{0}_half>[ap])\.?m\b\.?)?"
)
# "kl. 10-13", "kl. 10.00-13.00", "10:00-13:00", "fra 10 til 13", "10 to 13", "kl. 10", "at 10am".
# Danish writes times with "." and the look-arounds keep dates like "9.2.2024" and "4100" out.
_TIME = re.compile(
    r"(?<![\w/.:-])(?:(?P<lead>kl\.?|klokken|fra|from|at)\s*)?"
    + _CLOCK.format("start")
    + r"(?:\s*(?:-|–|—|til|to|until)\s*(?:kl\.?\s*)?"
    + _CLOCK.format("end")
    + r")?(?![\w/:]|[.,]\d)",
    re.IGNORECASE,
)
# A time is "marked" as a time by "kl."/"fra"/"at", by minutes or by am/pm; "10-13" is not.
_MARKS = ("lead", "start_minute", "start_half", "end_minute", "end_half")


def find_clock(text: str) -> Clock | UnreadableClock | None:
    """The first time or span; a bare "1-3" counts only before the place, where no address is."""
    place = PLACE_MARKER.search(text)
    place_start = place.start() if place else len(text)
    for match in _TIME.finditer(text):
        marked = any(match[group] for group in _MARKS)
        if match["end_hour"] is None and not marked:
            continue
        if marked or match.start() < place_start:
            return _clock_of(match)
    return None


def _clock_of(match: re.Match[str]) -> Clock | UnreadableClock:
    end = _clock_time(match["end_hour"], match["end_minute"], match["end_half"])
    # "1-3pm" means 13-15, but "10-1pm" means 10-13.
    half = match["start_half"] or match["end_half"]
    start = _clock_time(match["start_hour"], match["start_minute"], half)
    if not match["start_half"] and start and end and start >= end:
        start = _clock_time(match["start_hour"], match["start_minute"], None)
    if start is None or (end is None and match["end_hour"]):
        return UnreadableClock(match.group().strip())
    return Clock(match.span(), start, end)


def _clock_time(hour: str | None, minute: str | None, half: str | None) -> time | None:
    if hour is None:
        return None
    hours, minutes = int(hour), int(minute or 0)
    if half:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half.lower() == "p" else 0)
    return time(hours, minutes) if hours < 24 and minutes < 60 else None
