"""The task lists, "åbne opgaver", "mine opgaver" and "hvad mangler Rie?": their headings, and
which list a click's data names (the cards are built in `bot.handlers.tasks.cards`), as cards a
click rebuilds. A click on a row answers with the same list, that task opened under its row with its
details and buttons, so the list the person was reading stays where it was; an Action.Execute
answer replaces the clicked card, and this answer is the list itself. Which list it was rides
in the click's data, and is client input: a known kind, and a name no longer than a name.
"""

from collections.abc import Mapping
from typing import Any

from meetings.common.i18n import N_

OPEN, MINE, OF = "open", "mine", "of"
HEADINGS = {OPEN: N_("Open tasks"), MINE: N_("My tasks"), OF: N_("Open tasks")}
EMPTY = {OPEN: N_("The group has no open tasks."), MINE: N_("You have no open tasks."),
         OF: N_("%(name)s has no open tasks.")}
# "mine opgaver i styregruppen", in the 1:1 chat: her tasks in the group named (its id, "group")
EMPTY_IN_GROUP = N_("You have no open tasks in %(group)s.")
MAX_NAME = 100
MAX_ID_DIGITS = 18


def list_of(data: Mapping[str, Any] | None) -> dict[str, str] | None:
    """The list a click came from, if its data names one."""
    if not isinstance(data, Mapping) or not isinstance(data.get("list"), str) \
            or data["list"] not in HEADINGS:
        return None
    if data["list"] == OF:
        return {"list": OF, "who": str(data.get("who") or "")[:MAX_NAME]}
    group = str(data.get("group") or "")
    # ASCII digits only: "²" is a digit to isdigit() that int() cannot read
    if data["list"] == MINE and group.isascii() and group.isdigit() \
            and len(group) <= MAX_ID_DIGITS:
        return {"list": MINE, "group": group}
    return {"list": data["list"]}


def group_listed(listed: Mapping[str, str]) -> int | None:
    """The group a list of one's own tasks is narrowed to, if it is."""
    return int(listed["group"]) if listed.get("group") else None
