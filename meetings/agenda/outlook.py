"""What the agenda cycle will do for a meeting, step by step, as the planning card tells it."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.cycle import STEPS, Step, skipped_steps
from meetings.agenda.times import CycleTimes, cycle_times, next_working_morning
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.groups.settings import settings_of
from meetings.planning.entities import Meeting

SCHEDULED = "scheduled"  # at `at`
SCHEDULED_IF_READY = "scheduled_if_ready"  # at `at` if ready then (the agenda: an item accepted)
AT_ONCE = "at_once"  # its time has passed, and it still makes sense
WHEN_READY = "when_ready"  # its time has passed: as soon as it is ready
SKIPPED = "skipped"
DONE = "done"  # at `at`


@dataclass(frozen=True)
class StepOutlook:
    name: str  # as in agenda_cycle.STEPS: call, nudge, publish, attendance
    state: str
    at: datetime | None = None


@dataclass(frozen=True)
class CycleOutlook:
    steps: tuple[StepOutlook, ...]
    deadline_at: datetime | None  # for items; None once it has passed


async def cycle_outlook(uow: UnitOfWork, group: Group, meeting: Meeting,
                        now: datetime) -> CycleOutlook:
    """Each step as the tick will take it, given the meeting's state now."""
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    steps = tuple([_outlook(step, meeting, times, now, await step.ready(uow, meeting))
                   for step in STEPS])
    return CycleOutlook(steps, times.deadline_at if times.deadline_at > now else None)


def _outlook(step: Step, meeting: Meeting, times: CycleTimes, now: datetime,
             ready: bool) -> StepOutlook:
    done_at = getattr(meeting, step.column)
    if done_at is not None:
        return StepOutlook(step.name, DONE, done_at)
    if step.name in skipped_steps(meeting) or now >= step.until(times):
        return StepOutlook(step.name, SKIPPED)
    at = _expected_at(step, meeting, times, now)
    if at > now:
        return StepOutlook(step.name, SCHEDULED if ready else SCHEDULED_IF_READY, at)
    return StepOutlook(step.name, AT_ONCE if ready else WHEN_READY)


def _expected_at(step: Step, meeting: Meeting, times: CycleTimes, now: datetime) -> datetime:
    if step.name != "nudge":
        return step.at(times)
    # As the tick has it: never the same day as the call, which may yet go out late.
    call = meeting.call_sent_at or max(times.call_at, now)
    return max(times.nudge_at, next_working_morning(call, times.zone))
