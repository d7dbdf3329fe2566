"""A group's agenda settings, made with the defaults the seed minutes suggest on first use."""

from datetime import time

from meetings.agenda.entities import GroupSettings
from meetings.agenda.vocabulary import ItemKind
from meetings.common.ports import UnitOfWork
from meetings.common.working_days import WORK_END, WORK_START
from meetings.groups.entities import Group
from meetings.groups.setting_values import stored_or_defaults

START, END = "start", "end"

# The frame of every meeting in the network group's minutes.
DEFAULT_STANDING_ITEMS = (
    {"title": "Velkommen, godkendelse af dagsorden og referat", "minutes": 10,
     "kind": ItemKind.INFORMATION.value, "position": START},
    {"title": "Nyt fra rammeaftalen", "minutes": 15, "kind": ItemKind.INFORMATION.value,
     "position": START},
    {"title": "Kommune-runden", "minutes": 30, "kind": ItemKind.DISCUSSION.value,
     "position": START},
    # Reserved for the follow-up of open action items (filled in by the action-item cycle).
    {"title": "Opfølgning på opgaver", "minutes": 10, "kind": ItemKind.INFORMATION.value,
     "position": END},
    {"title": "Eventuelt", "minutes": 10, "kind": ItemKind.INFORMATION.value, "position": END},
    {"title": "Hvad skal bæres videre, og af hvem?", "minutes": 10,
     "kind": ItemKind.DISCUSSION.value, "position": END},
)

DEFAULTS = {
    "call_days": 21,
    "deadline_days": 10,
    "deadline_time": time(12, 0),
    "publish_days": 7,
    "meeting_minutes": 180,
    "item_minutes": 20,
}


def default_settings(group: Group) -> GroupSettings:
    """The defaults as an unsaved row; dated at the group's creation, so reading them twice
    gives the same values."""
    return GroupSettings(group_id=group.id, **DEFAULTS,
                         standing_items=[dict(item) for item in DEFAULT_STANDING_ITEMS],
                         updated_at=group.created_at, updated_by=None)


async def settings_of(uow: UnitOfWork, group: Group) -> GroupSettings:
    """The group's settings; the first call stores the defaults (kept if the caller commits)."""
    return await stored_or_defaults(uow.settings, default_settings(group))


async def settings_read(uow: UnitOfWork, group: Group) -> GroupSettings:
    """The group's settings for a read: the stored row, else the defaults, not stored (a
    read takes no write lock, and works where writing is refused)."""
    return await uow.settings.get(group.id) or default_settings(group)


async def working_hours(uow: UnitOfWork, group: Group) -> tuple[time, time]:
    """The group's working hours, start and end: those its task reminders' settings give, else
    09.00–16.00 (meetings.common.working_days). Read only: no defaults are stored."""
    chase = await uow.chase_settings.get(group.id)
    return (chase.work_start, chase.work_end) if chase is not None else (WORK_START, WORK_END)
