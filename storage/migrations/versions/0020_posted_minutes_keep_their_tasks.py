"""posted minutes keep their tasks: minutes out for approval get the task lines they show now
in minutes.approved_tasks, so a task's new due date or owner after posting no longer changes
what the group approves

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MINUTES = sa.table("minutes", sa.column("id", sa.Integer()),
                   sa.column("approved_tasks", sa.JSON()))


def upgrade() -> None:
    connection = op.get_bind()
    posted = connection.execute(sa.text(
        "SELECT id, meeting_id FROM minutes WHERE status = 'posted' "
        "AND approved_tasks IS NULL")).all()
    for minutes_id, meeting_id in posted:
        connection.execute(MINUTES.update().where(MINUTES.c.id == minutes_id).values(
            approved_tasks=_task_lines(connection, minutes_id, meeting_id)))


def _task_lines(connection, minutes_id: int, meeting_id: int) -> list[dict]:
    """As the posted minutes printed them until now (as 0018 copied them for approved ones):
    the meeting's tasks not cancelled, each under its entry (or its agenda item's), owner by the
    member's name or as written."""
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
    """Posted minutes read their tasks live again, as before it."""
    op.execute("UPDATE minutes SET approved_tasks = NULL WHERE status = 'posted'")
