"""minutes lines know their item line: what the "#punkt" line above a line in its Teams message
named, hashed, so an edit that leaves it as it was keeps the line under its item though the
agenda was renumbered since; empty (unknown) for the lines remembered before

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("minutes_lines") as batch:
        batch.add_column(sa.Column("item_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("minutes_lines") as batch:
        batch.drop_column("item_hash")
