"""The chair's and the secretary's settings forms, for the agenda cycle and for the chase of
tasks: their values as typed, and a bad value brought back with everything typed."""

import re
from typing import Any

from dialogs.card_inputs import minutes_of
from dialogs.context import Context
from dialogs.forms import Invalid, submitted
from meetings.agenda.configuration import (
    MAX_STANDING_ITEMS,
    change_settings,
    check_may_change_settings,
)
from meetings.agenda.entities import GroupSettings
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.tasks.chase_settings import change_chase_settings, check_may_change_chase_settings
from meetings.tasks.entities import ChaseSettings

AGENDA_NUMBERS = ("call_days", "deadline_days", "publish_days", "item_minutes")
CHASE_NUMBERS = ("due_days_before_meeting", "remind_days_before_due", "escalate_days",
                 "meeting_days_before")
CHASE_TIMES = ("work_start", "work_end")
_DAYS = re.compile(r"\d+")


def standing_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The standing items as the form sent them; a row without a title is left out."""
    rows = []
    for index in range(MAX_STANDING_ITEMS + 1):
        title = str(data.get(f"standing_{index}_title") or "").strip()[:200]
        if title:
            rows.append({"title": title,
                         "minutes": minutes_of(data.get(f"standing_{index}_minutes")),
                         "kind": str(data.get(f"standing_{index}_kind") or ""),
                         "position": str(data.get(f"standing_{index}_position") or "")})
    return rows


def typed_agenda_settings(data: dict[str, Any]) -> dict[str, Any]:
    typed: dict[str, Any] = {name: minutes_of(data.get(name)) for name in AGENDA_NUMBERS}
    typed["deadline_time"] = str(data.get("deadline_time") or "")[:5]
    if any(key.startswith("standing_") for key in data):
        typed["standing_items"] = standing_rows(data)
    return typed


async def save_agenda_settings(context: Context, data: dict[str, Any]
                               ) -> GroupSettings | Invalid[dict[str, Any]]:
    check_may_change_settings(context.group, context.member)
    typed = typed_agenda_settings(data)

    async def change() -> GroupSettings:
        missing = [name for name in AGENDA_NUMBERS if typed[name] is None]
        if missing:
            raise Refusal(BAD_SETTINGS, field=missing[0])
        return await change_settings(context.uow, context.group, context.member, context.now,
                                     **typed)
    return await submitted(typed, change, codes={BAD_SETTINGS})


def overdue_days_of(text: str) -> list[int] | None:
    """"2, 5, 10", "2 5 10" or "2;5;10" as a list; None if anything else is in it."""
    if re.sub(r"[\d\s,;.]", "", text):
        return None
    return [int(day) for day in _DAYS.findall(text)]


def typed_chase_settings(data: dict[str, Any]) -> dict[str, Any]:
    typed: dict[str, Any] = {name: minutes_of(data.get(name)) for name in CHASE_NUMBERS}
    typed.update({name: str(data.get(name) or "")[:5] for name in CHASE_TIMES})
    typed["overdue_days"] = str(data.get("overdue_days") or "")[:60]
    return typed


async def save_chase_settings(context: Context, data: dict[str, Any]
                              ) -> ChaseSettings | Invalid[dict[str, Any]]:
    check_may_change_chase_settings(context.group, context.member)
    typed = typed_chase_settings(data)
    changes = {**typed, "overdue_days": overdue_days_of(typed["overdue_days"])}

    async def change() -> ChaseSettings:
        wrong = [name for name in (*CHASE_NUMBERS, "overdue_days") if changes[name] is None]
        if wrong:
            raise Refusal(BAD_SETTINGS, field=wrong[0])
        return await change_chase_settings(context.uow, context.group, context.member,
                                           context.now, **changes)
    return await submitted(typed, change, codes={BAD_SETTINGS})
