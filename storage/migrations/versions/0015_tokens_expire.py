"""links expire and a person's data can be exported and erased: personal_exports, and the
names approved minutes keep when a member's row is erased (minutes_presence.name,
organisation)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "personal_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("aad_object_id", sa.String(length=64), nullable=True),
        sa.Column("teams_id", sa.String(length=256), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_exports")),
        sa.UniqueConstraint("token", name=op.f("uq_personal_exports_token")),
    )
    op.create_index("ix_personal_exports_expires_at", "personal_exports", ["expires_at"])
    with op.batch_alter_table("minutes_presence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("organisation", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("minutes_presence", schema=None) as batch_op:
        batch_op.drop_column("organisation")
        batch_op.drop_column("name")
    op.drop_index("ix_personal_exports_expires_at", table_name="personal_exports")
    op.drop_table("personal_exports")
