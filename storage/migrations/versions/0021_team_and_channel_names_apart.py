"""team and channel names apart: groups.team_name and groups.channel_name, so a rename in Teams
(which names only the new team or channel) replaces the right part of "Team – Channel"

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 07:30:00
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEPARATOR = " – "  # as meetings.groups.team joins the two names
GROUPS = sa.table("groups", sa.column("id", sa.Integer()),
                  sa.column("team_name", sa.String()), sa.column("channel_name", sa.String()))


def upgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team_name", sa.String(length=256), nullable=True))
        batch_op.add_column(sa.Column("channel_name", sa.String(length=256), nullable=True))
    connection = op.get_bind()
    teams: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for group_id, conversation_id, team_id, name in connection.execute(sa.text(
            "SELECT id, conversation_id, team_id, name FROM groups "
            "WHERE team_id IS NOT NULL AND kind = 'channel' ORDER BY id")):
        teams[team_id].append((group_id, conversation_id == team_id, name))
    for groups in teams.values():
        for group_id, (team, channel) in _split(groups).items():
            connection.execute(GROUPS.update().where(GROUPS.c.id == group_id).values(
                team_name=team, channel_name=channel))


def _split(groups: list[tuple[int, bool, str]]) -> dict[int, tuple[str, str | None]]:
    """The team's and the channel's name of each of one team's groups, where the stored names
    tell: the General channel's is the team's alone; else the team's name is what every other
    channel's name begins with (when there are two or more), or the part before the one dash.
    A group whose name cannot be told is left out (the bot splits it at its last dash)."""
    found: dict[int, tuple[str, str | None]] = {}
    general = next((name for _, is_general, name in groups if is_general and name), None)
    channels = [(group_id, name) for group_id, is_general, name in groups if not is_general]
    for group_id, is_general, name in groups:
        if is_general and name:
            found[group_id] = (name, None)
    team = general or (_shared_start([name for _, name in channels]) if len(channels) > 1
                       else None)
    for group_id, name in channels:
        if team and name.startswith(team + SEPARATOR):
            found[group_id] = (team, name[len(team + SEPARATOR):])
        elif name.count(SEPARATOR) == 1:
            found[group_id] = tuple(name.split(SEPARATOR))
    return found


def _shared_start(names: list[str]) -> str | None:
    """The dash-separated parts every name begins with, if each has a part after them."""
    split = [name.split(SEPARATOR) for name in names]
    shared = 0
    while all(len(parts) > shared + 1 for parts in split) \
            and len({parts[shared] for parts in split}) == 1:
        shared += 1
    return SEPARATOR.join(split[0][:shared]) if shared else None


def downgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_column("channel_name")
        batch_op.drop_column("team_name")
