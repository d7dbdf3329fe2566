"""Migration 0009 on a database in use: comments made before it stay, each of them, up and
down; from then on the same comment twice is one row."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

COMMENT = (
    "INSERT INTO minutes_events (minutes_id, member_id, author_name, kind, text, created_at) "
    "VALUES (1, 1, 'Daniel Gottrup', 'comment', 'Datoen mangler', :now)")
ROWS = [
    *GROUP_AND_MEETING,
    "INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
    "VALUES (1, 1, '29:daniel', 'Daniel Gottrup', 'member', :now)",
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, version, "
    "created_at, updated_at) VALUES (1, 1, 1, 'posted', 'token', 1, :now, :now)",
    COMMENT,
    COMMENT,  # stored twice before 0009: both stay, to be settled as before
]


def test_upgrading_keeps_every_comment_made_before_without_a_key(database_url):
    upgrade(database_url, "0008")
    run(database_url, *ROWS)
    upgrade(database_url)
    [comments] = run(database_url, "SELECT text, dedupe_key FROM minutes_events ORDER BY id")
    assert comments == [("Datoen mangler", None), ("Datoen mangler", None)]


def test_after_upgrading_a_key_is_stored_once(database_url):
    # The rows as written before the groups had their own report secret (0025 gives one)
    upgrade(database_url, "0024")
    run(database_url, *ROWS[:-2])
    upgrade(database_url)
    keyed = COMMENT.replace("created_at)", "created_at, dedupe_key)").replace(
        ":now)", ":now, 'k')")
    run(database_url, keyed)
    with pytest.raises(IntegrityError):
        run(database_url, keyed)


def test_downgrading_past_0009_keeps_the_comments(database_url):
    upgrade(database_url, "0008")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0008")
    [comments] = run(database_url, "SELECT text FROM minutes_events")
    assert comments == [("Datoen mangler",), ("Datoen mangler",)]
