"""What every outbound renderer shares: the card content type, wrapping a card in a message,
and the signal that a message has lost its subject. A module of its own so that renderers in
other modules need not import the registry that imports them."""

from typing import Any

CARD = "application/vnd.microsoft.card.adaptive"


class NothingToSend(Exception):
    """The message has lost its subject (a deleted meeting); it is given up, not retried."""


def card_message(card: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message", "attachments": [{"contentType": CARD, "content": card}]}
