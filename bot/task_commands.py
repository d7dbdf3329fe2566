"""Chat about tasks: adding one in a line, "mine opgaver", "åbne opgaver", "hvad mangler Rie?",
and being away."""

from typing import Any


def mentions_of(activity: Any) -> tuple[tuple[str, str], ...]:
    """The people an activity @mentions, as (Teams id, name), the bot itself left out."""
    bot_id = getattr(activity.recipient, "id", None)
    found = []
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        mentioned = (entity.additional_properties or {}).get("mentioned") or {}
        if mentioned.get("id") and mentioned["id"] != bot_id:
            found.append((str(mentioned["id"]), str(mentioned.get("name") or "")))
    return tuple(found)
