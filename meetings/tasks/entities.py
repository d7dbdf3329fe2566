"""Action items ("opgaver") and how a group chases them: tasks, their history, chase settings
(storage maps them onto tables)."""

from datetime import date, datetime, time

from meetings.common.entities import Entity


class Task(Entity):
    """Something a person has taken on, usually at a meeting: "Rie undersøger om …"."""

    id: int
    group_id: int
    # Where it came from, when it came from a meeting or one of its items.
    meeting_id: int | None
    item_id: int | None
    # The minutes entry it was taken under ("Tilføj en opgave", "#opgave" after "#punkt 3", or
    # found under an imported item): where the referat prints it. A standing item has an entry
    # but no agenda item, so item_id cannot say it.
    minutes_entry_id: int | None
    title: str
    # A member owns it; or a person outside the group, by name, and the secretary follows up.
    owner_id: int | None
    owner_name: str | None
    due_on: date
    status: str
    blocked_reason: str | None
    created_by: int | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    # Grows with every change. A card carries the version it shows, so a double click or a
    # click on an old card changes the task once (a conditional UPDATE on the version).
    version: int
    # The chase's progress: the last stage reminded (see meetings/tasks/chase.py), on which
    # local day,
    # and when the secretary was told instead of the owner being reminded again.
    reminder_stage: int
    reminded_on: date | None
    escalated_at: datetime | None
    # The meeting whose "a week before" reminder included this task: once per meeting.
    meeting_reminded_id: int | None
    # When the chase tick next looks at the task: the working-day start of its next stage or
    # meeting reminder, after the owner's away days; None when it is not chased. Moved in the
    # transaction of every change that moves it, so the tick finds due tasks by the index.
    chase_due_at: datetime | None
    # Recognised in imported minutes ("Rie undersøger …"): not chased until the secretary
    # confirms it (confirmed_at set).
    imported_at: datetime | None
    confirmed_at: datetime | None
    # The importer chose due_on (before the next known meeting, or a month on) because the
    # minutes set no deadline: the referat prints none, the card says who chose it. False once
    # somebody sets a due date.
    due_by_import: bool
    # Made on a card that asked who takes it: the group and that question, hashed. Answering
    # the question again (a double click, a retry by Teams, another member) finds this task
    # instead of making a second one.
    dedupe_key: str | None


class TaskNote(Entity):
    """One line of a task's history: who wrote what, when."""

    id: int
    task_id: int
    author_id: int | None
    # Kept as written, so the history still says who when the member has left the group.
    author_name: str | None
    kind: str
    text: str | None
    created_at: datetime


class ChaseSettings(Entity):
    """How a group chases open tasks; one row per group, made with defaults on first use.

    Days are working days (weekends and Danish public holidays do not count)."""

    group_id: int
    due_days_before_meeting: int  # default due date: this many days before the next meeting
    remind_days_before_due: int
    # Overdue reminders this many days after the due date, e.g. [2, 5, 10]: a slowing cadence.
    overdue_days: list
    # After the last overdue reminder, the secretary is told this many days after the due date.
    escalate_days: int
    meeting_days_before: int  # every owner of an open task is reminded before a meeting
    work_start: time
    work_end: time
    updated_at: datetime
    updated_by: str | None
