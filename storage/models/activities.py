"""The messages and card clicks a replica handled, so that another replica given the same
delivery again by Teams answers it as the first time (PostgreSQL, several replicas)."""

from sqlalchemy import JSON, Column, Index, Integer, String, Table

from storage.models.base import metadata
from storage.types import UTCDateTime

handled_activities_table = Table(
    "handled_activities", metadata,
    Column("conversation_id", String(512), primary_key=True),
    Column("activity_id", String(256), primary_key=True),
    Column("handled_at", UTCDateTime(), nullable=False),
    Column("status", Integer),  # an invoke's answer once given; NULL while being handled
    Column("body", JSON(none_as_null=True)),
    Index("ix_handled_activities_handled_at", "handled_at"),
)
