"""The phrasings a group taught the bot: a message it was unsure of, and the question a member
chose on its "Mente du …?" card."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String, Table, UniqueConstraint

from meetings.common.entities import Entity
from storage.models.base import metadata, registry
from storage.types import UTCDateTime


class LearntPhrasing(Entity):
    """One phrasing per group, as the classifier's vocabulary reads it (the words it does not
    know, names among them, are left out), and the question it was last chosen as, by whom."""

    id: int
    group_id: int
    member_id: int | None
    phrasing: str
    intent: str
    learnt_at: datetime


learnt_phrasings_table = Table(
    "learnt_phrasings", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="SET NULL"), index=True),
    Column("phrasing", String(500), nullable=False),
    Column("intent", String(32), nullable=False),
    Column("learnt_at", UTCDateTime(), nullable=False),
    UniqueConstraint("group_id", "phrasing"),
)
registry.map_imperatively(LearntPhrasing, learnt_phrasings_table)
