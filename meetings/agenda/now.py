"""The secretary does not have to wait for the cycle: send the call or publish the agenda now.

Each sets the same state the tick would, so the tick then treats the step as done; doing it
twice changes nothing (a published agenda is updated in place instead).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.cycle import STEPS, schedule_agenda_cycle
from meetings.agenda.messages import agenda_changed
from meetings.agenda.times import cycle_times
from meetings.common.access import planned_meeting_of_group, require_manager
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.settings import settings_of
from meetings.planning.entities import Meeting

_STEP = {step.name: step for step in STEPS}


async def send_call_now(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                        now: datetime) -> bool:
    """Call for agenda input at once; False if the call had gone out already."""
    require_manager(actor, group, "send_call", meeting_id)
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    if meeting.call_sent_at is not None:
        return False
    await _run(uow, group, meeting, "call", now)
    return True


async def publish_now(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                      now: datetime) -> bool:
    """Publish the agenda at once; if it was published, update the posted card instead.
    True when this published it."""
    require_manager(actor, group, "publish_agenda", meeting_id)
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    if meeting.agenda_published_at is not None:
        await agenda_changed(uow, group, meeting, now)
        return False
    await _run(uow, group, meeting, "publish", now)
    return True


async def _run(uow: UnitOfWork, group: Group, meeting: Meeting, name: str,
               now: datetime) -> None:
    step = _STEP[name]
    times = cycle_times(meeting, await settings_of(uow, group), ZoneInfo(group.time_zone))
    await step.send(uow, group, meeting, times, now)
    setattr(meeting, step.column, now)
    await schedule_agenda_cycle(uow, group, meeting, now)


async def tell_group_of_change(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                               note: str, now: datetime) -> bool:
    """After the published agenda changed: one message to the group, with the chair's own
    words, once per agenda version (the card itself is already updated in place). False if
    there is nothing published to tell about or this version was told already."""
    require_manager(actor, group, "tell_agenda_change", meeting_id)
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    if meeting.agenda_published_at is None:
        return False
    return await uow.outbox.enqueue(
        dedupe_key=f"agenda-notice:{meeting.id}:{meeting.agenda_version}:{group.conversation_id}",
        kind=OutboxKind.AGENDA_CHANGE_NOTICE, group_id=group.id, meeting_id=meeting.id,
        conversation_id=group.conversation_id,
        payload={"meeting_id": meeting.id, "note": note.strip()[:500]}, due_at=now,
        expires_at=meeting.starts_at, created_at=now)
