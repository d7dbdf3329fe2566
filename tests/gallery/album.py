"""The cards of one language as the gallery keeps them: one per template, each as the bot sent
it at its moment in the play, with a few words on that moment; and a few variants of a template
that look otherwise (a year's meetings, a digest of several groups), kept as
"<template>-<variant>"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.card_reading import elements

VARIANT = "-"  # between a template's name and its variant's; no template's name has one


@dataclass
class Album:
    language: str
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)
    moments: dict[str, str] = field(default_factory=dict)

    def keep(self, template: str, card: dict[str, Any] | None, moment: str,
             variant: str | None = None) -> dict[str, Any]:
        """The card `template` rendered, as shown at `moment`; each template (and each of its
        variants) once."""
        name = f"{template}{VARIANT}{variant}" if variant else template
        if card is None or not isinstance(card, dict) or card.get("type") != "AdaptiveCard":
            raise AssertionError(f"{name}: no card at {moment!r}: {card!r}")
        if name in self.cards:
            raise AssertionError(f"{name} kept twice: at {self.moments[name]!r} "
                                 f"and at {moment!r}")
        self.cards[name], self.moments[name] = card, moment
        return card

    def templates(self) -> list[str]:
        """The templates kept, each once however many variants of it were."""
        return sorted({name.split(VARIANT)[0] for name in self.cards})


def executes(card: dict[str, Any], verb: str) -> Iterator[dict[str, Any]]:
    """The card's Action.Execute buttons (also inside Action.ShowCard) with that verb."""
    for element in elements(card):
        if element.get("type") == "Action.Execute" and element.get("verb") == verb:
            yield element


def button(card: dict[str, Any], verb: str, title: str | None = None,
           **match: Any) -> dict[str, Any]:
    """The data of the one button with `verb` (and `title`) whose data holds `match`, as a
    click sends it."""
    found = [action["data"] for action in executes(card, verb)
             if all(action["data"].get(key) == value for key, value in match.items())
             and title in (None, action.get("title"))]
    if len(found) != 1:
        raise AssertionError(f"{len(found)} buttons {verb} {match} on the card")
    return dict(found[0])
