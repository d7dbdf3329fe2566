"""role changes are kept: role_changes, who gave whom which role, from what, and when

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "role_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("member_name", sa.String(length=200), nullable=False),
        sa.Column("before_role", sa.String(length=16), nullable=True),
        sa.Column("after_role", sa.String(length=16), nullable=False),
        sa.Column("changed_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"],
                                name=op.f("fk_role_changes_group_id_groups"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["members.id"],
                                name=op.f("fk_role_changes_actor_id_members"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_role_changes_member_id_members"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_changes")),
    )
    for column in ("group_id", "actor_id", "member_id"):
        op.create_index(op.f(f"ix_role_changes_{column}"), "role_changes", [column])


def downgrade() -> None:
    for column in ("member_id", "actor_id", "group_id"):
        op.drop_index(op.f(f"ix_role_changes_{column}"), table_name="role_changes")
    op.drop_table("role_changes")
