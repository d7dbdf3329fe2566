"""The tables of groups, their members, conversation addresses, meetings, the outbox and the
shared rate buckets, and the domain's classes mapped onto them."""

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from meetings.common.entities import ConversationAddress, Entity, OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.documents.links import new_secret
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

groups_table = Table(
    "groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", String(512), unique=True, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", String(200), nullable=False),
    Column("tenant_id", String(64)),
    Column("team_id", String(512)),
    # A team channel's group: the team's and the channel's own names ("name" joins them).
    Column("team_name", String(256)),
    Column("channel_name", String(256)),
    Column("time_zone", String(64), default="Europe/Copenhagen", nullable=False),
    Column("language", String(8), default="da", nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("welcomed_at", UTCDateTime()),
    Column("bot_removed_at", UTCDateTime()),
    Column("erase_at", UTCDateTime(), index=True),
    Column("erasure_warned_at", UTCDateTime()),
    Column("retention_months", Integer, default=12, server_default="12", nullable=False),
    # Signs the annual report's download links: made with the group, whoever makes it.
    Column("report_token", String(64), unique=True, default=new_secret, nullable=False),
)
registry.map_imperatively(Group, groups_table)


members_table = Table(
    "members", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("teams_id", String(256), nullable=False),
    Column("aad_object_id", String(64), index=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320)),
    Column("organisation", String(200)),
    Column("role", String(16), default=Role.MEMBER, nullable=False),
    Column("joined_at", UTCDateTime(), nullable=False),
    Column("away_until", Date()),
    Column("imported_at", UTCDateTime()),
    Column("left_at", UTCDateTime()),
    Column("language", String(8)),
    UniqueConstraint("group_id", "teams_id", name="uq_members_group_teams_id"),
)
registry.map_imperatively(Member, members_table)


conversation_addresses_table = Table(
    "conversation_addresses", metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", String(512), unique=True, nullable=False),
    Column("conversation_type", String(16), nullable=False),
    Column("channel_id", String(32), nullable=False),
    Column("service_url", String(512), nullable=False),
    Column("tenant_id", String(64)),
    Column("team_id", String(512)),
    Column("teams_channel_id", String(512)),
    Column("bot_id", String(256), nullable=False),
    Column("bot_name", String(200)),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE")),
    Column("member_aad_object_id", String(64), index=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)
registry.map_imperatively(ConversationAddress, conversation_addresses_table)


meetings_table = Table(
    "meetings", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("theme", String(300)),
    Column("starts_at", UTCDateTime(), nullable=False),
    Column("ends_at", UTCDateTime(), nullable=False),
    Column("place", String(300)),
    Column("online_url", Text),
    Column("online", Boolean, default=False, nullable=False),
    Column("status", String(16), default=MeetingStatus.PLANNED, nullable=False),
    Column("calendar_token", String(64), unique=True, nullable=False),
    Column("sequence", Integer, default=0, nullable=False),
    Column("created_by", String(64)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("call_sent_at", UTCDateTime()),
    Column("nudged_at", UTCDateTime()),
    Column("agenda_published_at", UTCDateTime()),
    Column("agenda_version", Integer, default=0, server_default="0", nullable=False),
    Column("attendance_reminded_at", UTCDateTime()),
    Column("agenda_cycle_skipped", String(100)),
    Column("cycle_due_at", UTCDateTime()),
    Column("import_key", String(64), unique=True),
    Index("ix_meetings_group_starts", "group_id", "starts_at"),
        Index("ix_meetings_cycle_due", "cycle_due_at"),
)
registry.map_imperatively(Meeting, meetings_table)


outbox_table = Table(
    "outbox", metadata,
    Column("id", Integer, primary_key=True),
    Column("dedupe_key", String(300), unique=True, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("payload", JSON, default=dict, nullable=False),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), index=True),
    Column("conversation_id", String(512)),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE")),
    Column("replaces_key", String(300)),
    Column("due_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime()),
    Column("status", String(16), default=OutboxStatus.PENDING, nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("lease_owner", String(64)),
    Column("lease_expires_at", UTCDateTime()),
    Column("last_error", Text),
    Column("teams_message_id", String(256)),
    Column("sent_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_outbox_due", "status", "next_attempt_at"),
)
registry.map_imperatively(OutboxMessage, outbox_table)


class RateBucket(Entity):
    """A token bucket shared by all replicas on PostgreSQL (per tenant: Teams' global limit).
    Storage's own: the domain never sees it."""

    key: str
    tokens: float
    updated_at: datetime


rate_buckets_table = Table(
    "rate_buckets", metadata,
    Column("key", String(200), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)
registry.map_imperatively(RateBucket, rate_buckets_table)
