"""Rendered cards kept per process, keyed by everything that goes into them.

Rendering a card (Jinja, then JSON parsed and measured) costs more CPU than the database read of
the turn that asks for it, and in a busy group the same card is asked for again and again. A
card is a pure function of its template, language and context, and the key is made of exactly
those, so a cached card is never stale: a moved, renamed or cancelled meeting has another
context, hence another key. Only the JSON text is kept; every caller gets a dict of its own.
"""

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class CardCache:
    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._cards: OrderedDict[Hashable, str] = OrderedDict()

    def card(self, key: Hashable, render: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """The card for `key`: rendered by `render` the first time, then from the cache."""
        text = self._cards.get(key)
        if text is not None:
            self._cards.move_to_end(key)
            return json.loads(text)
        card = render()
        self._cards[key] = json.dumps(card, ensure_ascii=False)
        while len(self._cards) > self._size:
            self._cards.popitem(last=False)  # the least recently used
        return card

    def __len__(self) -> int:
        return len(self._cards)
