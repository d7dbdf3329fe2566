"""The group's year: the annual report's free-text sections, per group and year."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.groups import Base
from storage.types import UTCDateTime


class AnnualTexts(Base):
    """What the secretary writes for the annual report: the group's purpose and the points
    for the steering group's attention. The rest of the report comes from the data."""

    __tablename__ = "annual_texts"
    __table_args__ = (UniqueConstraint("group_id", "year", name="uq_annual_texts_group_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    year: Mapped[int]
    purpose: Mapped[str | None] = mapped_column(Text)
    attention: Mapped[str | None] = mapped_column(Text)  # points for the steering group
    # The report's download secret, like the calendar's and the minutes' links.
    document_token: Mapped[str] = mapped_column(String(64), unique=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))
