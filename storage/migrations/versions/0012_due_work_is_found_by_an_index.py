"""due work is found by an index: meetings.cycle_due_at, tasks.chase_due_at, and the minutes'
consent deadline indexed

The ticks read only what is due instead of every meeting, task and minutes each minute. Rows
made before get their due moment here (storage.due_backfill, in batches, with the domain's
rules); a downgrade drops the columns and the indexes and keeps every row.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import storage.types
from meetings.due_moments import meeting_due, task_due
from storage.due_backfill import backfill_due_moments

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, no batch rebuild: the tables may be large.
    op.add_column("meetings", sa.Column("cycle_due_at", storage.types.UTCDateTime(),
                                        nullable=True))
    op.add_column("tasks", sa.Column("chase_due_at", storage.types.UTCDateTime(),
                                     nullable=True))
    op.create_index("ix_meetings_cycle_due", "meetings", ["cycle_due_at"])
    op.create_index("ix_tasks_chase_due", "tasks", ["chase_due_at"])
    op.create_index("ix_minutes_consent_due", "minutes", ["status", "approve_by"])
    backfill_due_moments(op.get_bind(), datetime.now(UTC), meeting_due, task_due)


def downgrade() -> None:
    op.drop_index("ix_minutes_consent_due", table_name="minutes")
    op.drop_index("ix_tasks_chase_due", table_name="tasks")
    op.drop_index("ix_meetings_cycle_due", table_name="meetings")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("chase_due_at")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("cycle_due_at")
