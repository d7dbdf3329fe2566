"""How a group chases open tasks: defaults made on first use, and changes that keep the chase
in order (reminders before escalation, a working day that starts before it ends)."""

import logging
from datetime import datetime, time

from meetings.planning import require_manager
from meetings.refusal import BAD_SETTINGS, Refusal
from storage.models import Group, Member
from storage.task_models import ChaseSettings
from storage.unit_of_work import UnitOfWork

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
    settings = await uow.chase_settings.get(group.id)
    if settings is not None:
        return settings
    defaults = default_chase_settings(group)
    await uow.chase_settings.add_if_absent(
        {column: getattr(defaults, column) for column in ChaseSettings.__table__.columns.keys()})
    return await uow.chase_settings.get(group.id)


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
    for name, value in values.items():
        setattr(settings, name, value)
    settings.updated_at, settings.updated_by = now, actor.aad_object_id
    log.info("chase settings changed", extra={"group_id": group.id, "fields": sorted(values)})
    return settings


def _checked(name: str, value):
    if name in RANGES:
        low, high = RANGES[name]
        if not _is_int(value) or not low <= value <= high:
            raise Refusal(BAD_SETTINGS, field=name)
        return value
    if name == "overdue_days":
        return _overdue_days(value)
    if name in ("work_start", "work_end"):
        return _time(name, value)
    raise Refusal(BAD_SETTINGS, field=name)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _overdue_days(value) -> list[int]:
    """Strictly ascending days after the due date, each at least one."""
    if not isinstance(value, list | tuple) or len(value) > MAX_OVERDUE_REMINDERS \
            or not all(_is_int(day) for day in value):
        raise Refusal(BAD_SETTINGS, field="overdue_days")
    days = list(value)
    if any(day < 1 for day in days) or days != sorted(set(days)):
        raise Refusal(BAD_SETTINGS, field="overdue_days")
    return days


def _time(name: str, value) -> time:
    """A time of day, or "HH:MM" / "HH.MM" as people write it."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        hours, minutes = str(value).replace(".", ":").split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise Refusal(BAD_SETTINGS, field=name) from None
