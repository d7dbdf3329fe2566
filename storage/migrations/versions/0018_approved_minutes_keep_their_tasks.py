"""approved minutes keep their tasks: minutes.approved_tasks, the task lines as approved; minutes
approved before it get the tasks as they are now. An approval knows the version it approved:
minutes_events.version, the minutes' version now for approvals given before it

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 04:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MINUTES = sa.table("minutes", sa.column("id", sa.Integer()),
                   sa.column("approved_tasks", sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_tasks", sa.JSON(), nullable=True))
    with op.batch_alter_table("minutes_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=True))
    op.execute("UPDATE minutes_events SET version = (SELECT minutes.version FROM minutes "
               "WHERE minutes.id = minutes_events.minutes_id) WHERE kind = 'approved'")
    connection = op.get_bind()
    approved = connection.execute(sa.text(
        "SELECT id, meeting_id FROM minutes WHERE status = 'approved'")).all()
    for minutes_id, meeting_id in approved:
        connection.execute(MINUTES.update().where(MINUTES.c.id == minutes_id).values(
            approved_tasks=_task_lines(connection, minutes_id, meeting_id)))


def _task_lines(connection, minutes_id: int, meeting_id: int) -> list[dict]:
    """As the referat printed them until now: the meeting's tasks not cancelled, each under its
    entry (or its agenda item's), owner by the member's name or as written."""
    entries = connection.execute(sa.text(
        "SELECT id, item_id FROM minutes_entries WHERE minutes_id = :m"), {"m": minutes_id}).all()
    ids = {entry_id for entry_id, _ in entries}
    by_item = {item_id: entry_id for entry_id, item_id in entries if item_id is not None}
    tasks = connection.execute(sa.text(
        "SELECT tasks.minutes_entry_id, tasks.item_id, tasks.title, tasks.due_on, "
        "tasks.owner_name, members.name FROM tasks "
        "LEFT JOIN members ON members.id = tasks.owner_id "
        "WHERE tasks.meeting_id = :m AND tasks.status != 'cancelled' ORDER BY tasks.id"),
        {"m": meeting_id}).all()
    return [{"entry_id": entry_id if entry_id in ids else by_item.get(item_id),
             "owner": member_name or owner_name or "", "title": title,
             "due_on": str(due_on)[:10]}
            for entry_id, item_id, title, due_on, owner_name, member_name in tasks]


def downgrade() -> None:
    with op.batch_alter_table("minutes_events", schema=None) as batch_op:
        batch_op.drop_column("version")
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_column("approved_tasks")
