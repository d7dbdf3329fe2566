"""Meeting lines read at a fixed moment: Tuesday 5 January 2027, 10:00 in Copenhagen."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from meetings.planning.meeting_line import LineProblem, MeetingDraft, parse_meeting_line

CPH = ZoneInfo("Europe/Copenhagen")
# Tuesday 5 January 2027, 10:00 in Copenhagen.
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
TODAY_WRITTEN = "tirsdag den 5. januar 2027"


def draft_of(line: str, **options) -> MeetingDraft:
    draft = parse_meeting_line(line, now=NOW, tz=CPH, **options)
    assert isinstance(draft, MeetingDraft), draft
    return draft


def problem_of(line: str, **options) -> LineProblem:
    problem = parse_meeting_line(line, now=NOW, tz=CPH, **options)
    assert isinstance(problem, LineProblem), problem
    return problem


def local(moment: datetime) -> datetime:
    return moment.astimezone(CPH).replace(tzinfo=None)
