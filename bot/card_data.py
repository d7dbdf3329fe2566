"""What a card button's handler is: the turn and the button's data in, the answer out; and
whether card data, which is client input, is what our cards send at all: data that is not is
refused before anything is read or written. Reading ids and inputs out of data that is, is
`dialogs.card_inputs`."""

import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.turn import CardReply, Turn

Action = Callable[[Turn, dict[str, Any]], Awaitable[CardReply]]

MAX_ID = 2**31 - 1  # PostgreSQL's integer, the type of every id column
# The keys whose values are ids: "task_id", "group_id" …, a task's "version", and the owner
# chosen for a task ("owner") or for one task of several ("owner_12"); "tasks" and
# "escalated" list task ids.
_ID_KEY = re.compile(r".+_id|version|owner(?:_\d+)?")
_ID_LISTS = ("tasks", "escalated")


def clicked(value: Any) -> tuple[str, dict[str, Any]] | None:
    """The verb and data of an Action.Execute ({"action": {"verb", "data"}}), or None when
    they are not what our cards send."""
    action = value.get("action") if isinstance(value, dict) else None
    if not isinstance(action, dict):
        return None
    data = action.get("data") or {}
    return (str(action.get("verb") or ""), data) if is_card_data(data) else None


def is_card_data(data: Any) -> bool:
    """An object whose ids are whole numbers a row can have. int() would take True and 1.0
    for 1, and 10**40 fails the query."""
    if not isinstance(data, dict):
        return False
    for key, value in data.items():
        if key in _ID_LISTS and isinstance(value, list):
            if not all(map(_is_id, value)):
                return False
        elif _ID_KEY.fullmatch(key) and value not in (None, "") and not _is_id(value):
            return False
    return True


def _is_id(value: Any) -> bool:
    if isinstance(value, str):
        return value.isascii() and value.isdigit() and len(value) <= 10 and int(value) <= MAX_ID
    return type(value) is int and 0 <= value <= MAX_ID

