"""a due date the import chose: tasks.due_by_import, true where the importer picked the due date
because the minutes set none. Until now it always picked one, so every imported task whose due
date nobody has set since (no "due" note) gets it; and the task lines imported minutes keep
(`minutes.approved_tasks`, copied at the import) say which of them are imported and had their
date chosen, so the referat stops printing a deadline the minutes never set

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MINUTES = sa.table("minutes", sa.column("id", sa.Integer()),
                   sa.column("meeting_id", sa.Integer()), sa.column("approved_tasks", sa.JSON()))
MEETINGS = sa.table("meetings", sa.column("id", sa.Integer()), sa.column("import_key", sa.String()))
TASKS = sa.table("tasks", sa.column("meeting_id", sa.Integer()), sa.column("title", sa.String()),
                 sa.column("minutes_entry_id", sa.Integer()),
                 sa.column("imported_at", sa.DateTime()))
FLAGS = ("imported", "due_by_import")


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_by_import", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.execute("UPDATE tasks SET due_by_import = true WHERE imported_at IS NOT NULL AND NOT "
               "EXISTS (SELECT 1 FROM task_notes WHERE task_notes.task_id = tasks.id "
               "AND task_notes.kind = 'due')")
    connection = op.get_bind()
    imported = connection.execute(
        sa.select(MINUTES.c.id, MINUTES.c.meeting_id, MINUTES.c.approved_tasks)
        .join(MEETINGS, MEETINGS.c.id == MINUTES.c.meeting_id)
        .where(MEETINGS.c.import_key.is_not(None), MINUTES.c.approved_tasks.is_not(None))).all()
    for minutes_id, meeting_id, lines in imported:
        found = {(entry_id, title) for entry_id, title in connection.execute(
            sa.select(TASKS.c.minutes_entry_id, TASKS.c.title).where(
                TASKS.c.meeting_id == meeting_id, TASKS.c.imported_at.is_not(None)))}
        marked = [{**line, **dict.fromkeys(FLAGS, True)}
                  if (line.get("entry_id"), line.get("title")) in found else line
                  for line in lines or []]
        if marked != lines:
            _write(connection, minutes_id, marked)


def downgrade() -> None:
    connection = op.get_bind()
    kept = connection.execute(sa.select(MINUTES.c.id, MINUTES.c.approved_tasks)
                              .where(MINUTES.c.approved_tasks.is_not(None))).all()
    for minutes_id, lines in kept:
        plain = [{key: value for key, value in line.items() if key not in FLAGS}
                 for line in lines or []]
        if plain != lines:
            _write(connection, minutes_id, plain)
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("due_by_import")


def _write(connection, minutes_id: int, lines: list[dict]) -> None:
    connection.execute(MINUTES.update().where(MINUTES.c.id == minutes_id)
                       .values(approved_tasks=lines))
