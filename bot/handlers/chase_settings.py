"""The chair's and the secretary's card for how the group's open tasks are chased."""

import re
from typing import Any

from bot.card_data import Action
from bot.handlers.item_form import minutes_of
from bot.turn import CardReply, Turn
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.planning.planning import require_manager
from meetings.tasks.chase_settings import change_chase_settings, settings_of

NUMBERS = ("due_days_before_meeting", "remind_days_before_due", "escalate_days",
           "meeting_days_before")
TIMES = ("work_start", "work_end")
_DAYS = re.compile(r"\d+")


async def chase_settings_card(turn: Turn, values: dict[str, Any] | None = None,
                              error: str | None = None, notice: str | None = None) -> dict:
    require_manager(turn.member, turn.group, "change_chase_settings")
    if values is None:
        settings = await settings_of(turn.uow, turn.group)
        values = {name: getattr(settings, name) for name in NUMBERS}
        values["overdue_days"] = ", ".join(str(day) for day in settings.overdue_days)
        values.update({name: getattr(settings, name).strftime("%H:%M") for name in TIMES})
    return turn.card("chase_settings", values=values, error=error, notice=notice)


def overdue_days_of(text: str) -> list[int] | None:
    """"2, 5, 10", "2 5 10" or "2;5;10" as a list; None if anything else is in it."""
    if re.sub(r"[\d\s,;.]", "", text):
        return None
    return [int(day) for day in _DAYS.findall(text)]


async def show_chase_settings(turn: Turn, _: dict) -> CardReply:
    return CardReply(card=await chase_settings_card(turn))


async def save_chase_settings(turn: Turn, data: dict) -> CardReply:
    require_manager(turn.member, turn.group, "change_chase_settings")
    typed: dict[str, Any] = {name: minutes_of(data.get(name)) for name in NUMBERS}
    typed.update({name: str(data.get(name) or "")[:5] for name in TIMES})
    typed["overdue_days"] = str(data.get("overdue_days") or "")[:60]
    changes = {**typed, "overdue_days": overdue_days_of(typed["overdue_days"])}
    try:
        wrong = [name for name in (*NUMBERS, "overdue_days") if changes[name] is None]
        if wrong:
            raise Refusal(BAD_SETTINGS, field=wrong[0])
        await change_chase_settings(turn.uow, turn.group, turn.member, turn.now, **changes)
    except Refusal as refused:
        if refused.code != BAD_SETTINGS:
            raise
        error = turn._("Please check the reminder settings: whole days, reminders after the due "
                       "date in rising order and before the secretary is told, and a working "
                       "day that starts before it ends. For example: 2, 5, 10 and then 15.")
        return CardReply(card=await chase_settings_card(turn, typed, error=error))
    return CardReply(card=await chase_settings_card(turn, notice=turn._("Settings saved.")))


CHASE_SETTINGS_ACTIONS: dict[str, Action] = {
    "chase.settings.form": show_chase_settings,
    "chase.settings.save": save_chase_settings,
}
