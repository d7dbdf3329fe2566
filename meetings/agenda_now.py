"""The secretary does not have to wait for the cycle: send the call or publish the agenda now.

Each sets the same state the tick would, so the tick then treats the step as done; doing it
twice changes nothing (a published agenda is updated in place instead).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda_cycle import STEPS
from meetings.agenda_messages import agenda_changed
from meetings.agenda_times import cycle_times
from meetings.group_settings import settings_of
from meetings.planning import planned_meeting_of_group, require_manager
from storage.models import Group, Meeting, Member
from storage.unit_of_work import UnitOfWork

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
