"""the group signs its report links: groups.report_token, so reading the annual report no
longer makes the year's annual_texts row for its download secret (a read that wrote);
annual_texts.document_token is kept, now optional, for the links signed with it before

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 22:40:00
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = sa.table("groups", sa.column("id", sa.Integer()),
                  sa.column("report_token", sa.String()))
TEXTS = sa.table("annual_texts", sa.column("id", sa.Integer()),
                 sa.column("document_token", sa.String()))


def upgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_token", sa.String(length=64), nullable=True))
    _fill(GROUPS, GROUPS.c.report_token)
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.alter_column("report_token", existing_type=sa.String(length=64),
                              nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_groups_report_token"),
                                          ["report_token"])
    with op.batch_alter_table("annual_texts", schema=None) as batch_op:
        batch_op.alter_column("document_token", existing_type=sa.String(length=64),
                              nullable=True)


def downgrade() -> None:
    # Rows made since have no secret of their own: given one, as the code before 0025 made them.
    _fill(TEXTS, TEXTS.c.document_token)
    with op.batch_alter_table("annual_texts", schema=None) as batch_op:
        batch_op.alter_column("document_token", existing_type=sa.String(length=64),
                              nullable=False)
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_groups_report_token"), type_="unique")
        batch_op.drop_column("report_token")


def _fill(table: sa.TableClause, column: sa.ColumnClause) -> None:
    """A new random secret for each row that has none."""
    connection = op.get_bind()
    empty = connection.execute(sa.select(table.c.id).where(column.is_(None))).scalars().all()
    for row_id in empty:
        connection.execute(table.update().where(table.c.id == row_id)
                           .values({column.name: secrets.token_urlsafe(24)}))
