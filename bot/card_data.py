"""What a card button's handler is: the turn and the button's data in, the answer out. Reading
ids and inputs out of card data, which is client input, is `dialogs.card_inputs`."""

from collections.abc import Awaitable, Callable
from typing import Any

from bot.turn import CardReply, Turn

Action = Callable[[Turn, dict[str, Any]], Awaitable[CardReply]]
