"""Reading a card's ids and inputs, which are client input: a missing or mangled id is simply
"not found", never an error page, and a value is read as leniently as Teams may send it."""

from typing import Any

from meetings.common.refusal import ITEM_NOT_FOUND, MEETING_NOT_FOUND, Refusal


def meeting_id_of(data: dict) -> int:
    try:
        return int(data.get("meeting_id"))
    except (TypeError, ValueError):
        raise Refusal(MEETING_NOT_FOUND) from None


def item_id_of(data: dict) -> int:
    try:
        return int(data.get("item_id"))
    except (TypeError, ValueError):
        raise Refusal(ITEM_NOT_FOUND) from None


def field_of(data: dict, name: str, task_id: int | None = None) -> str:
    """An input's value: named after the task on cards that hold several, else plainly."""
    value = data.get(f"{name}_{task_id}") if task_id is not None else None
    return str(value if value is not None else data.get(name) or "")


def minutes_of(value: Any) -> int | None:
    """Input.Number sends a number or a string; anything else is "no length given"."""
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None
