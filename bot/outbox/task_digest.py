"""The 1:1 reminder digest: a person's tasks with what each reminder is about, and the buttons
that answer it. Built when the digest is sent and again after every click, from the task ids
the card carries, so the card updates in place with the state as it is then.

A person's digest holds their tasks of every group they are in; in the personal chat each task's
buttons name the task's own group (bot/card_group.py) and, when the tasks are of several groups,
each says its group's name.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.turn import Turn, card_group
from bot.views.tasks import task_context
from cards import CardTooLarge
from meetings.common.dates import format_date
from meetings.groups.entities import Member
from meetings.planning.schedule import next_meeting
from meetings.tasks.entities import Task
from meetings.tasks.shown import People, people_of
from meetings.tasks.vocabulary import UNFINISHED

MAX_SHOWN = 8  # each task brings its buttons; Teams refuses cards much above 28 KB
MAX_IDS = 50  # card data is client input: a forged list stays short


@dataclass(frozen=True)
class Digest:
    """Which tasks a digest shows and why: the stage per task, and the tasks whose owners were
    chased enough (shown to the secretary)."""

    tasks: tuple[int, ...]
    stages: Mapping[str, str]
    escalated: tuple[int, ...] = ()

    def data(self) -> dict[str, Any]:
        """What each button carries, so the card can be rebuilt after the click."""
        return {"tasks": list(self.tasks), "stages": dict(self.stages),
                "escalated": list(self.escalated)}


def digest_of(data: Mapping[str, Any]) -> Digest:
    """From the outbox payload ({"tasks": [{"id", "stage"}], "escalated": [ids]}) or from a
    card's data ({"tasks": [ids], "stages": {id: stage}, "escalated": [ids]})."""
    tasks, stages = [], {}
    given = data.get("stages")
    given = given if isinstance(given, Mapping) else {}  # a forged click's list or text: none
    for entry in _listed(data.get("tasks")):
        task_id = _id(entry.get("id") if isinstance(entry, Mapping) else entry)
        if task_id is not None:
            tasks.append(task_id)
            stage = entry.get("stage") if isinstance(entry, Mapping) else None
            stage = stage or given.get(str(task_id))
            stages[str(task_id)] = str(stage or "")[:16]
    escalated = [i for i in map(_id, _listed(data.get("escalated"))) if i is not None]
    return Digest(tuple(dict.fromkeys(tasks)), stages, tuple(dict.fromkeys(escalated)))


async def digest_card(turn: Turn, viewer: Member, digest: Digest, notice: str | None = None,
                      *, leave_out_finished: bool) -> dict | None:
    """The digest for `viewer`, or None when nothing is left to show. Only tasks the viewer may
    change are shown, whatever ids the card data names."""
    tasks = [t for t in [await turn.uow.tasks.get(i)
                         for i in (*digest.tasks, *digest.escalated)] if t is not None]
    people = await people_of(turn.uow, tasks, viewer)
    tasks = [t for t in tasks if _may_see(people, t)]
    if leave_out_finished:
        tasks = [t for t in tasks if t.status in UNFINISHED]
    if not tasks:
        return None
    meeting_days = await _meeting_days(turn, tasks, digest)
    names = await _group_names(turn, tasks)
    contexts = {t.id: {**_context(turn, t, people, digest, meeting_days, names.get(t.group_id)),
                       "extra": _task_data(t, digest)} for t in tasks}
    mine = [contexts[i] for i in digest.tasks if i in contexts]
    chased = [contexts[i] for i in digest.escalated if i in contexts and i not in digest.tasks]
    return _rendered(turn, mine, chased, notice, digest)


def _rendered(turn: Turn, mine: list[dict], chased: list[dict], notice: str | None,
              digest: Digest) -> dict:
    """The card, with fewer tasks on it if the buttons of all would make it too large."""
    limit = MAX_SHOWN
    while True:
        shown = (mine + chased)[:limit]
        rest = len(mine) + len(chased) - len(shown)
        try:
            # Each button carries its group itself (see _task_data): none is laid over them all.
            # The card's own ("All my tasks", "I am away") keep the group it was sent for, and
            # act on the person if he has left it since (bot/card_group.py).
            return replace(turn, card_group_id=None).card(
                "task_reminders", notice=notice, tasks=[c for c in shown if c in mine],
                escalated=[c for c in shown if c in chased],
                card_data=card_group(turn.card_group_id),
                today=turn.now.astimezone(turn.tz).date().isoformat(),
                more=turn.ngettext("… and %(count)s more: write “my tasks”.",
                                   "… and %(count)s more: write “my tasks”.", rest)
                if rest > 0 else None)
        except CardTooLarge:
            if limit <= 1:
                raise
            limit //= 2


def _may_see(people: People, task: Task) -> bool:
    return people.rights_of(task).change


def _task_data(task: Task, digest: Digest) -> dict[str, Any]:
    """What a task's buttons carry: the digest, and the task's own group, where a click in the
    personal chat is checked and acted on (a group's chat acts on its own group whatever)."""
    return {**digest.data(), **card_group(task.group_id)}


def _context(turn: Turn, task: Task, people: People, digest: Digest,
             meeting_days: Mapping[int, date], group_name: str | None) -> dict[str, Any]:
    viewer = people.viewer_in(task.group_id)
    line = group_name
    if digest.stages.get(str(task.id)) == "meeting" and task.group_id in meeting_days:
        line = " · ".join(filter(None, (line, turn._(
            "Before the meeting on %(date)s",
            date=format_date(meeting_days[task.group_id], turn.language)))))
    if task.owner_id is None and task.owner_name:
        # The secretary is reminded in the place of a person outside the group.
        line = " · ".join(filter(None, (line, turn._("For %(name)s, outside the group",
                                                     name=task.owner_name))))
        return task_context(turn, task, people, line=line)
    others = viewer is None or task.owner_id != viewer.id
    return task_context(turn, task, people, line=line, show_owner=others)


async def _meeting_days(turn: Turn, tasks: list[Task], digest: Digest) -> dict[int, date]:
    """The next meeting's day of each group with a task reminded "before the meeting"."""
    days = {}
    for group_id in {t.group_id for t in tasks if digest.stages.get(str(t.id)) == "meeting"}:
        group = await turn.uow.groups.get(group_id)
        meeting = await next_meeting(turn.uow, group, turn.now) if group else None
        if meeting is not None:
            days[group_id] = meeting.starts_at.astimezone(turn.tz).date()
    return days


async def _group_names(turn: Turn, tasks: list[Task]) -> dict[int, str]:
    """The name of each task's group, when the tasks are of more than one group."""
    group_ids = {t.group_id for t in tasks}
    if len(group_ids) < 2:
        return {}
    groups = [await turn.uow.groups.get(group_id) for group_id in sorted(group_ids)]
    return {g.id: g.name or turn._("Your own meetings") for g in groups if g is not None}


def _listed(value: Any) -> list:
    return list(value)[:MAX_IDS] if isinstance(value, list | tuple) else []


def _id(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
