"""groups remember their welcome

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:50:55.971840
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("welcomed_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
    # Groups that exist already were welcomed when they were created.
    op.execute("UPDATE groups SET welcomed_at = created_at")


def downgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_column("welcomed_at")
