"""The tables of personal exports and of the audit of role changes."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table

from meetings.privacy.entities import PersonalExport, RoleChange
from storage.models.base import metadata, registry
from storage.types import UTCDateTime

personal_exports_table = Table(
    "personal_exports", metadata,
    Column("id", Integer, primary_key=True),
    Column("token", String(64), unique=True, nullable=False),
    Column("aad_object_id", String(64)),
    Column("teams_id", String(256), nullable=False),
    Column("language", String(8), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Index("ix_personal_exports_expires_at", "expires_at"),
)
registry.map_imperatively(PersonalExport, personal_exports_table)


role_changes_table = Table(
    "role_changes", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"),
           index=True, nullable=False),
    Column("actor_id", Integer, ForeignKey("members.id", ondelete="SET NULL"), index=True),
    Column("actor_name", String(200), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id", ondelete="SET NULL"), index=True),
    Column("member_name", String(200), nullable=False),
    Column("before_role", String(16)),
    Column("after_role", String(16), nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)
registry.map_imperatively(RoleChange, role_changes_table)
