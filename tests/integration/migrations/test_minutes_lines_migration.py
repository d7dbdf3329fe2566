"""Migration 0019 on a database in use: the minutes lines are a new table, a captured line
remembered by its Teams message once per position; the minutes and entries made before it
stay; up, down and up."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

ROWS = [
    *GROUP_AND_MEETING,
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, version, "
    "created_at, updated_at) VALUES (1, 1, 1, 'draft', 'token', 0, :now, :now)",
    "INSERT INTO minutes_entries (id, minutes_id, number, title, decision, updated_at) "
    "VALUES (1, 1, 4, 'Plejefamilier', 'Netværket styrker ordningen', :now)",
]
LINE = ("INSERT INTO minutes_lines (minutes_id, entry_id, message_id, position, kind, "
        "text_hash, created_at) VALUES (1, 1, '1770283800000', 0, 'decision', 'ab12', :now)")


def test_upgrading_adds_the_lines_and_keeps_the_minutes(database_url):
    upgrade(database_url, "0018")
    run(database_url, *ROWS)
    upgrade(database_url)
    [_, lines, entries] = run(database_url, LINE,
                              "SELECT message_id, position, kind, task_id FROM minutes_lines",
                              "SELECT decision FROM minutes_entries")
    assert [tuple(row) for row in lines] == [("1770283800000", 0, "decision", None)]
    assert [tuple(row) for row in entries] == [("Netværket styrker ordningen",)]
    with pytest.raises(IntegrityError):
        run(database_url, LINE)  # one row per line of a message


def test_downgrading_past_0019_and_up_again_keeps_the_minutes(database_url):
    upgrade(database_url, "0018")
    run(database_url, *ROWS)
    upgrade(database_url)
    run(database_url, LINE)
    downgrade(database_url, "0018")
    upgrade(database_url)
    [entries, lines] = run(database_url, "SELECT decision FROM minutes_entries",
                           "SELECT count(*) FROM minutes_lines")
    assert [tuple(row) for row in entries] == [("Netværket styrker ordningen",)]
    assert lines[0][0] == 0  # the lines went with the table
