"""tasks know the minutes entry they were taken under

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minutes_entry_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_minutes_entry_id_minutes_entries"),
            "minutes_entries",
            ["minutes_entry_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # A task of an agenda item belongs to that item's entry in its meeting's minutes. Tasks
    # taken under a standing item kept no trace of it, and stay among the other tasks.
    op.execute(
        "UPDATE tasks SET minutes_entry_id = ("
        " SELECT MIN(minutes_entries.id) FROM minutes_entries"
        " JOIN minutes ON minutes.id = minutes_entries.minutes_id"
        " WHERE minutes.meeting_id = tasks.meeting_id"
        " AND minutes_entries.item_id = tasks.item_id)"
        " WHERE tasks.item_id IS NOT NULL AND tasks.meeting_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_tasks_minutes_entry_id_minutes_entries"), type_="foreignkey"
        )
        batch_op.drop_column("minutes_entry_id")
