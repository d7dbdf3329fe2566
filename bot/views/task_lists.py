"""The task lists, "åbne opgaver", "mine opgaver" and "hvad mangler Rie?", as cards a click
rebuilds. A click on a row answers with the same list, that task opened under its row with its
details and buttons, so the list the person was reading stays where it was; an Action.Execute
answer replaces the clicked card, and this answer is the list itself. Which list it was rides
in the click's data, and is client input: a known kind, and a name no longer than a name.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from bot.turn import Turn
from bot.views.tasks import task_list_card
from meetings.common.i18n import N_
from meetings.tasks.tasks import my_tasks, open_tasks, tasks_of_name
from storage.models.tasks import Task

OPEN, MINE, OF = "open", "mine", "of"
HEADINGS = {OPEN: N_("Open tasks"), MINE: N_("My tasks"), OF: N_("Open tasks")}
EMPTY = {OPEN: N_("The group has no open tasks."), MINE: N_("You have no open tasks."),
         OF: N_("Nothing is open for them.")}
MAX_NAME = 100


def list_of(data: Mapping[str, Any] | None) -> dict[str, str] | None:
    """The list a click came from, if its data names one."""
    if not isinstance(data, Mapping) or data.get("list") not in HEADINGS:
        return None
    if data["list"] == OF:
        return {"list": OF, "who": str(data.get("who") or "")[:MAX_NAME]}
    return {"list": data["list"]}


async def list_card(turn: Turn, listed: Mapping[str, str], *, expanded: int | None = None,
                    notice: str | None = None, tasks: Sequence[Task] | None = None) -> dict:
    """The list, with task `expanded` opened under its row."""
    kind = listed["list"]
    if tasks is None:
        tasks = await _tasks(turn, listed)
    return await task_list_card(turn, turn._(HEADINGS[kind]), tasks, turn._(EMPTY[kind]),
                                by_owner=kind != MINE, listed=dict(listed), expanded=expanded,
                                notice=notice)


async def _tasks(turn: Turn, listed: Mapping[str, str]) -> Sequence[Task]:
    if listed["list"] == OPEN:
        return await open_tasks(turn.uow, turn.group)
    if listed["list"] == MINE:
        return await my_tasks(turn.uow, turn.member)
    return (await tasks_of_name(turn.uow, turn.group, listed["who"]))[1]
