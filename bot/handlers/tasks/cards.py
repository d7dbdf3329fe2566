"""The task cards a turn answers with: what they show is read, and the reader's own row in each
group (which decides their buttons) found, by the domain's use cases; the views draw it.

The task lists, "åbne opgaver", "mine opgaver" and "hvad mangler Rie?", are cards a click
rebuilds: which list it was rides in the click's data (`bot.views.task_lists.list_of`)."""

from collections.abc import Mapping, Sequence
from typing import Any

from bot.turn import Turn
from bot.views import tasks as views
from bot.views.task_lists import (
    EMPTY,
    EMPTY_IN_GROUP,
    HEADINGS,
    MINE,
    OF,
    OPEN,
    group_listed,
    members_listed,
)
from meetings.tasks.entities import Task
from meetings.tasks.queries import group_of_mine, tasks_of_members
from meetings.tasks.shown import task_form_shown, task_list_shown, task_shown
from meetings.tasks.tasks import my_tasks, open_tasks, tasks_of_name


async def task_card(turn: Turn, task: Task, heading: str, notice: str | None = None,
                    extra: Mapping[str, Any] | None = None) -> dict:
    shown = await task_shown(turn.uow, task, turn.member)
    return views.task_card(turn, shown, heading, notice, extra)


async def task_list_card(turn: Turn, heading: str, tasks: Sequence[Task], empty_text: str, *,
                         by_owner: bool = False, listed: Mapping[str, str] | None = None,
                         expanded: int | None = None, notice: str | None = None) -> dict:
    shown = await task_list_shown(turn.uow, tasks[:views.MAX_LISTED], turn.member, expanded)
    return views.task_list_card(turn, heading, tasks, empty_text, shown, by_owner=by_owner,
                                listed=listed, expanded=expanded, notice=notice)


async def list_card(turn: Turn, listed: Mapping[str, str], *, expanded: int | None = None,
                    notice: str | None = None, tasks: Sequence[Task] | None = None) -> dict:
    """The list, with task `expanded` opened under its row."""
    kind = listed["list"]
    if tasks is None:
        tasks = await _tasks(turn, listed)
    empty = _empty_of(turn, listed) if kind == OF else turn._(EMPTY[kind])
    if kind == MINE and (group_id := group_listed(listed)) is not None \
            and (group := await group_of_mine(turn.uow, turn.member, group_id)) is not None:
        empty = turn._(EMPTY_IN_GROUP, group=group.name)
    return await task_list_card(turn, turn._(HEADINGS[kind]), tasks, empty,
                                by_owner=kind != MINE, listed=dict(listed), expanded=expanded,
                                notice=notice)


def _empty_of(turn: Turn, listed: Mapping[str, str]) -> str:
    """"Daniel har ingen åbne opgaver": the name as asked about, with its capital; "Daniel and
    Rie have no open tasks" for the members @mentioned together, one id each."""
    who = listed.get("who", "").strip()
    return turn.ngettext("%(name)s has no open tasks.", "%(name)s have no open tasks.",
                         max(len(members_listed(listed)), 1), name=who[:1].upper() + who[1:])


async def _tasks(turn: Turn, listed: Mapping[str, str]) -> Sequence[Task]:
    if listed["list"] == OPEN:
        return await open_tasks(turn.uow, turn.group)
    if listed["list"] == MINE:
        return await my_tasks(turn.uow, turn.member, group_listed(listed))
    if ids := members_listed(listed):  # "hvad mangler @Rie?": the member mentioned, not a name
        return (await tasks_of_members(turn.uow, turn.group, member_ids=ids))[1]
    return (await tasks_of_name(turn.uow, turn.group, listed["who"]))[1]


async def form_card(turn: Turn, values: Mapping[str, str] | None = None,
                    error: str | None = None, extra: Mapping[str, Any] | None = None,
                    prefill: Mapping[str, str] | None = None) -> dict:
    """The form for a new task, with the default due date and the writer as owner (or what
    `prefill` says, read from a line that was not stored)."""
    form = await task_form_shown(turn.uow, turn.group, turn.now, typed=values is not None)
    return views.form_card(turn, form, values, error, extra, prefill)
