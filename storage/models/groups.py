"""The tables: groups the bot serves, their members, conversation addresses and meetings."""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The domain owns these words; an `X as X` import re-exports one, so older imports still work.
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.vocabulary import ConversationKind as ConversationKind
from meetings.groups.vocabulary import Role
from meetings.planning.vocabulary import MeetingStatus
from storage.types import UTCDateTime

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Group(Base):
    """A team channel, group chat or personal chat that the bot keeps meetings for."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(512), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(512))
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    language: Mapped[str] = mapped_column(String(8), default="da")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Set by the one turn that posts the welcome, whichever activity created the group.
    welcomed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The bot removed from the conversation: the group is kept for retention_months, then
    # erased by a tick that finds it by erase_at; the secretary is told a week before.
    bot_removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    erase_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    erasure_warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retention_months: Mapped[int] = mapped_column(default=12, server_default="12")


class Member(Base):
    """A person in a group, with the role that decides what they may do there."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("group_id", "teams_id", name="uq_members_group_teams_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    teams_id: Mapped[str] = mapped_column(String(256))
    aad_object_id: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    organisation: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # "Away until": no task reminders up to and including this day.
    away_until: Mapped[date | None] = mapped_column(Date())
    # Known only from imported minutes (no Teams account seen yet): counted, never messaged.
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Left the conversation in Teams: kept for the minutes and the report, never messaged,
    # not counted absent.
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ConversationAddress(Base):
    """Where a proactive message goes: a group's conversation or a member's 1:1 chat."""

    __tablename__ = "conversation_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(512), unique=True)
    conversation_type: Mapped[str] = mapped_column(String(16))
    channel_id: Mapped[str] = mapped_column(String(32))
    service_url: Mapped[str] = mapped_column(String(512))
    # Stored apart because botbuilder 4.17.1 drops it when serializing a ConversationReference.
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(512))
    teams_channel_id: Mapped[str | None] = mapped_column(String(512))
    bot_id: Mapped[str] = mapped_column(String(256))
    bot_name: Mapped[str | None] = mapped_column(String(200))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    member_aad_object_id: Mapped[str | None] = mapped_column(String(64), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Meeting(Base):
    """One meeting of a group."""

    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_group_starts", "group_id", "starts_at"),
        Index("ix_meetings_cycle_due", "cycle_due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str | None] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(String(300))
    online_url: Mapped[str | None] = mapped_column(Text)
    online: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.PLANNED)
    # The calendar link's secret: unguessable, so the .ics needs no login.
    calendar_token: Mapped[str] = mapped_column(String(64), unique=True)
    # iCalendar SEQUENCE: Outlook replaces an event only when this grows.
    sequence: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The agenda cycle's progress, so each step happens once whatever the scheduler does.
    call_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    nudged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    agenda_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    agenda_version: Mapped[int] = mapped_column(default=0, server_default="0")
    attendance_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Steps whose time had passed when the scheduler came back ("call nudge"): not sent late.
    agenda_cycle_skipped: Mapped[str | None] = mapped_column(String(100))
    # When the agenda tick next has something to do for this meeting (its next cycle step, or
    # at once for a deferred item to take up); None when the cycle is done. Moved in the
    # transaction of every change that moves it, so the tick finds due meetings by the index.
    cycle_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A meeting made from imported minutes: a hash of the source text, so importing the same
    # file twice finds it instead of making it again.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class OutboxMessage(Base):
    """A proactive message, written in the transaction of the change that causes it.

    The database, not the scheduler, is the source of truth: a worker claims due rows under a
    lease, sends them, and records the Teams message id so a posted card can be updated later.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    # Exactly one target: a conversation, or a member whose 1:1 chat the worker finds or makes.
    conversation_id: Mapped[str | None] = mapped_column(String(512))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    # For an update in place: the dedupe key of the message whose posted card is replaced.
    replaces_key: Mapped[str | None] = mapped_column(String(300))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    teams_message_id: Mapped[str | None] = mapped_column(String(256))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RateBucket(Base):
    """A token bucket shared by all replicas on PostgreSQL (per tenant: Teams' global limit)."""

    __tablename__ = "rate_buckets"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
