"""Action items ("opgaver") and how a group chases them: tasks, their history, chase settings."""

from datetime import date, datetime, time

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

# The domain owns these words; an `X as X` import re-exports one, so older imports still work.
from meetings.tasks.vocabulary import UNFINISHED as UNFINISHED
from meetings.tasks.vocabulary import NoteKind as NoteKind
from meetings.tasks.vocabulary import TaskStatus
from storage.models.groups import Base
from storage.types import UTCDateTime


class Task(Base):
    """Something a person has taken on, usually at a meeting: "Rie undersøger om …"."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_group_status", "group_id", "status"),
        Index("ix_tasks_owner_status", "owner_id", "status"),
        Index("ix_tasks_chase_due", "chase_due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    # Where it came from, when it came from a meeting or one of its items.
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"))
    # The minutes entry it was taken under ("Tilføj en opgave", "#opgave" after "#punkt 3", or
    # found under an imported item): where the referat prints it. A standing item has an entry
    # but no agenda item, so item_id cannot say it.
    minutes_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_entries.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    # A member owns it; or a person outside the group, by name, and the secretary follows up.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date())
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.OPEN)
    blocked_reason: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Grows with every change. A card carries the version it shows, so a double click or a
    # click on an old card changes the task once (a conditional UPDATE on the version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")
    # The chase's progress: the last stage reminded (see meetings/tasks/chase.py), on which
    # local day,
    # and when the secretary was told instead of the owner being reminded again.
    reminder_stage: Mapped[int] = mapped_column(default=0, server_default="0")
    reminded_on: Mapped[date | None] = mapped_column(Date())
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The meeting whose "a week before" reminder included this task: once per meeting.
    meeting_reminded_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )
    # When the chase tick next looks at the task: the working-day start of its next stage or
    # meeting reminder, after the owner's away days; None when it is not chased. Moved in the
    # transaction of every change that moves it, so the tick finds due tasks by the index.
    chase_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Recognised in imported minutes ("Rie undersøger …"): not chased until the secretary
    # confirms it (confirmed_at set).
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Made on a card that asked who takes it: the group and that question, hashed. Answering
    # the question again (a double click, a retry by Teams, another member) finds this task
    # instead of making a second one.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class TaskNote(Base):
    """One line of a task's history: who wrote what, when."""

    __tablename__ = "task_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    # Kept as written, so the history still says who when the member has left the group.
    author_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChaseSettings(Base):
    """How a group chases open tasks; one row per group, made with defaults on first use.

    Days are working days (weekends and Danish public holidays do not count)."""

    __tablename__ = "chase_settings"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    due_days_before_meeting: Mapped[int]  # default due date: this many days before the next meeting
    remind_days_before_due: Mapped[int]
    # Overdue reminders this many days after the due date, e.g. [2, 5, 10]: a slowing cadence.
    overdue_days: Mapped[list] = mapped_column(JSON)
    # After the last overdue reminder, the secretary is told this many days after the due date.
    escalate_days: Mapped[int]
    meeting_days_before: Mapped[int]  # every owner of an open task is reminded before a meeting
    work_start: Mapped[time] = mapped_column(Time())
    work_end: Mapped[time] = mapped_column(Time())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))
