"""A person's export: the short-lived link to everything stored about them."""

from datetime import datetime

from sqlalchemy import Index, String
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
