"""members who leave, and groups the bot was removed from: members.left_at, groups'
bot_removed_at, erase_at, erasure_warned_at and retention_months

A member who left stays (for the minutes and the report) but is no longer messaged or counted
absent. A group the bot was removed from is kept for its retention period, then erased by a
tick that finds it by the indexed erase_at.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str) -> sa.Column:
    return sa.Column(name, storage.types.UTCDateTime(timezone=True), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(_moment("left_at"))
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(_moment("bot_removed_at"))
        batch_op.add_column(_moment("erase_at"))
        batch_op.add_column(_moment("erasure_warned_at"))
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), nullable=False,
                                      server_default="12"))
        batch_op.create_index(batch_op.f("ix_groups_erase_at"), ["erase_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_groups_erase_at"))
        batch_op.drop_column("retention_months")
        batch_op.drop_column("erasure_warned_at")
        batch_op.drop_column("erase_at")
        batch_op.drop_column("bot_removed_at")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("left_at")
