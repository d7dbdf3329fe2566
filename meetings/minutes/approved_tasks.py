"""The minutes' task lines: read live while the minutes are a draft, and copied onto the minutes
when they are posted, so the group approves, and the approved referat keeps, the owners, titles
and due dates it was shown while the tasks themselves live on (a new due date, another owner,
a cancellation: task tracking, not a change to what the meeting decided). A task added through
posted minutes joins the copy (a new version, see posting.py); through approved minutes, it is a
logged correction and joins it too. Minutes approved without being posted (imported) copy the
tasks at approval; a line of an imported task says so, and whether the importer chose its due
date, as the referat prints no deadline the minutes did not set."""

from collections.abc import Sequence
from datetime import date

from meetings.common.ports import UnitOfWork
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.referat import ReferatTask
from meetings.tasks.entities import Task

EntryTask = tuple[int | None, ReferatTask]  # the entry it prints under (None: under none)


async def entry_tasks(uow: UnitOfWork, minutes: Minutes,
                      entries: Sequence[MinutesEntry] | None = None) -> list[EntryTask]:
    """The tasks the minutes print, each with its entry: as posted, or as they are now."""
    if minutes.approved_tasks is not None:
        return [(line.get("entry_id"), ReferatTask(
            owner=line["owner"], title=line["title"], due_on=date.fromisoformat(line["due_on"]),
            imported=line.get("imported", False), due_by_import=line.get("due_by_import", False)))
            for line in minutes.approved_tasks]
    if entries is None:
        entries = await uow.minutes_entries.of_minutes(minutes.id)
    return await live_tasks(uow, minutes.meeting_id, entries)


async def live_tasks(uow: UnitOfWork, meeting_id: int,
                     entries: Sequence[MinutesEntry]) -> list[EntryTask]:
    """The meeting's tasks that are not cancelled, owner by name (a member's, or as written).
    A task of an agenda item that names no entry belongs to the item's entry."""
    ids = {entry.id for entry in entries}
    by_item = {entry.item_id: entry.id for entry in entries if entry.item_id is not None}
    return [(entry_id if entry_id in ids else by_item.get(item_id),
             ReferatTask(owner=member_name or owner_name or "", title=title, due_on=due_on,
                         imported=imported_at is not None, due_by_import=due_by_import))
            for entry_id, item_id, title, due_on, owner_name, member_name, imported_at,
            due_by_import in await uow.documents.task_lines(meeting_id)]


async def tasks_to_keep(uow: UnitOfWork, minutes: Minutes) -> list[dict]:
    """The task lines to copy onto minutes being posted or approved (`Minutes.approved_tasks`):
    those already copied when they were posted, else the tasks as they are now; read before
    the posting or the approval writes, so the tick's write lock is not held over the reads."""
    if minutes.approved_tasks is not None:
        return minutes.approved_tasks
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    return [_line(entry_id, task) for entry_id, task
            in await live_tasks(uow, minutes.meeting_id, entries)]


async def add_kept_task(uow: UnitOfWork, minutes: Minutes, entry_id: int | None,
                        task: Task) -> ReferatTask:
    """A task taken under an item joins what posted or approved minutes print; its line."""
    owner = await uow.members.get(task.owner_id) if task.owner_id else None
    line = ReferatTask(owner.name if owner else task.owner_name or "", task.title, task.due_on,
                       task.imported_at is not None, bool(task.due_by_import))
    if minutes.approved_tasks is not None:
        # A new list: the column notices an assignment, not a change inside the list.
        minutes.approved_tasks = [*minutes.approved_tasks, _line(entry_id, line)]
    return line


def _line(entry_id: int | None, task: ReferatTask) -> dict:
    """The line as kept; "imported" and "due_by_import" only when true, as lines kept before
    they were known do without them."""
    line = {"entry_id": entry_id, "owner": task.owner, "title": task.title,
            "due_on": task.due_on.isoformat()}
    return line | {flag: True for flag in ("imported", "due_by_import") if getattr(task, flag)}
