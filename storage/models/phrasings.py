"""The phrasings a group taught the bot: a message it was unsure of, and the question a member
chose on its "Mente du …?" card."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.groups import Base
from storage.types import UTCDateTime


class LearntPhrasing(Base):
    """One phrasing per group, as the classifier's vocabulary reads it (the words it does not
    know, names among them, are left out), and the question it was last chosen as, by whom."""

    __tablename__ = "learnt_phrasings"
    __table_args__ = (UniqueConstraint("group_id", "phrasing"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True)
    phrasing: Mapped[str] = mapped_column(String(500))
    intent: Mapped[str] = mapped_column(String(32))
    learnt_at: Mapped[datetime] = mapped_column(UTCDateTime())
