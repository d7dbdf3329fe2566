"""The minutes (referat) of a meeting: one entry per agenda item, who was there, and the log of
approvals, comments and corrections."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The domain owns these words; an `X as X` import re-exports one, so older imports still work.
from meetings.minutes.vocabulary import EventKind as EventKind
from meetings.minutes.vocabulary import MinutesStatus
from meetings.minutes.vocabulary import PresenceStatus as PresenceStatus
from storage.models.groups import Base
from storage.types import UTCDateTime


class Minutes(Base):
    """The minutes of one meeting."""

    __tablename__ = "minutes"
    # The tick finds posted minutes whose consent deadline has passed by this index.
    __table_args__ = (Index("ix_minutes_consent_due", "status", "approve_by"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"),
                                          index=True)
    status: Mapped[str] = mapped_column(String(16), default=MinutesStatus.DRAFT)
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"))
    minute_taker_name: Mapped[str | None] = mapped_column(String(200))
    # The entry that chat lines ("#beslutning …") are captured into; "#punkt 4" moves it.
    current_number: Mapped[int | None]
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approve_by: Mapped[datetime | None] = mapped_column(UTCDateTime())  # silence is consent after
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The documents' secret: unguessable, so a download link needs no login (like the .ics).
    document_token: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MinutesEntry(Base):
    """The referat of one agenda item: notes, the decision, and the guests who came for it."""

    __tablename__ = "minutes_entries"
    __table_args__ = (
        UniqueConstraint("minutes_id", "number", name="uq_minutes_entries_minutes_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"))
    number: Mapped[int]  # the agenda's number
    title: Mapped[str] = mapped_column(String(300))
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"))  # None: a standing item
    notes: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(Text)  # beslutning
    guests: Mapped[str | None] = mapped_column(String(1000))  # "Heidi Madsen (Bakkehuset)"
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))


class Presence(Base):
    """Who actually came: a member present, absent or sending a substitute."""

    __tablename__ = "minutes_presence"
    __table_args__ = (
        UniqueConstraint("minutes_id", "member_id", name="uq_minutes_presence_minutes_member"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    substitute_name: Mapped[str | None] = mapped_column(String(200))
    # The member's name and organisation as approved, kept here when the member's own row is
    # erased: approved minutes are public records (arkivloven) and keep the names they had.
    name: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))


class MinutesEvent(Base):
    """One line of the minutes' log: approvals, comments, consent, corrections."""

    __tablename__ = "minutes_events"
    __table_args__ = (Index("ix_minutes_events_minutes_kind", "minutes_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"))
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_entries.id", ondelete="SET NULL"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    author_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)  # a correction: what was there
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a comment: settled
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A comment: who, on which card version, about what and what it says, hashed; the same
    # submission again (a double click, a retry by Teams) finds the row instead of a second one.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class PendingImport(Base):
    """Minutes read from a file or a paste, shown as a preview and waiting for the chair's or
    the secretary's *Importér*: the text stays here, never in the card, so a click can only
    import what its uploader sent. Taken (deleted) by the click that imports or cancels it."""

    __tablename__ = "pending_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    # The group it is for; None when the uploader leads several and picks one on the card.
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))  # the file's name; "" for pasted text
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
