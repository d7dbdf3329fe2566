"""Answers about several groups as one card, each under the group's name, soonest first; and a
card made read-only for a chat where its buttons would act on the wrong group."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.turn import Reply, Speaker
from cards import CardTooLarge, unescaped

# Buttons that send something back to the bot, and the inputs they send: in a personal chat a
# click acts on the personal chat's own group, so on another group's card they would fail.
_ACTING = frozenset({"Action.Execute", "Action.Submit"})
# Buttons that only turn to another page of the same list: kept, and the page they bring is
# read-only too (bot.views.members), so a big group's members can all be read.
_PAGING = frozenset({"members.show"})


@dataclass(frozen=True)
class GroupAnswer:
    """One group's answer, and when its next meeting starts (None: none planned)."""

    name: str
    reply: Reply
    starts_at: datetime | None


def read_only(card: dict[str, Any]) -> dict[str, Any]:
    """The card without the buttons that act and the inputs they would send; links and the
    buttons that turn a list's pages stay."""
    return _without_acting(card)


def one_card(speaker: Speaker, answers: list[GroupAnswer], *, named: bool = False) -> Reply:
    """One group: its own answer, under its name when the message `named` it. Several: one
    card, the soonest meeting first; the groups that do not fit into a card are named at its
    end."""
    if len(answers) == 1 and not named:
        return answers[0].reply
    ordered = sorted(answers, key=_soonest_first)
    omitted: list[str] = []
    while True:
        try:
            return Reply(card=_render(speaker, ordered, omitted))
        except CardTooLarge:
            if len(ordered) == 1:
                raise
            omitted.insert(0, ordered.pop().name)


def _soonest_first(answer: GroupAnswer) -> tuple:
    """By the next meeting's start; groups without one last; then by name."""
    if answer.starts_at is None:
        return (1, 0.0, answer.name.casefold())
    return (0, answer.starts_at.timestamp(), answer.name.casefold())


def _render(speaker: Speaker, answers: list[GroupAnswer], omitted: list[str]) -> dict:
    headings = [_heading_of(answer.reply.card) for answer in answers if answer.reply.card]
    heading = next((text for text in headings if text), None) or speaker._("Your groups")
    groups = [_section(answer) for answer in answers]
    return speaker.card("group_answers", heading_text=heading, groups=groups,
                        omitted=", ".join(omitted))


def _section(answer: GroupAnswer) -> dict[str, Any]:
    card = answer.reply.card or {}
    body = list(card.get("body") or [])
    if body and _heading_of(card):
        body = body[1:]  # the card's heading is the combined card's
    if body and _plain_text(body[0]) == answer.name:
        body = body[1:]  # a meeting named after its group: the section's title says it once
    return {"name": answer.name, "text": answer.reply.text or "", "body": body,
            "actions": list(card.get("actions") or [])}


def _heading_of(card: dict[str, Any] | None) -> str | None:
    """The card's heading as it reads: its Markdown escapes undone, as the combined card's
    heading escapes it again."""
    first = ((card or {}).get("body") or [None])[0]
    if isinstance(first, dict) and first.get("type") == "TextBlock" \
            and first.get("style") == "heading":
        return unescaped(first.get("text") or "")
    return None


def _plain_text(element: Any) -> str | None:
    """The text of a one-run RichTextBlock, as the `plain` macro writes it."""
    inlines = element.get("inlines") if isinstance(element, dict) else None
    if element.get("type") == "RichTextBlock" and isinstance(inlines, list) and len(inlines) == 1:
        return inlines[0].get("text")
    return None


def _without_acting(node: Any) -> Any:
    if isinstance(node, list):
        kept = [_without_acting(item) for item in node if not _acting(item)]
        return [item for item in kept if not _empty_action_set(item)]
    if isinstance(node, dict):
        return {key: _without_acting(value) for key, value in node.items()
                if not (key == "selectAction" and _acting(value))}
    return node


def _acting(node: Any) -> bool:
    kind = node.get("type", "") if isinstance(node, dict) else ""
    if kind in _ACTING:
        return node.get("verb") not in _PAGING
    return kind.startswith("Input.")


def _empty_action_set(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "ActionSet" and not node.get("actions")
