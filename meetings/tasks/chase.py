"""When a task's owner is reminded: the stages of the chase, the reminder before a meeting, the
working hours, and whose digest a reminder lands in. Pure: values in, decisions out.

A task moves through numbered stages: 1 some working days before it is due, 2 on the due day,
3… after it each of the overdue days, and last the escalation, when the secretary is told
instead of the owner being reminded again. The task keeps the last stage reminded, so a tick
that comes late (the bot was down, the owner was away) reminds only the latest stage whose day
has come: missed stages merge into it, never a burst.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from meetings.common.working_days import is_working_time as working_time
from meetings.common.working_days import (
    working_day_on_or_before,
    working_days_after,
    working_days_before,
)
from meetings.tasks.vocabulary import TaskStatus

# What a task in a digest is reminded of (the renderer words each).
BEFORE, DUE, OVERDUE, MEETING, OUTSIDE = "before", "due", "overdue", "meeting", "outside"
ESCALATED = "escalated"  # not in a digest's tasks: its id goes in the secretary's "escalated"
FIRST_OVERDUE_STAGE = 3


@dataclass(frozen=True)
class Cadence:
    """A group's chase settings as plain values (see storage.models.tasks.ChaseSettings)."""

    remind_days_before_due: int = 2
    overdue_days: tuple[int, ...] = (2, 5, 10)
    escalate_days: int = 15
    meeting_days_before: int = 5
    work_start: time = time(9, 0)
    work_end: time = time(16, 0)

    @classmethod
    def of(cls, settings) -> "Cadence":
        return cls(settings.remind_days_before_due, tuple(settings.overdue_days),
                   settings.escalate_days, settings.meeting_days_before, settings.work_start,
                   settings.work_end)

    @property
    def escalation_stage(self) -> int:
        return FIRST_OVERDUE_STAGE + len(self.overdue_days)


def stage_days(due_on: date, cadence: Cadence) -> dict[int, date]:
    """Each stage's day. With no days before the due date there is no "before" stage."""
    days = {2: working_day_on_or_before(due_on)}
    if cadence.remind_days_before_due > 0:
        days[1] = working_days_before(due_on, cadence.remind_days_before_due)
    for stage, after in enumerate(cadence.overdue_days, start=FIRST_OVERDUE_STAGE):
        days[stage] = working_days_after(due_on, after)
    days[cadence.escalation_stage] = working_days_after(due_on, cadence.escalate_days)
    return dict(sorted(days.items()))


def stage_due(due_on: date, status: str, reminder_stage: int, cadence: Cadence,
              today: date, *, escalated: bool = False) -> int | None:
    """The stage to remind today: the latest whose day has come, beyond the last one reminded.
    A blocked task waits on something else: it gets only the meeting reminder; an escalated
    one is the secretary's now."""
    if status != TaskStatus.OPEN or escalated:
        return None
    reached = [stage for stage, day in stage_days(due_on, cadence).items() if day <= today]
    # Fewer overdue days since the last reminder must not skip the escalation.
    done = min(reminder_stage, cadence.escalation_stage - 1)
    if not reached or reached[-1] <= done:
        return None
    return reached[-1]


def stage_name(stage: int, cadence: Cadence) -> str:
    if stage >= cadence.escalation_stage:
        return ESCALATED
    return {1: BEFORE, 2: DUE}.get(stage, OVERDUE)


def meeting_reminder_day(meeting_day: date, cadence: Cadence) -> date:
    """The day every owner of an unfinished task hears of the coming meeting (a week before)."""
    if cadence.meeting_days_before == 0:
        return working_day_on_or_before(meeting_day)
    return working_days_before(meeting_day, cadence.meeting_days_before)


def is_working_time(now: datetime, tz: ZoneInfo, cadence: Cadence) -> bool:
    """Within the group's working hours (see meetings.common.working_days)."""
    return working_time(now, tz, cadence.work_start, cadence.work_end)


def work_end_at(day: date, tz: ZoneInfo, cadence: Cadence) -> datetime:
    """When a digest of that day is no longer worth sending, in UTC."""
    return datetime.combine(day, cadence.work_end, tzinfo=tz).astimezone(ZoneInfo("UTC"))


def is_away(away_until: date | None, today: date) -> bool:
    return away_until is not None and away_until >= today


def person_key(aad_object_id: str | None, member_id: int) -> str:
    """One person across the groups (their Entra object id); a member row without one is a
    person of its own."""
    return aad_object_id or f"member-{member_id}"


def digest_key(person: str, day: date) -> str:
    return f"task-reminders:{person}:{day.isoformat()}"
