"""The agenda cycle's tables: a group's settings, agenda items, answers to the call, attendance."""

from datetime import datetime, time

from sqlalchemy import JSON, ForeignKey, Index, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The domain owns these words; an `X as X` import re-exports one, so older imports still work.
from meetings.agenda.vocabulary import AttendanceStatus as AttendanceStatus
from meetings.agenda.vocabulary import InputKind, ItemStatus
from meetings.agenda.vocabulary import ItemKind as ItemKind
from storage.models.groups import Base
from storage.types import UTCDateTime


class GroupSettings(Base):
    """How a group runs its agenda cycle; one row per group, made with defaults on first use."""

    __tablename__ = "group_settings"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    call_days: Mapped[int]
    deadline_days: Mapped[int]
    deadline_time: Mapped[time] = mapped_column(Time())
    publish_days: Mapped[int]
    meeting_minutes: Mapped[int]
    item_minutes: Mapped[int]
    # [{title, minutes, kind, position: "start" | "end"}]: the frame of every agenda.
    standing_items: Mapped[list] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))


class AgendaItem(Base):
    """A proposed item for a meeting's agenda and what the chair made of it."""

    __tablename__ = "agenda_items"
    __table_args__ = (Index("ix_agenda_items_meeting_status", "meeting_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    # Kept beside the meeting so an id from card data is checked against the group at once.
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)  # sagsfremstilling
    recommendation: Mapped[str | None] = mapped_column(Text)  # indstilling
    presenter: Mapped[str | None] = mapped_column(String(200))
    guests: Mapped[str | None] = mapped_column(String(500))
    minutes: Mapped[int]
    links: Mapped[list] = mapped_column(JSON)  # [{title, url}], http(s) only
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=ItemStatus.PROPOSED)
    reject_reason: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int | None]  # order among the accepted items
    # Unique: an item deferred to a later meeting is copied there once, however often asked.
    carried_from_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InputResponse(Base):
    """A member's answer to the call for input that is not an item ("intet fra os")."""

    __tablename__ = "input_responses"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_input_responses_meeting_member"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default=InputKind.NOTHING)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Attendance(Base):
    """A member's answer for a meeting: attending, regrets, or a substitute by name."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_attendance_meeting_member"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    substitute_name: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
