"""handled activities: the messages and card clicks a replica handled, with a click's answer,
so that a delivery Teams sends again to another replica is answered as the first time

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handled_activities",
        sa.Column("conversation_id", sa.String(length=512), nullable=False),
        sa.Column("activity_id", sa.String(length=256), nullable=False),
        sa.Column("handled_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("body", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("conversation_id", "activity_id",
                                name=op.f("pk_handled_activities")),
    )
    op.create_index("ix_handled_activities_handled_at", "handled_activities", ["handled_at"])


def downgrade() -> None:
    op.drop_index("ix_handled_activities_handled_at", table_name="handled_activities")
    op.drop_table("handled_activities")
