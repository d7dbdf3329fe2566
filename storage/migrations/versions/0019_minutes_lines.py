"""minutes lines: what each line of a Teams message wrote into the minutes, by the message's
id, so an edit or a deletion in Teams is followed

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 04:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "minutes_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=128), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["minutes_id"], ["minutes.id"],
                                name=op.f("fk_minutes_lines_minutes_id_minutes"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entry_id"], ["minutes_entries.id"],
                                name=op.f("fk_minutes_lines_entry_id_minutes_entries"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"],
                                name=op.f("fk_minutes_lines_task_id_tasks"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_lines")),
        sa.UniqueConstraint("minutes_id", "message_id", "position",
                            name="uq_minutes_lines_minutes_message_position"),
    )


def downgrade() -> None:
    op.drop_table("minutes_lines")
