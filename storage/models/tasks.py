"""The tables of action items ("opgaver"), their history and how a group chases them."""

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    false,
)

from meetings.tasks.entities import ChaseSettings, Task, TaskNote
from meetings.tasks.vocabulary import TaskStatus
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

tasks_table = Table(
    "tasks", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL")),
    Column("item_id", Integer, ForeignKey("agenda_items.id", ondelete="SET NULL")),
    Column("minutes_entry_id", Integer, ForeignKey("minutes_entries.id", ondelete="SET NULL")),
    Column("title", String(300), nullable=False),
    Column("owner_id", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("owner_name", String(200)),
    Column("due_on", Date(), nullable=False),
    Column("status", String(16), default=TaskStatus.OPEN, nullable=False),
    Column("blocked_reason", String(500)),
    Column("created_by", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("closed_at", UTCDateTime()),
    Column("version", Integer, default=0, server_default="0", nullable=False),
    Column("reminder_stage", Integer, default=0, server_default="0", nullable=False),
    Column("reminded_on", Date()),
    Column("escalated_at", UTCDateTime()),
    Column("meeting_reminded_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL")),
    Column("chase_due_at", UTCDateTime()),
    Column("imported_at", UTCDateTime()),
    Column("confirmed_at", UTCDateTime()),
    Column("due_by_import", Boolean, default=False, server_default=false(), nullable=False),
    Column("dedupe_key", String(64), unique=True),
    Index("ix_tasks_group_status", "group_id", "status"),
        Index("ix_tasks_owner_status", "owner_id", "status"),
        Index("ix_tasks_chase_due", "chase_due_at"),
)
registry.map_imperatively(Task, tasks_table)


task_notes_table = Table(
    "task_notes", metadata,
    Column("id", Integer, primary_key=True),
    Column("task_id", Integer, ForeignKey("tasks.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("author_id", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("author_name", String(200)),
    Column("kind", String(16), nullable=False),
    Column("text", Text),
    Column("created_at", UTCDateTime(), nullable=False),
)
registry.map_imperatively(TaskNote, task_notes_table)


chase_settings_table = Table(
    "chase_settings", metadata,
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("due_days_before_meeting", Integer, nullable=False),
    Column("remind_days_before_due", Integer, nullable=False),
    Column("overdue_days", JSON, nullable=False),
    Column("escalate_days", Integer, nullable=False),
    Column("meeting_days_before", Integer, nullable=False),
    Column("work_start", Time(), nullable=False),
    Column("work_end", Time(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(64)),
)
registry.map_imperatively(ChaseSettings, chase_settings_table)
