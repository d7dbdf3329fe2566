"""The minutes' task lines: read live while the minutes are written and posted, and copied onto
the minutes when they are approved, so the approved referat keeps the owners, titles and due
dates it was approved with while the tasks themselves live on (a new due date, another owner,
a cancellation). A task added through the approved minutes is a logged correction and joins
the copy."""

from collections.abc import Sequence
from datetime import date

from meetings.common.ports import UnitOfWork
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.referat import ReferatTask

EntryTask = tuple[int | None, ReferatTask]  # the entry it prints under (None: under none)


async def entry_tasks(uow: UnitOfWork, minutes: Minutes,
                      entries: Sequence[MinutesEntry] | None = None) -> list[EntryTask]:
    """The tasks the minutes print, each with its entry: as approved, or as they are now."""
    if minutes.approved_tasks is not None:
        return [(line.get("entry_id"), ReferatTask(owner=line["owner"], title=line["title"],
                                                   due_on=date.fromisoformat(line["due_on"])))
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
             ReferatTask(owner=member_name or owner_name or "", title=title, due_on=due_on))
            for entry_id, item_id, title, due_on, owner_name, member_name
            in await uow.documents.task_lines(meeting_id)]


async def tasks_to_keep(uow: UnitOfWork, minutes: Minutes) -> list[dict]:
    """The task lines to copy onto minutes being approved (`Minutes.approved_tasks`): read
    before the approval writes, so the tick's write lock is not held over the reads."""
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    return [_line(entry_id, task) for entry_id, task
            in await live_tasks(uow, minutes.meeting_id, entries)]


def add_approved_task(minutes: Minutes, entry_id: int | None, task: ReferatTask) -> None:
    """A task added to approved minutes (a logged correction) joins what they print."""
    if minutes.approved_tasks is not None:
        # A new list: the column notices an assignment, not a change inside the list.
        minutes.approved_tasks = [*minutes.approved_tasks, _line(entry_id, task)]


def _line(entry_id: int | None, task: ReferatTask) -> dict:
    return {"entry_id": entry_id, "owner": task.owner, "title": task.title,
            "due_on": task.due_on.isoformat()}
