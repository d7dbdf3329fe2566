"""Reading a rendered Adaptive Card the way a person would: its elements and its texts."""

from collections.abc import Iterator
from typing import Any

from markdown_it import MarkdownIt

# Full CommonMark (links, emphasis, lists, headings, quotes, code, HTML, entities) and the
# strikethrough of the Adaptive Cards renderer's markdown-it: more than Teams renders in a
# TextBlock, so text that reads as written here reads as written in Teams.
COMMONMARK = MarkdownIt("commonmark").enable("strikethrough")


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
    """Every text, title and value in the card, one per line; a RichTextBlock's runs make one
    line, as they read."""
    return "\n".join(_texts(card))


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        if node.get("type") == "RichTextBlock":
            yield "".join(run.get("text", "") for run in node.get("inlines", []))
            return
        for key in ("text", "title", "value"):
            if isinstance(node.get(key), str):
                yield node[key]
        for key, value in node.items():
            if key != "refresh":  # the action a client runs to refresh the card: not drawn
                yield from _texts(value)


def markdown_texts(card: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every text that Teams runs through Markdown, with the element it belongs to: a
    TextBlock's text, a Fact's title and value, a toggle's title, and the choices of an
    expanded choice set (drawn as labels; a compact one is a plain dropdown). RichTextBlocks'
    TextRuns, action titles, labels and placeholders are shown as written."""
    for element in elements(card):
        kind = element.get("type")
        if kind == "TextBlock":
            yield element, element.get("text", "")
        elif kind == "FactSet":
            for fact in element.get("facts", []):
                yield element, fact.get("title", "")
                yield element, fact.get("value", "")
        elif kind == "Input.Toggle":
            yield element, element.get("title", "")
        elif kind == "Input.ChoiceSet" and element.get("style") == "expanded":
            for choice in element.get("choices", []):
                yield element, choice.get("title", "")


def buttons(card: dict[str, Any]) -> list[dict[str, Any]]:
    """The card's own buttons in order: its ActionSets' (where the templates put them, in rows a
    phone shows whole) and its card-level actions; not those of a card a ShowCard opens, nor
    a container's selectAction."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if node.get("type") == "ActionSet":
                found.extend(node.get("actions") or [])
                return
            for key, value in node.items():
                if key not in ("selectAction", "card", "actions"):
                    walk(value)

    walk(card.get("body") or [])
    return found + list(card.get("actions") or [])
