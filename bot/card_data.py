"""Reading ids out of card data, which is client input: a missing or mangled id is simply
"not found", never an error page."""

from collections.abc import Awaitable, Callable
from typing import Any

from bot.turn import CardReply, Turn
from meetings.common.refusal import ITEM_NOT_FOUND, MEETING_NOT_FOUND, Refusal

Action = Callable[[Turn, dict[str, Any]], Awaitable[CardReply]]


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
