"""Turning tasks into what the cards show: a task with its history, lists of tasks, the form
for a new task and the question of who takes it."""

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from bot.turn import Turn
from bot.views.replies import more_text
from cards import CardTooLarge
from meetings.common.dates import format_date, format_moment, format_short_date
from meetings.common.i18n import N_
from meetings.common.working_days import is_working_day, working_day_on_or_before
from meetings.groups.entities import Member
from meetings.groups.names import sort_key
from meetings.groups.vocabulary import ConversationKind
from meetings.tasks.access import may_own
from meetings.tasks.asked import new_question
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.owners import SEVERAL, UNKNOWN, OwnerMatch
from meetings.tasks.sentence_subject import task_with_owner
from meetings.tasks.shown import (
    FollowUp,
    Origin,
    People,
    TaskFormShown,
    TaskListShown,
    TaskShown,
)
from meetings.tasks.vocabulary import UNFINISHED

MAX_LISTED = 20  # a list card with one task opened stays under Teams' size limit
STATUS = {"open": N_("Open"), "done": N_("Done"), "blocked": N_("Blocked"),
          "cancelled": N_("Cancelled")}
CLOSED = {"done": N_("Done %(date)s"), "cancelled": N_("Cancelled %(date)s")}
NOTE_KINDS = {"created": N_("created the task"), "note": N_("wrote"),
              "done": N_("marked it done"), "blocked": N_("marked it blocked"),
              "reopened": N_("reopened it"), "due": N_("set a new due date"),
              "reassigned": N_("gave it to someone else"), "cancelled": N_("cancelled it"),
              "confirmed": N_("confirmed the task")}


def owner_text(turn: Turn, task: Task, members: Mapping[int, Member]) -> str:
    if task.owner_id is not None and task.owner_id in members:
        return members[task.owner_id].name
    if task.owner_name:
        return turn._("%(name)s (outside the group)", name=task.owner_name)
    return turn._("Nobody")


def working_days_until(today: date, day: date) -> int:
    return sum(1 for n in range(1, (day - today).days + 1)
               if is_working_day(today + timedelta(days=n)))


def due_words(turn: Turn, task: Task, today: date) -> tuple[str, str]:
    """What the due date means today, and the colour that says it (none that Teams' light
    theme draws too pale to read: its "Good" and "Warning")."""
    if task.status not in UNFINISHED:
        closed = task.closed_at.astimezone(turn.tz).date() if task.closed_at else today
        return (turn._(CLOSED.get(task.status, N_("Done %(date)s")),
                       date=format_short_date(closed, turn.language)), "Default")
    written = format_date(task.due_on, turn.language)
    if task.due_on < today:
        return turn._("Overdue since %(date)s", date=written), "Attention"
    if task.due_on == today:
        return turn._("Due today"), "Accent"
    # A day nobody works (a weekend, juleaftensdag) is due the working day before, as the
    # chase reminds it then; the words name that day and say why.
    working = working_day_on_or_before(task.due_on)
    if working <= today:
        return turn._("Due today: %(date)s is not a working day", date=written), "Accent"
    days = working_days_until(today, working)
    if working != task.due_on:
        return turn.ngettext(
            "Due in %(count)s working day, %(date)s: %(due)s is not a working day",
            "Due in %(count)s working days, %(date)s: %(due)s is not a working day", days,
            date=format_date(working, turn.language), due=written), "Default"
    if days <= 1:
        return turn._("Due on the next working day, %(date)s", date=written), "Default"
    return turn.ngettext("Due in %(count)s working day, %(date)s",
                         "Due in %(count)s working days, %(date)s", days, date=written), "Default"


def task_context(turn: Turn, task: Task, people: People, *, line: str | None = None,
                 show_owner: bool = False) -> dict[str, Any]:
    today = turn.now.astimezone(turn.tz).date()
    members = people.of_group(task.group_id)
    rights = people.rights_of(task)
    words, color = due_words(turn, task, today)
    owner = owner_text(turn, task, members)
    can_reassign, can_change = rights.reassign, rights.change
    # From imported minutes and not confirmed yet: not chased, and only chair and secretary
    # may confirm it (an owner may not, as no owner has been asked).
    unconfirmed = task.imported_at is not None and task.confirmed_at is None \
        and task.status in UNFINISHED
    return {
        "id": task.id, "version": task.version, "title": task.title, "owner": owner,
        "due": _due_text(turn, task), "due_iso": task.due_on.isoformat(),
        "min_date": today.isoformat(), "status": str(task.status),
        "status_text": turn._(STATUS.get(task.status, N_("Open"))),
        "line": " · ".join(filter(None, (line, words, owner if show_owner else None))),
        "color": color, "blocked_reason": task.blocked_reason if task.status == "blocked" else None,
        "origin": None, "finished": task.status not in UNFINISHED,
        "can_reassign": can_reassign and task.status in UNFINISHED, "can_change": can_change,
        "can_cancel": rights.cancel and task.status in UNFINISHED,
        "unconfirmed": unconfirmed, "can_confirm": unconfirmed and can_reassign,
        "members": [{"id": m.id, "name": m.name} for m in members.values() if may_own(m)]
        if can_reassign else [],
    }


def _due_text(turn: Turn, task: Task) -> str:
    """The due date; one the import chose says so, as the minutes set none."""
    written = format_date(task.due_on, turn.language)
    if task.due_by_import:
        return turn._("%(date)s (set by the import: the minutes named no deadline)",
                      date=written)
    return written


def history_lines(turn: Turn, notes: Sequence[TaskNote]) -> list[str]:
    lines = []
    for note in notes:
        local = note.created_at.astimezone(turn.tz)
        when = format_moment(local, turn.language)
        what = turn._(NOTE_KINDS.get(note.kind, N_("wrote")))
        text = f": {note.text}" if note.text else ""
        author = note.author_name or turn._("Mødebot")
        lines.append(f"{when} · {author} {what}{text}")
    return lines


def task_card(turn: Turn, shown: TaskShown, heading: str, notice: str | None = None,
              extra: Mapping[str, Any] | None = None) -> dict:
    """The task with its history; a history too long for Teams' 28 KB (some twenty notes of
    a thousand characters) shows its newest lines, and how many earlier ones are left out."""
    context = task_context(turn, shown.task, shown.people)
    context["origin"] = _origin(turn, shown.origin)
    history = history_lines(turn, shown.history)
    shown_lines = len(history)
    while True:
        left_out = len(history) - shown_lines
        lines = history[left_out:]
        if left_out:
            lines = [turn.ngettext("%(count)s earlier line not shown", "%(count)s earlier lines "
                                   "not shown", left_out), *lines]
        try:
            return turn.card("task", heading_text=heading, notice=notice, task=context,
                             history=lines, extra=dict(extra or {}))
        except CardTooLarge:
            if shown_lines == 0:
                raise
            shown_lines //= 2


def _origin(turn: Turn, origin: Origin | None) -> str | None:
    if origin is None:
        return None
    day = format_date(origin.meeting_starts_at.astimezone(turn.tz).date(), turn.language)
    return f"{day} · {origin.item_title}" if origin.item_title is not None else day


def task_list_card(turn: Turn, heading: str, tasks: Sequence[Task], empty_text: str,
                   shown_with: TaskListShown, *, by_owner: bool = False,
                   listed: Mapping[str, str] | None = None, expanded: int | None = None,
                   notice: str | None = None) -> dict:
    """Tasks under their owners' names, or one list; the first MAX_LISTED only if there are
    many (`shown_with` is read for those). `listed` says which list this is, so a click on a
    row can bring it back with that task (`expanded`) opened; one that has left the list
    (done) stays on top with the notice."""
    shown, rest = tasks[:MAX_LISTED], len(tasks) - MAX_LISTED
    people, groups = shown_with.people, shown_with.group_names
    sections: dict[str | None, list[dict]] = {}
    for task in shown:
        owner = owner_text(turn, task, people.of_group(task.group_id)) if by_owner else None
        sections.setdefault(owner, []).append(_row(
            turn, task, shown_with, groups.get(task.group_id), task.id == expanded))
    more = more_text(turn, rest)
    return turn.card("task_list", heading_text=heading, empty_text=empty_text, more=more,
                     listed=dict(listed or {"list": "mine"}), notice=notice,
                     openable=not turn.read_only,
                     changed=[_row(turn, t, shown_with, None, True) for t in shown_with.changed],
                     sections=[{"title": t, "tasks": s} for t, s in sections.items()])


def _row(turn: Turn, task: Task, shown_with: TaskListShown, group: str | None,
         expanded: bool) -> dict[str, Any]:
    context = task_context(turn, task, shown_with.people, line=group)
    context["expanded"] = expanded
    if expanded:
        context["origin"] = _origin(turn, shown_with.origins.get(task.id))
    return context


def form_card(turn: Turn, form: TaskFormShown, values: Mapping[str, str] | None = None,
              error: str | None = None, extra: Mapping[str, Any] | None = None,
              prefill: Mapping[str, str] | None = None) -> dict:
    """The form for a new task, with the default due date and the writer as owner, or what
    `prefill` says of them and the title."""
    members = form.members
    if values is None:
        values = {"title": "", "owner_id": str(turn.member.id) if turn.member else "",
                  "owner_name": "", "due": form.default_due.isoformat(), **(prefill or {})}
    return turn.card("task_form", values=dict(values), error=error, extra=dict(extra or {}),
                     members=[{"id": m.id, "name": m.name} for m in members],
                     min_date=turn.now.astimezone(turn.tz).date().isoformat(),
                     heading_text=_form_heading(turn))


def _form_heading(turn: Turn) -> str:
    """The list the task goes on, said in a personal chat: a group's, or the person's own."""
    if turn.card_group_id is not None:
        return turn._("New task in %(group)s", group=turn.group.name or turn._(
            "Group chat without a name"))
    if turn.group.kind == ConversationKind.PERSONAL:
        return turn._("New task on your own list")
    return turn._("New task")


def which_list_card(turn: Turn, groups: Sequence[tuple[int, str]], origin: Mapping[str, Any]
                    ) -> dict:
    """"New task" clicked in a personal chat: one button per group of the person (id, name)
    and one for her own list, each opening the form for that list."""
    lists = [{"id": group_id, "name": name or turn._("Group chat without a name")}
             for group_id, name in groups]
    return turn.card("group_choice", heading_text=turn._("New task"),
                     text=turn._("Which list is the task for? It goes on the task list of the "
                                 "group you choose."), verb="task.form", data=dict(origin),
                     groups=[*lists, {"id": turn.group.id, "name": turn._("Your own list")}])


# The standing item that follows up on tasks, as the defaults and an English group name it.
MAX_FOLLOW_UP = 30


def follow_up_lines(turn: Turn, follow_up: FollowUp) -> list[str]:
    """One line per task: who, what, and how it stands; done ones since the last meeting too.
    A due date the import chose says so, as on the task card: the minutes set none."""
    tasks, members = follow_up.tasks, follow_up.members
    today = turn.now.astimezone(turn.tz).date()
    lines = []
    for task in tasks[:MAX_FOLLOW_UP]:
        if task.status in UNFINISHED:
            state = _follow_up_state(turn, task)
        else:
            state = due_words(turn, task, today)[0]
        lines.append(f"{task_with_owner(owner_text(turn, task, members), task.title)} · {state}")
    if len(tasks) > MAX_FOLLOW_UP:
        lines.append(more_text(turn, len(tasks) - MAX_FOLLOW_UP))
    return lines


def _follow_up_state(turn: Turn, task: Task) -> str:
    status = turn._(STATUS[task.status])
    day = format_short_date(task.due_on, turn.language)
    if task.due_by_import:
        return turn._("%(status)s, due %(date)s, set by the import", status=status, date=day)
    return turn._("%(status)s, due %(date)s", status=status, date=day)


def away_text(turn: Turn, until: date | None) -> str:
    if until is None:
        return turn._("Welcome back. You get task reminders again.")
    return turn._("You are marked as away until %(date)s. You get no task reminders until then.",
                  date=format_date(until, turn.language))


def owner_card(turn: Turn, draft: Mapping[str, Any], match: OwnerMatch,
               members: Sequence[Member], template: str = "task_owner") -> dict:
    """Who takes a task from a line: one of the members of that name or named together (and
    the names no member has among those, as persons outside the group), or, for a name no
    member has, that person outside the group or a member chosen. Every button carries the
    question's token, so the question makes one task however often it is answered."""
    unknown = match.name if match.kind == UNKNOWN else None
    return turn.card(template, draft=dict(draft, question=new_question()), unknown=unknown,
                     several=match.kind == SEVERAL, outsiders=list(match.outsiders),
                     candidates=[{"id": i, "name": name} for i, name in match.candidates],
                     members=[{"id": m.id, "name": m.name}
                              for m in sorted(members, key=lambda m: sort_key(m.name))]
                     if unknown else [])
