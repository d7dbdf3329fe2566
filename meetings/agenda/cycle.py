"""The agenda cycle: a scheduler tick moves every planned meeting's cycle forward.

Call for input → nudge of those who have not answered → the agenda published → attendance
reminder. Each step's state lives in the meeting row, so a step happens once however often
or late the tick runs; the row also keeps when the tick next has work for it (`cycle_due_at`,
indexed), so a tick reads only the meetings that are due. A step whose useful time has passed
(the bot was down) is recorded as skipped instead of being sent late. A meeting planned or
moved inside the cycle's lead time gets only the steps that still make sense, decided there and
then (see `start_agenda_cycle`).
The agenda waits for an accepted item: an agenda of standing items only goes out when the
secretary publishes it.
"""

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from meetings.agenda.carry_over import carry_over_deferred
from meetings.agenda.entities import GroupSettings
from meetings.agenda.messages import (
    agenda_changed,
    call_changed,
    publish_agenda,
    send_attendance_reminders,
    send_call,
    send_nudges,
)
from meetings.agenda.newcomers import call_newcomers_again
from meetings.agenda.times import CycleTimes, cycle_times, held_until, next_working_morning
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.entities import Group
from meetings.groups.settings import default_settings, settings_of, working_hours
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus

log = logging.getLogger(__name__)
BATCH = 50  # meetings read at a time; each meeting's writes commit on their own

Send = Callable[[UnitOfWork, Group, Meeting, CycleTimes, datetime], Awaitable[list[str]]]
Ready = Callable[[UnitOfWork, Meeting], Awaitable[bool]]


async def _always(uow: UnitOfWork, meeting: Meeting) -> bool:
    return True


async def has_accepted_items(uow: UnitOfWork, meeting: Meeting) -> bool:
    return bool(await uow.items.of_meeting(meeting.id, [ItemStatus.ACCEPTED]))


@dataclass(frozen=True)
class Step:
    name: str
    column: str  # when it was done; None until then
    kind: OutboxKind
    at: Callable[[CycleTimes], datetime]
    until: Callable[[CycleTimes], datetime]  # later than this it is no use
    send: Send
    # Planned or moved after its time, the step goes out at once (until `until`) if `late`;
    # if not, it is skipped: a nudge or a reminder on the day of planning is noise.
    late: bool
    ready: Ready = _always  # it waits, up to `until`, until this holds


STEPS = (
    Step("call", "call_sent_at", OutboxKind.AGENDA_CALL, lambda t: t.call_at,
         lambda t: t.deadline_at, send_call, late=True),
    Step("nudge", "nudged_at", OutboxKind.AGENDA_NUDGE, lambda t: t.nudge_at,
         lambda t: t.deadline_at, send_nudges, late=False),
    Step("publish", "agenda_published_at", OutboxKind.AGENDA_PUBLISHED, lambda t: t.publish_at,
         lambda t: t.starts_at, publish_agenda, late=True, ready=has_accepted_items),
    Step("attendance", "attendance_reminded_at", OutboxKind.ATTENDANCE_REMINDER,
         lambda t: t.remind_at, lambda t: t.starts_at, send_attendance_reminders, late=False),
)


async def advance_agenda_cycles(uow: UnitOfWork, now: datetime,
                                batch: int = BATCH) -> list[str]:
    """One tick over the meetings whose cycle is due; returns what it did (outbox keys,
    "skipped:…", "carried:…"). Each meeting commits on its own, so the write lock is held
    briefly and a tick stopped between meetings has lost nothing; the next tick goes on."""
    events: list[str] = []
    after: tuple[datetime, int] | None = None
    while True:
        due = await uow.cycle.due(now, batch, after)
        if due:  # read before the steps move it
            after = (due[-1][0].cycle_due_at, due[-1][0].id)
        # One read for the batch, before any write: who has deferred items to carry over.
        waiting = await uow.items.groups_with_waiting_deferred(
            sorted({group.id for _, group, _ in due})) if due else set()
        for meeting, group, stored in due:
            settings = stored or default_settings(group)
            events += await _tick_meeting(uow, group, meeting, settings, now,
                                          group.id in waiting)
            # Each meeting's step and its messages commit together and on their own: on SQLite
            # a batch's 50 meetings in one transaction held the write lock for 0.3 s or more.
            await uow.commit()
        await uow.commit()
        if len(due) < batch:
            return events


async def _tick_meeting(uow: UnitOfWork, group: Group, meeting: Meeting,
                        settings: GroupSettings, now: datetime, deferred: bool) -> list[str]:
    events: list[str] = []
    if meeting.status != MeetingStatus.PLANNED:  # e.g. held, as imported minutes say
        meeting.cycle_due_at = None
        return events
    if deferred and meeting.starts_at > now:
        carried = await carry_over_deferred(uow, group, meeting, now)
        events += [f"carried:{item}:{meeting.id}" for item in carried]
    times = cycle_times(meeting, settings, ZoneInfo(group.time_zone))
    waiting: dict[str, datetime] = {}
    events += await _advance(uow, group, meeting, times, now, waiting)
    meeting.cycle_due_at = next_cycle_due(meeting, times, waiting)
    return events


def next_cycle_due(meeting: Meeting, times: CycleTimes,
                   waiting: Mapping[str, datetime] = MappingProxyType({})) -> datetime | None:
    """When the tick next has something to do for the meeting: the earliest time of a step not
    settled; for a step that waits, when it is to be looked at again (`waiting`: for an agenda
    without an accepted item the moment it is no use any more, for a step due out of hours the
    next working morning). None once every step is settled or the meeting is not planned."""
    if meeting.status != MeetingStatus.PLANNED:
        return None
    moments = []
    for step in STEPS:
        due = _due(step, meeting, times)
        if _settled(meeting, step) or due is None:
            continue  # a nudge waiting for its call: the call's time is earlier anyway
        moments.append(waiting.get(step.name, due))
    return min(moments, default=None)


async def schedule_agenda_cycle(uow: UnitOfWork, group: Group, meeting: Meeting,
                                now: datetime) -> None:
    """Write the meeting's next due moment after a change that moves it (planning, a move, a
    cancellation, the group's settings, an accepted item): at once when a deferred item waits
    for it, so the next tick carries it over."""
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    due = next_cycle_due(meeting, times)
    if due is not None and meeting.starts_at > now \
            and await uow.items.waiting_deferred(group.id, before=meeting.starts_at):
        due = now
    meeting.cycle_due_at = due


async def start_agenda_cycle(uow: UnitOfWork, group: Group, meeting: Meeting,
                             now: datetime) -> None:
    """Right after planning: what is too late for this meeting is skipped now, so the next
    tick does not fire it. The call still goes out while its deadline is ahead and the agenda
    when an item is accepted; the nudge and the attendance reminder only if their time is."""
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    _skip_what_is_too_late(meeting, times, now)
    await schedule_agenda_cycle(uow, group, meeting, now)


async def realign_agenda_cycle(uow: UnitOfWork, group: Group, meeting: Meeting,
                               now: datetime) -> None:
    """After a move or a cancellation (call it after the meeting's unsent messages were
    withdrawn): the steps are worked out again from the new time by the planning rule; a
    step already sent stays sent unless its new time lies ahead or its message was withdrawn
    unsent; a posted call and a posted agenda are updated in place, and a newcomer's call
    withdrawn unsent goes again while the call stays open."""
    await call_changed(uow, group, meeting, now)
    if meeting.status != MeetingStatus.PLANNED:
        meeting.cycle_due_at = None
        await agenda_changed(uow, group, meeting, now)
        return
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    for step in STEPS:
        latest = await uow.outbox.latest_of_kind(meeting.id, step.kind)
        withdrawn = latest is not None and latest.status == OutboxStatus.DEAD
        done = getattr(meeting, step.column) is not None
        if step.name == "publish" and done and not withdrawn:
            await agenda_changed(uow, group, meeting, now)
        elif not done or withdrawn or step.at(times) > now:
            if step.name == "call" and done:
                await _forget_answers_to_the_call(uow, meeting)
            setattr(meeting, step.column, None)
            _set_skipped(meeting, skipped_steps(meeting) - {step.name})
    _skip_what_is_too_late(meeting, times, now)
    await schedule_agenda_cycle(uow, group, meeting, now)
    await call_newcomers_again(uow, group, meeting, now)  # once the call's step is settled


async def _forget_answers_to_the_call(uow: UnitOfWork, meeting: Meeting) -> None:
    """The call goes out again for the new time: an "Intet fra os" to the old call says nothing
    of the meeting as it is now, so everyone is asked (and nudged) again, as attendance is."""
    forgotten = await uow.inputs.forget(meeting.id)
    log.info("input answers cleared: the call goes out again",
             extra={"meeting_id": meeting.id, "count": forgotten})


def _skip_what_is_too_late(meeting: Meeting, times: CycleTimes, now: datetime) -> None:
    skipped = skipped_steps(meeting)
    for step in STEPS:
        if _settled(meeting, step):
            continue
        passed = step.at(times) <= now and not step.late
        orphaned = step.name == "nudge" and "call" in skipped
        if passed or orphaned or now >= step.until(times):
            skipped.add(step.name)
            log.info("agenda step skipped: too late when planned",
                     extra={"meeting_id": meeting.id, "step": step.name})
    _set_skipped(meeting, skipped)


async def _advance(uow: UnitOfWork, group: Group, meeting: Meeting, times: CycleTimes,
                   now: datetime, waiting: dict[str, datetime]) -> list[str]:
    events: list[str] = []
    hours = None  # the group's working hours, read once, when a step is due
    for step in STEPS:
        due = _due(step, meeting, times)
        if _settled(meeting, step) or due is None or now < due:
            continue
        if now >= step.until(times) or _orphaned(step, meeting):
            _set_skipped(meeting, skipped_steps(meeting) | {step.name})
            events.append(f"skipped:{step.name}:{meeting.id}")
            log.info("agenda step skipped: its time has passed",
                     extra={"meeting_id": meeting.id, "step": step.name})
            continue
        hours = hours or await working_hours(uow, group)
        later = held_until(now, times.zone, step.until(times), hours)
        if later is not None:  # not late at night or at a weekend: at the next working start
            waiting[step.name] = later
            continue
        if not await step.ready(uow, meeting):
            waiting[step.name] = step.until(times)  # e.g. the agenda waits for an item
            continue
        events += await step.send(uow, group, meeting, times, now)
        setattr(meeting, step.column, now)
    return events


def _due(step: Step, meeting: Meeting, times: CycleTimes) -> datetime | None:
    if step.name != "nudge" or "call" in skipped_steps(meeting):
        return step.at(times)
    if meeting.call_sent_at is None:
        return None  # a nudge presumes the call
    # Never in the same breath as a call that went out late: the next working morning at once.
    return max(step.at(times), next_working_morning(meeting.call_sent_at, times.zone))


def _orphaned(step: Step, meeting: Meeting) -> bool:
    return step.name == "nudge" and "call" in skipped_steps(meeting)


def _settled(meeting: Meeting, step: Step) -> bool:
    return getattr(meeting, step.column) is not None or step.name in skipped_steps(meeting)


def skipped_steps(meeting: Meeting) -> set[str]:
    """The steps recorded as skipped: too late when planned, or missed while the bot was down."""
    return set((meeting.agenda_cycle_skipped or "").split())


def _set_skipped(meeting: Meeting, names: set[str]) -> None:
    order = [step.name for step in STEPS if step.name in names]
    meeting.agenda_cycle_skipped = " ".join(order) or None
