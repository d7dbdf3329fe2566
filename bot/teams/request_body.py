"""An inbound request body read into the JSON of one activity, or refused before any work."""

import json
from typing import Any

# Teams activities nest about 6 deep (a card's data in an invoke's value); a card in an
# attachment perhaps 20. Deeper is no activity, and 60,000 deep broke the parser's recursion.
MAX_DEPTH = 64

NOT_JSON = "the body is not JSON"
TOO_DEEP = f"the body is nested deeper than the limit of {MAX_DEPTH}"
NOT_AN_ACTIVITY = ("an activity with type, serviceUrl, conversation.id, from.id and "
                   "recipient.id is expected")


class BadBody(ValueError):
    """The body is no activity; the message says why, for the 400."""


def activity_json(text: str) -> dict[str, Any]:
    """The parsed body, or BadBody."""
    body = _parsed(text)
    if not _is_activity(body):
        raise BadBody(NOT_AN_ACTIVITY)
    return body


def _parsed(text: str) -> Any:
    try:
        body = json.loads(text)
    except RecursionError:
        raise BadBody(TOO_DEEP) from None
    except ValueError:
        raise BadBody(NOT_JSON) from None
    # Only a body with more brackets than the limit can nest deeper: counting them is a fast
    # scan, so an ordinary activity is never walked.
    if text.count("{") + text.count("[") > MAX_DEPTH and _deeper_than(body, MAX_DEPTH):
        raise BadBody(TOO_DEEP)
    return body


def _deeper_than(value: Any, limit: int) -> bool:
    """Without recursion, which is what a deep body would exhaust."""
    stack = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


def _is_activity(body: object) -> bool:
    """What every Teams activity carries; anything less is a malformed request, not a turn."""
    if not isinstance(body, dict) or not body.get("type") or not body.get("serviceUrl"):
        return False
    return all(isinstance(body.get(part), dict) and body[part].get("id")
               for part in ("conversation", "from", "recipient"))
