"""The task lists, "åbne opgaver", "mine opgaver" and "hvad mangler Rie?": their headings, and
which list a click's data names (the cards are built in `bot.handlers.tasks.cards`), as cards a
click rebuilds. A click on a row answers with the same list, that task opened under its row with its
details and buttons, so the list the person was reading stays where it was; an Action.Execute
answer replaces the clicked card, and this answer is the list itself. Which list it was rides
in the click's data, and is client input: a known kind, a name no longer than a name, and for
a person @mentioned ("hvad mangler @Rie?") the members' ids, which the list reads as the group's
members only.
"""

from collections.abc import Mapping
from typing import Any

from meetings.common.i18n import N_

OPEN, MINE, OF = "open", "mine", "of"
HEADINGS = {OPEN: N_("Open tasks"), MINE: N_("My tasks"), OF: N_("Open tasks")}
# OF's, "Daniel har ingen åbne opgaver", counts the people named: bot.handlers.tasks.cards
EMPTY = {OPEN: N_("The group has no open tasks."), MINE: N_("You have no open tasks.")}
# "mine opgaver i styregruppen", in the 1:1 chat: her tasks in the group named (its id, "group")
EMPTY_IN_GROUP = N_("You have no open tasks in %(group)s.")
MAX_NAME = 100
MAX_ID_DIGITS = 18
MAX_IDS = 10  # the members of one list: those @mentioned in one question


def list_of(data: Mapping[str, Any] | None) -> dict[str, str] | None:
    """The list a click came from, if its data names one."""
    if not isinstance(data, Mapping) or not isinstance(data.get("list"), str) \
            or data["list"] not in HEADINGS:
        return None
    if data["list"] == OF:
        written = str(data.get("ids") or "")[:MAX_IDS * (MAX_ID_DIGITS + 1)]
        ids = [i for i in written.split(",")[:MAX_IDS] if _an_id(i)]
        return {"list": OF, "who": str(data.get("who") or "")[:MAX_NAME],
                **({"ids": ",".join(ids)} if ids else {})}
    group = str(data.get("group") or "")
    if data["list"] == MINE and _an_id(group):
        return {"list": MINE, "group": group}
    return {"list": data["list"]}


def _an_id(written: str) -> bool:
    # ASCII digits only: "²" is a digit to isdigit() that int() cannot read
    return written.isascii() and written.isdigit() and len(written) <= MAX_ID_DIGITS


def group_listed(listed: Mapping[str, str]) -> int | None:
    """The group a list of one's own tasks is narrowed to, if it is."""
    return int(listed["group"]) if listed.get("group") else None


def members_listed(listed: Mapping[str, str]) -> list[int]:
    """The members a list of a person's tasks was asked about by @mention, if it was."""
    return [int(i) for i in listed["ids"].split(",")] if listed.get("ids") else []
