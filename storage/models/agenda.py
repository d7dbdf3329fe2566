"""The agenda cycle's tables: a group's settings, agenda items, answers to the call, attendance."""

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from meetings.agenda.entities import AgendaItem, Attendance, GroupSettings, InputResponse
from meetings.agenda.vocabulary import InputKind, ItemStatus
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

group_settings_table = Table(
    "group_settings", metadata,
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("call_days", Integer, nullable=False),
    Column("deadline_days", Integer, nullable=False),
    Column("deadline_time", Time(), nullable=False),
    Column("publish_days", Integer, nullable=False),
    Column("meeting_minutes", Integer, nullable=False),
    Column("item_minutes", Integer, nullable=False),
    Column("standing_items", JSON, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(64)),
)
registry.map_imperatively(GroupSettings, group_settings_table)


agenda_items_table = Table(
    "agenda_items", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("title", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("description", Text),
    Column("recommendation", Text),
    Column("presenter", String(200)),
    Column("guests", String(500)),
    Column("minutes", Integer, nullable=False),
    Column("links", JSON, nullable=False),
    Column("proposed_by", Integer, ForeignKey("members.id", ondelete="SET NULL")),
    Column("status", String(16), default=ItemStatus.PROPOSED, nullable=False),
    Column("reject_reason", String(500)),
    Column("position", Integer),
    Column("carried_from_item_id", Integer, ForeignKey("agenda_items.id", ondelete="SET NULL"),
           unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_agenda_items_meeting_status", "meeting_id", "status"),
)
registry.map_imperatively(AgendaItem, agenda_items_table)


input_responses_table = Table(
    "input_responses", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), default=InputKind.NOTHING, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("meeting_id", "member_id", name="uq_input_responses_meeting_member"),
)
registry.map_imperatively(InputResponse, input_responses_table)


attendance_table = Table(
    "attendance", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),
    Column("substitute_name", String(200)),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("meeting_id", "member_id", name="uq_attendance_meeting_member"),
)
registry.map_imperatively(Attendance, attendance_table)
