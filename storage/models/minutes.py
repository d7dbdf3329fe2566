"""The tables of the minutes (referat): entries, presence, the log, pending imports."""

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from meetings.minutes.entities import (
    Minutes,
    MinutesEntry,
    MinutesEvent,
    MinutesLine,
    PendingImport,
    Presence,
)
from meetings.minutes.vocabulary import MinutesStatus
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

minutes_table = Table(
    "minutes", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"),
           unique=True, nullable=False),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("status", String(16), default=MinutesStatus.DRAFT, nullable=False),
    Column("minute_taker_id", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("minute_taker_name", String(200)),
    Column("current_number", Integer),
    Column("posted_at", UTCDateTime()),
    Column("approve_by", UTCDateTime()),
    Column("approved_at", UTCDateTime()),
    Column("document_token", String(64), unique=True, nullable=False),
    Column("version", Integer, default=0, server_default="0", nullable=False),
    Column("approved_tasks", JSON),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    # The tick finds posted minutes whose consent deadline has passed by this index.
    Index("ix_minutes_consent_due", "status", "approve_by"),
)
registry.map_imperatively(Minutes, minutes_table)


minutes_entries_table = Table(
    "minutes_entries", metadata,
    Column("id", Integer, primary_key=True),
    Column("minutes_id", Integer, ForeignKey("minutes.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("title", String(300), nullable=False),
    Column("item_id", Integer, ForeignKey("agenda_items.id", ondelete="SET NULL")),
    Column("notes", Text),
    Column("decision", Text),
    Column("guests", String(1000)),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    UniqueConstraint("minutes_id", "number", name="uq_minutes_entries_minutes_number"),
)
registry.map_imperatively(MinutesEntry, minutes_entries_table)


minutes_lines_table = Table(
    "minutes_lines", metadata,
    Column("id", Integer, primary_key=True),
    Column("minutes_id", Integer, ForeignKey("minutes.id", ondelete="CASCADE"), nullable=False),
    Column("entry_id", Integer, ForeignKey("minutes_entries.id", ondelete="CASCADE"),
           nullable=False),
    Column("message_id", String(128), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("text_hash", String(64)),
    Column("item_hash", String(64)),
    Column("task_id", Integer, ForeignKey("tasks.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("minutes_id", "message_id", "position",
                     name="uq_minutes_lines_minutes_message_position"),
)
registry.map_imperatively(MinutesLine, minutes_lines_table)


minutes_presence_table = Table(
    "minutes_presence", metadata,
    Column("id", Integer, primary_key=True),
    Column("minutes_id", Integer, ForeignKey("minutes.id", ondelete="CASCADE"), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),
    Column("substitute_name", String(200)),
    Column("name", String(200)),
    Column("organisation", String(200)),
    UniqueConstraint("minutes_id", "member_id", name="uq_minutes_presence_minutes_member"),
)
registry.map_imperatively(Presence, minutes_presence_table)


minutes_events_table = Table(
    "minutes_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("minutes_id", Integer, ForeignKey("minutes.id", ondelete="CASCADE"), nullable=False),
    Column("entry_id", Integer, ForeignKey("minutes_entries.id", ondelete="SET NULL")),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("author_name", String(200)),
    Column("kind", String(16), nullable=False),
    Column("text", Text),
    Column("before", Text),
    Column("resolved_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("version", Integer),
    Column("dedupe_key", String(64), unique=True),
    Index("ix_minutes_events_minutes_kind", "minutes_id", "kind"),
)
registry.map_imperatively(MinutesEvent, minutes_events_table)


pending_imports_table = Table(
    "pending_imports", metadata,
    Column("id", Integer, primary_key=True),
    Column("token", String(64), unique=True, nullable=False),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE")),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(255), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime(), index=True, nullable=False),
)
registry.map_imperatively(PendingImport, pending_imports_table)
