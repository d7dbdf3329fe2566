"""Whom a card is drawn for, when some of its buttons are only for some (a meeting's *Move* and
*Cancel*: the chair's and the secretaries').

A message in a group's chat or channel is one card for everybody: it is drawn without those
buttons, with a `refresh` naming the Teams ids of those who may use them. Their Teams client
then asks the bot for their own view (an `adaptiveCard/action` invoke), and shows the answer to
them alone; everybody else keeps the plain card. An answer to one person's click, or a card in
a 1:1 chat, is drawn for its reader.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from storage.repositories.quick_reads import MAX_LEADERS

# Teams shows its own view of a card to at most 60 users: the `userIds` of its `refresh`
# (the quick read of the next meeting reads no more than these).
MAX_REFRESH_IDS = MAX_LEADERS


@dataclass(frozen=True)
class CardView:
    """`buttons`: the buttons only some may use are drawn; `refresh_for`: the Teams ids whose
    client asks for their own view of the card (none: the card is not refreshed)."""

    buttons: bool = False
    refresh_for: tuple[str, ...] = ()


def refreshed_for(teams_ids: Iterable[str], *, buttons: bool = False) -> CardView:
    """A view of a card in a group's chat or channel: the first 60 ids, in the order given."""
    return CardView(buttons, tuple(teams_ids)[:MAX_REFRESH_IDS])


PLAIN = CardView()
