"""Rows of buttons that a phone shows whole. Teams on a phone gives a card about 320 px and shows
at most three buttons side by side (the rest go behind "…"); a row wider than the card cuts its
titles short. `in_rows` lays out a card's buttons as many to a row as fit (the templates'
`button_rows`); `row_width` is how wide a row is drawn, for the tests."""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

SIDE_BY_SIDE = 3
# A 320 px card less its 16 px padding each side and its 1 px border.
PHONE_ROOM = 320 - 2 * 16 - 2
BUTTON = 2 * 12 + 2  # a button's padding and border around its title
CHEVRON = 8  # the mark of a button that opens a card (Action.ShowCard) beside its title
GAP = 8  # between two buttons
FONT_SIZE = 14  # bold, as Teams draws a button's title
# Advance widths (1/1000 em) of Arial Bold, whose metrics Liberation Sans Bold shares; a little
# wider than Segoe UI Semibold, which Teams draws buttons in.
WIDTHS = {
    " ": 278, "!": 333, "'": 238, "(": 333, ")": 333, ",": 278, "-": 333, ".": 278, "/": 278,
    ":": 333, "?": 611, "…": 1000, "–": 556, "“": 500, "”": 500, "’": 278,
    **dict.fromkeys("0123456789", 556),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (722, 722, 722, 722, 667, 611, 778, 722, 278, 556,
                                             722, 611, 833, 722, 778, 667, 778, 722, 667, 611,
                                             722, 667, 944, 667, 667, 611), strict=True)),
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (556, 611, 556, 611, 556, 333, 611, 611, 278, 278,
                                             556, 278, 889, 611, 611, 611, 611, 389, 556, 333,
                                             611, 556, 778, 556, 556, 500), strict=True)),
    "æ": 889, "ø": 611, "å": 556, "Æ": 1000, "Ø": 778, "Å": 722, "é": 556,
}
WIDEST = 1000  # a character not in the table


def title_width(title: str) -> float:
    return sum(WIDTHS.get(c, WIDEST) for c in title) * FONT_SIZE / 1000


def button_width(button: Any) -> float:
    """A button ({"title", "type"}, or as `button_rows` takes it, {"title", "action"}) as wide as
    it is drawn."""
    opens = _get(button, "type") == "Action.ShowCard" or '"Action.ShowCard"' in str(
        _get(button, "action"))
    return title_width(str(_get(button, "title"))) + BUTTON + (CHEVRON if opens else 0)


def row_width(buttons: Iterable[Any]) -> float:
    widths = [button_width(button) for button in buttons]
    return sum(widths) + GAP * max(len(widths) - 1, 0)


def fits(buttons: list[Any]) -> bool:
    return len(buttons) <= SIDE_BY_SIDE and row_width(buttons) <= PHONE_ROOM


def in_rows(buttons: Iterable[Any]) -> Iterator[list[Any]]:
    """The buttons in order, as many to a row as fit a phone."""
    row: list[Any] = []
    for button in buttons:
        if row and not fits([*row, button]):
            yield row
            row = []
        row.append(button)
    if row:
        yield row


def _get(button: Any, key: str) -> Any:
    """A key of a dict, or an attribute of an object (a link as the agenda holds it)."""
    if isinstance(button, Mapping):
        return button.get(key, "")
    return getattr(button, key, "")
