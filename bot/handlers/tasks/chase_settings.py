"""The chair's and the secretary's card for how the group's open tasks are chased."""

from typing import Any

from bot.card_data import Action
from bot.turn import CardReply, Turn
from dialogs import settings_forms
from dialogs.forms import Invalid
from dialogs.settings_forms import CHASE_NUMBERS, CHASE_TIMES
from meetings.tasks.chase_settings import chase_settings_form


async def chase_settings_card(turn: Turn, values: dict[str, Any] | None = None,
                              error: str | None = None, notice: str | None = None) -> dict:
    if values is None:  # else the values typed, brought back after the save's own check
        settings = await chase_settings_form(turn.uow, turn.group, turn.member)
        values = {name: getattr(settings, name) for name in CHASE_NUMBERS}
        values["overdue_days"] = ", ".join(str(day) for day in settings.overdue_days)
        values.update({name: getattr(settings, name).strftime("%H:%M") for name in CHASE_TIMES})
    return turn.card("chase_settings", values=values, error=error, notice=notice)


async def show_chase_settings(turn: Turn, _: dict) -> CardReply:
    return CardReply(card=await chase_settings_card(turn))


async def save_chase_settings(turn: Turn, data: dict) -> CardReply:
    saved = await settings_forms.save_chase_settings(turn, data)
    if isinstance(saved, Invalid):
        error = turn._("Please check the reminder settings: whole days, reminders after the due "
                       "date in rising order and before the secretary is told, and a working "
                       "day that starts before it ends. For example: 2, 5, 10 and then 15.")
        return CardReply(card=await chase_settings_card(turn, saved.values, error=error))
    return CardReply(card=await chase_settings_card(turn, notice=turn._("Settings saved.")))


CHASE_SETTINGS_ACTIONS: dict[str, Action] = {
    "chase.settings.form": show_chase_settings,
    "chase.settings.save": save_chase_settings,
}
