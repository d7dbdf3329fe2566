"""How a group chases open tasks: defaults made on first use, and changes that keep the chase
in order (reminders before escalation, a working day that starts before it ends)."""

import logging
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.common.working_days import working_days_before
from meetings.groups.entities import Group, Member
from meetings.groups.setting_values import (
    apply,
    is_whole_number,
    number_in,
    stored_or_defaults,
    time_of_day,
)
from meetings.planning.entities import Meeting
from meetings.tasks.chase_due import schedule_chase
from meetings.tasks.entities import ChaseSettings

log = logging.getLogger(__name__)

DEFAULTS = {
    "due_days_before_meeting": 5,
    "remind_days_before_due": 2,
    "overdue_days": [2, 5, 10],  # a slowing cadence
    "escalate_days": 15,
    "meeting_days_before": 5,  # a week before the meeting
    "work_start": time(9, 0),
    "work_end": time(16, 0),
}
# Working days; the upper bounds only catch typing errors.
RANGES = {
    "due_days_before_meeting": (0, 60),
    "remind_days_before_due": (0, 30),
    "escalate_days": (1, 120),
    "meeting_days_before": (0, 60),
}
MAX_OVERDUE_REMINDERS = 10


def default_chase_settings(group: Group) -> ChaseSettings:
    """The defaults as an unsaved row, dated at the group's creation so reading them twice
    gives the same values."""
    values = dict(DEFAULTS, overdue_days=list(DEFAULTS["overdue_days"]))
    return ChaseSettings(group_id=group.id, **values, updated_at=group.created_at,
                         updated_by=None)


async def settings_of(uow: UnitOfWork, group: Group) -> ChaseSettings:
    """The group's chase settings; the first call stores the defaults (kept if the caller
    commits). Insert-if-absent, so two turns doing it at once do not collide."""
    return await stored_or_defaults(uow.chase_settings, default_chase_settings(group))


def check_may_change_chase_settings(group: Group, actor: Member) -> None:
    """The chase settings are the chair's and the secretary's: anyone else sending the form is
    refused, and logged, before what they sent is read."""
    require_manager(actor, group, "change_chase_settings")


async def change_chase_settings(uow: UnitOfWork, group: Group, actor: Member, now: datetime,
                                **changes) -> ChaseSettings:
    """Change some settings (chair and secretary); refuse with BAD_SETTINGS and the field, and
    change nothing, if a value is wrong or the whole is out of order."""
    require_manager(actor, group, "change_chase_settings")
    settings = await settings_of(uow, group)
    values = {name: _checked(name, value) for name, value in changes.items()}
    merged = {name: values.get(name, getattr(settings, name)) for name in DEFAULTS}
    if merged["work_start"] >= merged["work_end"]:
        raise Refusal(BAD_SETTINGS, field="work_hours")
    if any(day >= merged["escalate_days"] for day in merged["overdue_days"]):
        raise Refusal(BAD_SETTINGS, field="overdue_days")
    apply(settings, values, actor, now)
    await uow.flush()  # the new values are what the tasks' due moments are worked out from
    await schedule_chase(uow, await uow.tasks.unfinished_of_group(group.id), now)
    log.info("chase settings changed", extra={"group_id": group.id, "fields": sorted(values)})
    return settings


def _checked(name: str, value):
    if name in RANGES:
        return number_in(name, value, *RANGES[name])
    if name == "overdue_days":
        return _overdue_days(value)
    if name in ("work_start", "work_end"):
        return time_of_day(name, value)
    raise Refusal(BAD_SETTINGS, field=name)


def _overdue_days(value) -> list[int]:
    """Strictly ascending days after the due date, each at least one."""
    if not isinstance(value, list | tuple) or len(value) > MAX_OVERDUE_REMINDERS \
            or not all(is_whole_number(day) for day in value):
        raise Refusal(BAD_SETTINGS, field="overdue_days")
    days = list(value)
    if any(day < 1 for day in days) or days != sorted(set(days)):
        raise Refusal(BAD_SETTINGS, field="overdue_days")
    return days


async def due_before_meeting(uow: UnitOfWork, group: Group, meeting: Meeting,
                             after: date) -> date | None:
    """The day a task for this meeting is due, the group's working days before it (so the
    answer is there for it); None when that day is not after `after`."""
    settings = await settings_of(uow, group)
    meeting_day = meeting.starts_at.astimezone(ZoneInfo(group.time_zone)).date()
    due = working_days_before(meeting_day, settings.due_days_before_meeting)
    return due if due > after else None


async def chase_settings_form(uow: UnitOfWork, group: Group, actor: Member) -> ChaseSettings:
    """The chase settings as the chair's and the secretary's form shows them; anyone else is
    refused, and logged."""
    require_manager(actor, group, "change_chase_settings")
    return await settings_of(uow, group)
