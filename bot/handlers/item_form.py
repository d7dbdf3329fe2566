"""The proposal form: its values as typed, and the ItemDraft they make. Client-side
validation is not trusted; the domain checks the draft again."""

from typing import Any

from bot.turn import Turn
from bot.views.meetings import meeting_context
from meetings.agenda.item_draft import ItemDraft
from storage.models.agenda import AgendaItem, ItemKind
from storage.models.groups import Meeting

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


def minutes_of(value: Any) -> int | None:
    """Input.Number sends a number or a string; anything else is "no length given"."""
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def draft_from(values: dict[str, Any]) -> ItemDraft:
    links = ()
    if values["link_url"].strip():
        links = ({"title": values["link_title"], "url": values["link_url"]},)
    return ItemDraft(
        title=values["title"], kind=values["kind"], minutes=values["minutes"],
        description=values["description"] or None,
        recommendation=values["recommendation"] or None,
        presenter=values["presenter"] or None, guests=values["guests"] or None, links=links)


def item_form_card(turn: Turn, meeting: Meeting, values: dict[str, Any] | None = None,
                   error: str | None = None, item_id: int | None = None) -> dict:
    """The proposal form; with `item_id` the same form edits that item."""
    return turn.card("item_form", meeting=meeting_context(turn, meeting), error=error,
                     values=values or typed({}), item_id=item_id)


def values_of(item: AgendaItem) -> dict[str, Any]:
    """An item as the form shows it, for editing."""
    link = (item.links or [{}])[0]
    return typed({"title": item.title, "kind": item.kind, "minutes": item.minutes,
                  "description": item.description, "recommendation": item.recommendation,
                  "presenter": item.presenter, "guests": item.guests,
                  "link_url": link.get("url"), "link_title": link.get("title")})
