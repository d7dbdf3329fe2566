"""Reading a rendered Adaptive Card the way a person would: its elements and its texts."""

from collections.abc import Iterator
from typing import Any


def elements(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict in the card, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from elements(value)
    elif isinstance(node, list):
        for item in node:
            yield from elements(item)


def card_text(card: dict[str, Any]) -> str:
    """Every text, title and value in the card, one per line."""
    return "\n".join(
        element[key] for element in elements(card) for key in ("text", "title", "value")
        if isinstance(element.get(key), str))
