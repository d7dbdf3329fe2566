"""Migration 0022 on a database in use: the handled activities are a new table, one row per
(conversation id, activity id); the groups made before it stay; up, down and up."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

HANDLED = ("INSERT INTO handled_activities (conversation_id, activity_id, handled_at, status) "
           "VALUES ('19:g', 'f:click-1', :now, 200)")


def test_upgrading_adds_the_handled_activities_and_keeps_the_groups(database_url):
    upgrade(database_url, "0021")
    run(database_url, *GROUP_AND_MEETING)
    upgrade(database_url)
    [_, handled, groups] = run(
        database_url, HANDLED,
        "SELECT conversation_id, activity_id, status, body FROM handled_activities",
        "SELECT name FROM groups")
    assert [tuple(row) for row in handled] == [("19:g", "f:click-1", 200, None)]
    assert [tuple(row) for row in groups] == [("Netværk",)]
    with pytest.raises(IntegrityError):
        run(database_url, HANDLED)  # one row per delivery, whichever replica writes it


def test_downgrading_past_0022_and_up_again_keeps_the_groups(database_url):
    upgrade(database_url, "0021")
    run(database_url, *GROUP_AND_MEETING)
    upgrade(database_url)
    run(database_url, HANDLED)
    downgrade(database_url, "0021")
    upgrade(database_url)
    [groups, handled] = run(database_url, "SELECT name FROM groups",
                            "SELECT count(*) FROM handled_activities")
    assert [tuple(row) for row in groups] == [("Netværk",)]
    assert handled[0][0] == 0
