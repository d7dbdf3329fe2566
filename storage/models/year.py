"""The group's year: the annual report's free-text sections, per group and year."""

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint

from meetings.reports.entities import AnnualTexts
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

annual_texts_table = Table(
    "annual_texts", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("purpose", Text),
    Column("attention", Text),
    # Signed the report's links before the group's report_token did (migration 0025): kept
    # for the links handed out before, empty on rows made since.
    Column("document_token", String(64), unique=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(64)),
    UniqueConstraint("group_id", "year", name="uq_annual_texts_group_year"),
)
registry.map_imperatively(AnnualTexts, annual_texts_table)
