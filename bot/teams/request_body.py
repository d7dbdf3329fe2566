"""An inbound request body read into the JSON of one activity, or refused before any work."""

import json
import re
from typing import Any

# Teams activities nest about 6 deep (a card's data in an invoke's value); a card in an
# attachment perhaps 20. Deeper is no activity, and 60,000 deep broke the parser's recursion.
MAX_DEPTH = 64

NOT_JSON = "the body is not JSON"
TOO_DEEP = f"the body is nested deeper than the limit of {MAX_DEPTH}"
NOT_AN_ACTIVITY = ("an activity with type, serviceUrl, conversation.id, from.id and "
                   "recipient.id is expected")


# After parsing, a surrogate left in a string is a lone one ("\ud800"): no database stores it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
# The parts of Teams' channelData that are objects, and which of them name something by id.
_CHANNEL_DATA_PARTS = ("tenant", "team", "channel", "settings", "meeting", "notification")
_NAMED_PARTS = ("tenant", "team", "channel")


class BadBody(ValueError):
    """The body is no activity; the message says why, for the 400."""


def activity_json(text: str) -> dict[str, Any]:
    """The parsed body, or BadBody."""
    body = _parsed(text)
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):  # perhaps a lone one
        body = _without_lone_surrogates(body)
    if not _is_activity(body):
        raise BadBody(NOT_AN_ACTIVITY)
    if problem := _shape_problem(body):
        raise BadBody(problem)
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
    return all(_is_account(body.get(part)) for part in ("conversation", "from", "recipient"))


def _shape_problem(body: dict[str, Any]) -> str | None:
    """What the turn reads past botbuilder's own parsing (which checks the schema's types, but
    takes an account without an id, or a mention of a string, and fails in the turn)."""
    if not all(_none_or_list_of(body.get(key), _is_account)
               for key in ("membersAdded", "membersRemoved")):
        return "membersAdded and membersRemoved must be lists of accounts, each with an id"
    if not _none_or_list_of(body.get("entities"), _is_entity):
        return "entities must be a list of objects; a mention names an account with an id"
    if not _is_channel_data(body.get("channelData")):
        return ("channelData must be an object; its tenant, team and channel objects with "
                "a text id and name")
    if not _text_or_none(body["conversation"].get("tenantId")):
        return "conversation.tenantId must be text"
    return None


def _is_channel_data(value: Any) -> bool:
    """Teams' channelData, as botbuilder and the turn read it: the tenant id decides whose
    address is stored, and team and channel names become the group's name."""
    if value is None:
        return True
    if not isinstance(value, dict):
        return False
    for part in _CHANNEL_DATA_PARTS:
        inner = value.get(part)
        if inner is None:
            continue
        if not isinstance(inner, dict):
            return False
        if part in _NAMED_PARTS and not (_text_or_none(inner.get("id"))
                                         and _text_or_none(inner.get("name"))):
            return False
    return True


def _text_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _none_or_list_of(value: Any, check) -> bool:
    return value is None or (isinstance(value, list) and all(map(check, value)))


def _is_account(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("id"), str) and bool(value["id"])


def _is_entity(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    return value.get("type") != "mention" or _is_account(value.get("mentioned"))


def _without_lone_surrogates(value: Any) -> Any:
    """Each lone surrogate replaced by U+FFFD, as a UTF-8 decoder would have; the depth is
    checked already, so recursion is safe."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item)
                for key, item in value.items()}
    return value
