"""A person's export (the short-lived link to everything stored about them), and the audit
of role changes."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.groups import Base
from storage.types import UTCDateTime


class PersonalExport(Base):
    """Who asked (their Entra object id, else their Teams id) and until when the link opens.
    The export itself is read when the link is opened, so it holds what is stored then."""

    __tablename__ = "personal_exports"
    __table_args__ = (Index("ix_personal_exports_expires_at", "expires_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    aad_object_id: Mapped[str | None] = mapped_column(String(64))
    teams_id: Mapped[str] = mapped_column(String(256))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RoleChange(Base):
    """Who gave whom which role, from what, and when: written in the transaction of the change.
    The names are kept as they were, so the trail reads without the member rows; an erasure
    writes "Tidligere medlem" over the erased person's."""

    __tablename__ = "role_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True)
    member_name: Mapped[str] = mapped_column(String(200))
    before_role: Mapped[str | None] = mapped_column(String(16))
    after_role: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
