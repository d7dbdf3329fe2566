"""Changing a group's agenda settings: the chair's and the secretary's, and only sane values."""

import logging
from collections.abc import Mapping
from datetime import datetime

from meetings.agenda.cycle import schedule_agenda_cycle
from meetings.agenda.entities import GroupSettings
from meetings.agenda.messages import agenda_changed
from meetings.agenda.vocabulary import ItemKind
from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.setting_values import apply, number_in, time_of_day
from meetings.groups.settings import END, START, settings_of

log = logging.getLogger(__name__)

RANGES = {
    "call_days": (2, 120),
    "deadline_days": (1, 119),
    "publish_days": (1, 118),
    "meeting_minutes": (15, 720),
    "item_minutes": (5, 180),
}
MAX_STANDING_ITEMS = 12
# The settings an agenda's items and time slots are composed from.
AGENDA_FRAME = frozenset({"standing_items", "item_minutes"})


def check_may_change_settings(group: Group, actor: Member) -> None:
    """The agenda settings are the chair's and the secretary's: anyone else sending the form is
    refused, and logged, before what they sent is read."""
    require_manager(actor, group, "change_settings")


async def change_settings(uow: UnitOfWork, group: Group, actor: Member, now: datetime,
                          **changes) -> GroupSettings:
    """Change some settings; refuse (BAD_SETTINGS, with the field) and change nothing if one
    value is wrong or the days are out of order (call > deadline > publish >= 1)."""
    require_manager(actor, group, "change_settings")
    settings = await settings_of(uow, group)
    values = {name: _checked(name, value) for name, value in changes.items()}
    merged = {name: values.get(name, getattr(settings, name)) for name in RANGES}
    if not merged["call_days"] > merged["deadline_days"] > merged["publish_days"] >= 1:
        raise Refusal(BAD_SETTINGS, field="days")
    reframed = any(values[name] != getattr(settings, name) for name in AGENDA_FRAME & values.keys())
    apply(settings, values, actor, now)
    for meeting in await uow.cycle.pending_of_group(group.id):  # their steps' times move
        await schedule_agenda_cycle(uow, group, meeting, now)
    if reframed:  # every agenda is composed from the frame: posted agendas follow
        for meeting in await uow.meetings.upcoming(group.id, now):
            if meeting.starts_at > now:
                await agenda_changed(uow, group, meeting, now)
    log.info("settings changed", extra={"group_id": group.id, "fields": sorted(values)})
    return settings


def _checked(name: str, value):
    if name in RANGES:
        return number_in(name, value, *RANGES[name])
    if name == "deadline_time":
        return time_of_day(name, value)
    if name == "standing_items":
        return checked_standing_items(value)
    raise Refusal(BAD_SETTINGS, field=name)


def checked_standing_items(items) -> list[dict]:
    if not isinstance(items, list | tuple) or len(items) > MAX_STANDING_ITEMS:
        raise Refusal(BAD_SETTINGS, field="standing_items")
    return [_standing_item(item) for item in items]


def _standing_item(item) -> dict:
    if not isinstance(item, Mapping):
        raise Refusal(BAD_SETTINGS, field="standing_items")
    title = item.get("title")
    title = title.strip() if isinstance(title, str) else ""
    minutes = item.get("minutes")
    if not 0 < len(title) <= 200 or isinstance(minutes, bool) \
            or not isinstance(minutes, int) or not 1 <= minutes <= 180 \
            or item.get("kind") not in set(ItemKind) or item.get("position") not in (START, END):
        raise Refusal(BAD_SETTINGS, field="standing_items", title=title[:200])
    return {"title": title, "minutes": minutes, "kind": str(item["kind"]),
            "position": item["position"]}


async def settings_form(uow: UnitOfWork, group: Group, actor: Member) -> GroupSettings:
    """The agenda cycle's settings as the chair's and the secretary's form shows them; anyone
    else is refused, and logged."""
    require_manager(actor, group, "change_settings")
    return await settings_of(uow, group)
