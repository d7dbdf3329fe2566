"""Reading a card's ids and inputs, which are client input: a missing or mangled id is simply
"not found", never an error page, and a value is read as leniently as Teams may send it."""

import re
from typing import Any

from meetings.common.refusal import (
    ITEM_NOT_FOUND,
    MEETING_NOT_FOUND,
    MINUTES_NOT_FOUND,
    TASK_NOT_FOUND,
    Refusal,
)

_HASH = re.compile(r"[0-9a-f]{64}")  # a line's text hashed (meetings.minutes.message_lines)


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


def task_id_of(data: dict) -> int:
    try:
        return int(data.get("task_id"))
    except (TypeError, ValueError):
        raise Refusal(TASK_NOT_FOUND) from None


def version_of(data: dict) -> int | None:
    """The version of the task the card showed; None for a card that carries none."""
    try:
        return int(data["version"])
    except (KeyError, TypeError, ValueError):
        return None


def minutes_id_of(data: dict, name: str) -> int:
    """An id on a minutes card: of the minutes, an entry, a member or a comment."""
    try:
        return int(data.get(name))
    except (TypeError, ValueError):
        raise Refusal(MINUTES_NOT_FOUND) from None


def id_or_none(data: dict, name: str) -> int | None:
    """An id the domain looks up and refuses itself: None for one missing or mangled."""
    try:
        return int(data.get(name))
    except (TypeError, ValueError):
        return None


def optional_minutes_id(data: dict, name: str) -> int | None:
    return minutes_id_of(data, name) if str(data.get(name) or "").strip() else None


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


def first_of(data: dict) -> int:
    """Where the page of a long list a button came from begins (accepted items, members);
    anything else is the first page."""
    try:
        return max(int(data.get("first") or 0), 0)
    except (TypeError, ValueError, OverflowError):
        return 0


def message_line_of(data: dict) -> tuple[str, int, str | None] | None:
    """The Teams message and which of its minutes lines a card asks about (the owner of an
    "#opgave" line), and the line's text hashed (None on a card from before cards had it);
    None for a card without them, or with them mangled. Not "…_id": a Teams message id is
    longer than the ids of our rows that card data is checked for."""
    message_id, position = data.get("line_message"), data.get("line_position")
    written = data.get("line_hash")
    if isinstance(message_id, str) and 0 < len(message_id) <= 128 \
            and type(position) is int and 0 <= position < 1000:
        return message_id, position, written if isinstance(written, str) \
            and _HASH.fullmatch(written) else None
    return None
