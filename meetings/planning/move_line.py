"""Reading a typed move ("fredag 30. april kl. 9-12") into the meeting as it will be after it."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.planning.meeting_line import (
    PROBLEM_NO_DATE,
    LineParts,
    LineProblem,
    MeetingDraft,
    end_and_minutes,
    meeting_times,
    read_meeting_line,
)

# "samme sted", "i samme lokale", "som sidst", "same place", "as before": the place stays.
SAME_PLACE = re.compile(
    r"(?:(?:det|den|the)\s+)?(?:samme|same)\s+(?:sted|lokale|adresse|place|room|venue|location)"
    r"|som\s+(?:før|sidst|altid)|as\s+(?:before|usual|last\s+time)",
    re.IGNORECASE,
)


def parse_move_line(
    text: str, current: MeetingDraft, *, now: datetime, tz: ZoneInfo, language: str = "da"
) -> MeetingDraft | LineProblem:
    """The meeting after the move; what the line does not name stays as it is in `current`.

    A new date alone keeps the start time and the length; a new start without an end keeps the
    length, unless the line writes one ("i 2 timer"); a time without a date keeps the day. Place
    and online are one thing, where the meeting is: a line that names either replaces both
    ("online" takes a meeting at Sorø Rådhus into Teams), a line that names neither, or says
    "samme sted", keeps both ("samme sted og online" adds Teams). The theme stays unless a new
    one is named. A line with neither a date nor a time is no move: PROBLEM_NO_DATE.
    """
    parts = read_meeting_line(text, now=now, tz=tz, language=language)
    if isinstance(parts, LineProblem):
        return parts
    if isinstance(parts.clock, LineProblem):
        return parts.clock
    if parts.day is None and parts.clock is None:
        return LineProblem(PROBLEM_NO_DATE)
    times = _new_times(parts, current, now, tz, language)
    if isinstance(times, LineProblem):
        return times
    place, online = _where(parts, current)
    return MeetingDraft(times[0], times[1], place, online, parts.theme or current.theme)


def _where(parts: LineParts, current: MeetingDraft) -> tuple[str | None, bool]:
    if parts.place is not None and SAME_PLACE.fullmatch(parts.place):
        return current.place, current.online or parts.online
    if parts.place is not None or parts.online:
        return parts.place, parts.online
    return current.place, current.online


def _new_times(parts: LineParts, current: MeetingDraft, now: datetime, tz: ZoneInfo,
               language: str) -> tuple[datetime, datetime] | LineProblem:
    start = current.starts_at.astimezone(tz)
    # The length in real minutes, so a meeting of three hours stays three across summer time.
    length = int((current.ends_at - current.starts_at).total_seconds() // 60)
    clock = parts.clock
    begin, end = (clock.start, clock.end) if clock else (start.time(), None)
    lasting = end_and_minutes(begin, end, parts.length, length)
    if isinstance(lasting, LineProblem):
        return lasting
    end, minutes = lasting
    return meeting_times(parts.day or start.date(), begin, end, now, tz, language, minutes)
