"""Rendering Adaptive Cards from Jinja2 templates of JSON.

Every `{{ … }}` in a template is written out as a JSON value by the environment's `finalize`,
so a user's text can never break out of its string or add card elements, and no template
author can forget to escape. Only macro calls marked `| safe` (the building blocks in
`_macros.j2`) are written as they are. Jinja's own autoescape is for HTML and would be wrong here.
"""

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from cards.button_rows import in_rows
from cards.markdown import literal

TEMPLATES = Path(__file__).with_name("templates")
SUFFIX = ".json.j2"
# Teams rejects larger cards; the documented limit varies, so stay under the lowest seen.
MAX_CARD_BYTES = 28 * 1024

Gettext = Callable[[str], str]
Ngettext = Callable[[str, str, int], str]


class CardTooLarge(ValueError):
    pass


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        finalize=_as_json,
        extensions=["jinja2.ext.i18n"],
        autoescape=False,
        keep_trailing_newline=True,
    )
    # Our `_` and `ngettext` fill in their own values, so `{% trans count=n %}` hands them over.
    environment.newstyle_gettext = True  # type: ignore[attr-defined]
    # `| literal`: a TextBlock's text, Markdown escaped, for text filled in at run time.
    environment.filters["literal"] = literal
    # `| in_rows`: buttons whose titles are known at run time, as many to a row as a phone shows.
    environment.filters["in_rows"] = in_rows
    return environment


def _english_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def _as_json(value: Any) -> str:
    # Markup is what a macro call marked `| safe` returns: card JSON built by our templates.
    if isinstance(value, Markup):
        return value
    return json.dumps(value, ensure_ascii=False)


def render(name: str, *, gettext: Gettext, ngettext: Ngettext = _english_plural,
           action_data: Mapping[str, Any] | None = None, **context: Any) -> dict[str, Any]:
    """The card `name` as a dict, its text in the language of `gettext` and `ngettext`.
    A template writes a count as `ngettext("%(count)s meeting", "%(count)s meetings", n)`.
    `action_data` rides on every Action.Execute of the card, however deep, over its own data."""

    def translate(message: str, **values: Any) -> str:
        text = gettext(message)
        return text % values if values else text

    def translate_plural(singular: str, plural: str, count: int, **values: Any) -> str:
        return ngettext(singular, plural, count) % {"count": count, **values}

    template = _environment().get_template(name + SUFFIX)
    card = json.loads(template.render(_=translate, gettext=translate,
                                      ngettext=translate_plural, **context))
    if action_data:
        _add_to_actions(card, action_data)
    size = len(json.dumps(card, ensure_ascii=False).encode())
    if size > MAX_CARD_BYTES:
        raise CardTooLarge(f"card {name} is {size} bytes, more than {MAX_CARD_BYTES}")
    return card


def _add_to_actions(node: Any, data: Mapping[str, Any]) -> None:
    """Buttons are in actions, ActionSets, selectActions and the cards of Action.ShowCard: every
    dict of the card is looked at, so no template can leave one out."""
    if isinstance(node, dict):
        if node.get("type") == "Action.Execute":
            node["data"] = {**(node.get("data") or {}), **data}
        for value in node.values():
            _add_to_actions(value, data)
    elif isinstance(node, list):
        for item in node:
            _add_to_actions(item, data)


def template_names() -> list[str]:
    return sorted(path.name.removesuffix(SUFFIX) for path in TEMPLATES.glob("*" + SUFFIX))
