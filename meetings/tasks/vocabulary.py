"""The task work's words: a task's statuses and what a line of its history records."""

import enum


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    BLOCKED = "blocked"  # still open, but waiting on something; the reason is in blocked_reason
    CANCELLED = "cancelled"


# Open and blocked tasks are still somebody's to do; both are chased and both are followed up.
UNFINISHED = (TaskStatus.OPEN, TaskStatus.BLOCKED)


class NoteKind(enum.StrEnum):
    """What a line of a task's history records."""

    CREATED = "created"
    NOTE = "note"  # a status note in the owner's words
    DONE = "done"
    BLOCKED = "blocked"
    REOPENED = "reopened"
    DUE = "due"  # a new due date
    REASSIGNED = "reassigned"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"  # an imported task, confirmed: the chase takes it from here
