"""An imported task's due date: the deadline its sentence sets ("frist 1. november", "senest uge
44", "inden næste møde", read as a task typed in chat is, from the meeting's day), else one the
importer chooses so the task can be chased once confirmed: before the group's next known
meeting, as a task made at the meeting would be, or a month on (the first working day from
then: nobody's deadline is a Sunday). A chosen date is said to be
chosen (`TaskDue.chosen`): the referat prints no deadline the minutes did not set, and the task
card says who set it."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.common.working_days import working_day_on_or_after
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.tasks.chase_settings import due_before_meeting
from meetings.tasks.line import TaskLine, parse_task_line

DUE_DAYS = 30  # an imported task's due date when no later meeting of the group is known
# "inden næste møde", "senest til næste møde", "by the next meeting": due before the group's
# next meeting, whichever day that is. "til næste møde" alone is not ("Input til dagsorden til
# næste møde"), nor "på næste møde" (what happens at it).
_BEFORE_NEXT_MEETING = re.compile(
    r"(?<!\w)(?:(?:senest\s+)?(?:inden|før)|senest\s+til)\s+(?:det\s+)?næste\s+møde(?!\w)"
    r"|(?<!\w)(?:by|before)\s+the\s+next\s+meeting(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class TaskDue:
    due_on: date
    chosen: bool  # by the importer: the minutes set no deadline


async def task_due(uow: UnitOfWork, group: Group, meeting: Meeting, day: date,
                   sentence: str) -> TaskDue:
    """The due date of the task `sentence` names, at the meeting held on `day`."""
    tz = ZoneInfo(group.time_zone)
    written = written_day(sentence, day, tz, group.language)
    if written is not None:
        return TaskDue(written, chosen=False)
    following = await uow.imports.next_after(group.id, meeting.starts_at)
    due = await due_before_meeting(uow, group, following, day) if following else None
    if following is not None and _BEFORE_NEXT_MEETING.search(sentence):
        return TaskDue(due or following.starts_at.astimezone(tz).date(), chosen=False)
    return TaskDue(due or working_day_on_or_after(day + timedelta(days=DUE_DAYS)), chosen=True)


def written_day(sentence: str, day: date, tz: ZoneInfo, language: str) -> date | None:
    """The day a due clause of the sentence names ("frist 1. november"), counted from the
    meeting's day; None without one, or with one that had passed by then."""
    line = parse_task_line(sentence, now=datetime.combine(day, time(12), tz), tz=tz,
                           language=language)
    return line.due_on if isinstance(line, TaskLine) else None
