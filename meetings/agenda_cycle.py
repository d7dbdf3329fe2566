"""The agenda cycle: a scheduler tick moves every planned meeting's cycle forward.

Call for input → nudge of those who have not answered → the agenda published → attendance
reminder. Each step's state lives in the meeting row, so a step happens once however often
or late the tick runs; a step whose useful time has passed (the bot was down) is recorded as
skipped instead of being sent late.
"""

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda_messages import (
    KIND_ATTENDANCE,
    KIND_CALL,
    KIND_NUDGE,
    KIND_PUBLISHED,
    agenda_changed,
    publish_agenda,
    send_attendance_reminders,
    send_call,
    send_nudges,
)
from meetings.agenda_times import CycleTimes, cycle_times, next_working_morning
from meetings.carry_over import carry_over_deferred
from meetings.group_settings import settings_of
from storage.agenda_models import GroupSettings
from storage.models import Group, Meeting, MeetingStatus, OutboxStatus
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Send = Callable[[UnitOfWork, Group, Meeting, CycleTimes, datetime], Awaitable[list[str]]]


@dataclass(frozen=True)
class Step:
    name: str
    column: str  # when it was done; None until then
    kind: str
    at: Callable[[CycleTimes], datetime]
    until: Callable[[CycleTimes], datetime]  # later than this it is no use
    send: Send


STEPS = (
    Step("call", "call_sent_at", KIND_CALL, lambda t: t.call_at, lambda t: t.deadline_at,
         send_call),
    Step("nudge", "nudged_at", KIND_NUDGE, lambda t: t.nudge_at, lambda t: t.deadline_at,
         send_nudges),
    Step("publish", "agenda_published_at", KIND_PUBLISHED, lambda t: t.publish_at,
         lambda t: t.starts_at, publish_agenda),
    Step("attendance", "attendance_reminded_at", KIND_ATTENDANCE, lambda t: t.remind_at,
         lambda t: t.starts_at, send_attendance_reminders),
)


async def advance_agenda_cycles(uow: UnitOfWork, now: datetime) -> list[str]:
    """One tick over all groups; returns what it did (outbox keys, "skipped:…", "carried:…").
    The caller commits."""
    events: list[str] = []
    settings: dict[int, GroupSettings] = {}
    for meeting in await uow.cycle.unfinished():
        group = await uow.groups.get(meeting.group_id)
        if group.id not in settings:
            settings[group.id] = await settings_of(uow, group)
        if meeting.starts_at > now:
            carried = await carry_over_deferred(uow, group, meeting, now)
            events += [f"carried:{item}:{meeting.id}" for item in carried]
        times = cycle_times(meeting, settings[group.id], ZoneInfo(group.time_zone))
        events += await _advance(uow, group, meeting, times, now)
    return events


async def realign_agenda_cycle(uow: UnitOfWork, group: Group, meeting: Meeting,
                               now: datetime) -> None:
    """After a move or a cancellation (call it after the meeting's unsent messages were
    withdrawn): steps whose new time lies ahead, or whose message was withdrawn unsent, are
    done again; a posted agenda is updated in place."""
    if meeting.status != MeetingStatus.PLANNED:
        await agenda_changed(uow, group, meeting, now)
        return
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    for step in STEPS:
        latest = await uow.outbox.latest_of_kind(meeting.id, step.kind)
        withdrawn = latest is not None and latest.status == OutboxStatus.DEAD
        if step.name == "publish" and _settled(meeting, step) and not withdrawn:
            await agenda_changed(uow, group, meeting, now)
        elif step.at(times) > now or (getattr(meeting, step.column) and withdrawn):
            setattr(meeting, step.column, None)
            _set_skipped(meeting, _skipped(meeting) - {step.name})


async def _advance(uow: UnitOfWork, group: Group, meeting: Meeting, times: CycleTimes,
                   now: datetime) -> list[str]:
    events: list[str] = []
    for step in STEPS:
        due = _due(step, meeting, times)
        if _settled(meeting, step) or due is None or now < due:
            continue
        if now >= step.until(times) or _orphaned(step, meeting):
            _set_skipped(meeting, _skipped(meeting) | {step.name})
            events.append(f"skipped:{step.name}:{meeting.id}")
            log.info("agenda step skipped: its time has passed",
                     extra={"meeting_id": meeting.id, "step": step.name})
            continue
        events += await step.send(uow, group, meeting, times, now)
        setattr(meeting, step.column, now)
    return events


def _due(step: Step, meeting: Meeting, times: CycleTimes) -> datetime | None:
    if step.name != "nudge" or "call" in _skipped(meeting):
        return step.at(times)
    if meeting.call_sent_at is None:
        return None  # a nudge presumes the call
    # Never in the same breath as a call that went out late: the next working morning at once.
    return max(step.at(times), next_working_morning(meeting.call_sent_at, times.zone))


def _orphaned(step: Step, meeting: Meeting) -> bool:
    return step.name == "nudge" and "call" in _skipped(meeting)


def _settled(meeting: Meeting, step: Step) -> bool:
    return getattr(meeting, step.column) is not None or step.name in _skipped(meeting)


def _skipped(meeting: Meeting) -> set[str]:
    return set((meeting.agenda_cycle_skipped or "").split())


def _set_skipped(meeting: Meeting, names: set[str]) -> None:
    order = [step.name for step in STEPS if step.name in names]
    meeting.agenda_cycle_skipped = " ".join(order) or None
