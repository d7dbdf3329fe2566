"""a group's learnt phrasings: learnt_phrasings, the question a member chose for a message the
bot was unsure of

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "learnt_phrasings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("phrasing", sa.String(length=500), nullable=False),
        sa.Column("intent", sa.String(length=32), nullable=False),
        sa.Column("learnt_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"],
                                name=op.f("fk_learnt_phrasings_group_id_groups"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_learnt_phrasings_member_id_members"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learnt_phrasings")),
        sa.UniqueConstraint("group_id", "phrasing", name=op.f("uq_learnt_phrasings_group_id")),
    )
    op.create_index(op.f("ix_learnt_phrasings_member_id"), "learnt_phrasings", ["member_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_learnt_phrasings_member_id"), table_name="learnt_phrasings")
    op.drop_table("learnt_phrasings")
