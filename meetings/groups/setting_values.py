"""What a group's settings tables share: a row made with defaults on first use, and values
checked before a change, refused field by field (BAD_SETTINGS) so nothing is half-saved."""

from datetime import datetime, time
from typing import Any

from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.groups.entities import Member
from meetings.groups.ports import SettingsRows


async def stored_or_defaults(rows: SettingsRows, defaults: Any) -> Any:
    """The group's stored row; the first call stores `defaults` (kept if the caller commits).
    Insert-if-absent, so two turns doing it at once do not collide."""
    stored = await rows.get(defaults.group_id)
    if stored is not None:
        return stored
    await rows.add_if_absent(
        {column: getattr(defaults, column) for column in type(defaults).__table__.columns.keys()})
    return await rows.get(defaults.group_id)


def is_whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def number_in(name: str, value: Any, low: int, high: int) -> int:
    if not is_whole_number(value) or not low <= value <= high:
        raise Refusal(BAD_SETTINGS, field=name)
    return value


def time_of_day(name: str, value: Any) -> time:
    """A time of day, or "HH:MM" / "HH.MM" as people write it."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        hours, minutes = str(value).replace(".", ":").split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise Refusal(BAD_SETTINGS, field=name) from None


def apply(settings: Any, values: dict[str, Any], actor: Member, now: datetime) -> None:
    for name, value in values.items():
        setattr(settings, name, value)
    settings.updated_at, settings.updated_by = now, actor.aad_object_id
