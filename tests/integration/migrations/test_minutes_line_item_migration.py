"""Migration 0024 on a database in use: a minutes line's "#punkt" line is a new column, empty
for the lines remembered before it (an edit of theirs moves them as the "#punkt" line names an
item now); up, down, up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import run
from tests.integration.migrations.test_minutes_lines_migration import LINE, ROWS


def test_upgrading_adds_an_empty_item_line_and_keeps_the_lines(database_url):
    upgrade(database_url, "0023")
    run(database_url, *ROWS, LINE)
    upgrade(database_url)
    [before, _, after] = run(database_url, "SELECT kind, text_hash, item_hash FROM minutes_lines",
                             "UPDATE minutes_lines SET item_hash = 'cd34'",
                             "SELECT item_hash FROM minutes_lines")
    assert [tuple(row) for row in before] == [("decision", "ab12", None)]
    assert [tuple(row) for row in after] == [("cd34",)]


def test_downgrading_past_0024_and_up_again_keeps_the_lines(database_url):
    upgrade(database_url, "0023")
    run(database_url, *ROWS, LINE)
    upgrade(database_url)
    run(database_url, "UPDATE minutes_lines SET item_hash = 'cd34'")
    downgrade(database_url, "0023")
    upgrade(database_url)
    [lines] = run(database_url, "SELECT kind, text_hash, item_hash FROM minutes_lines")
    assert [tuple(row) for row in lines] == [("decision", "ab12", None)]
