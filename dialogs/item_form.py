"""The proposal form, which also edits an item: its values as typed, the ItemDraft they make,
and a bad item brought back with what was typed. Client-side validation is not trusted; the
domain checks the draft again."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from dialogs.card_inputs import minutes_of
from dialogs.forms import Invalid, submitted
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.draft import ItemDraft
from meetings.agenda.vocabulary import ItemKind
from meetings.common.refusal import BAD_ITEM

Result = TypeVar("Result")

FIELDS = ("title", "description", "recommendation", "presenter", "guests", "link_url",
          "link_title")
LIMIT = 5000  # what comes back on a form; the domain's limits are stricter per field


def typed(data: dict[str, Any]) -> dict[str, Any]:
    """What the user typed, so a correction needs no retyping."""
    values: dict[str, Any] = {name: str(data.get(name) or "")[:LIMIT] for name in FIELDS}
    kind = str(data.get("kind") or "")
    values["kind"] = kind if kind in set(ItemKind) else ItemKind.DISCUSSION.value
    values["minutes"] = minutes_of(data.get("minutes"))
    return values


def draft_from(values: dict[str, Any]) -> ItemDraft:
    links = ()
    if values["link_url"].strip():
        links = ({"title": values["link_title"], "url": values["link_url"]},)
    return ItemDraft(
        title=values["title"], kind=values["kind"], minutes=values["minutes"],
        description=values["description"] or None,
        recommendation=values["recommendation"] or None,
        presenter=values["presenter"] or None, guests=values["guests"] or None, links=links)


def values_of(item: AgendaItem) -> dict[str, Any]:
    """An item as the form shows it, for editing."""
    link = (item.links or [{}])[0]
    return typed({"title": item.title, "kind": item.kind, "minutes": item.minutes,
                  "description": item.description, "recommendation": item.recommendation,
                  "presenter": item.presenter, "guests": item.guests,
                  "link_url": link.get("url"), "link_title": link.get("title")})


async def submit(data: dict[str, Any], act: Callable[[ItemDraft], Awaitable[Result]]
                 ) -> Result | Invalid[dict[str, Any]]:
    """What the use case makes of the draft; a bad item is the form again, as typed."""
    values = typed(data)
    return await submitted(values, lambda: act(draft_from(values)), codes={BAD_ITEM})
