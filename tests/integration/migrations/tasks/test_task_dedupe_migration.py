"""Migration 0011 on a database in use: tasks made before it stay, each of them, up and down;
from then on one question's key is one task."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

TASK = ("INSERT INTO tasks (group_id, meeting_id, title, owner_name, due_on, status, created_at, "
        "updated_at) VALUES (1, 1, 'Lotte ringer til Bakkehuset', 'Lotte', '2027-09-01', "
        "'open', :now, :now)")
ROWS = [
    *GROUP_AND_MEETING,
    TASK,
    TASK,  # a double click on the owner card before 0011: both stay, as they were made
]


def test_upgrading_keeps_every_task_made_before_without_a_key(database_url):
    upgrade(database_url, "0010")
    run(database_url, *ROWS)
    upgrade(database_url)
    [tasks] = run(database_url, "SELECT title, dedupe_key FROM tasks ORDER BY id")
    assert [tuple(t) for t in tasks] == [("Lotte ringer til Bakkehuset", None)] * 2


def test_after_upgrading_a_key_is_stored_once(database_url):
    # The rows as written before the groups had their own report secret (0025 gives one)
    upgrade(database_url, "0024")
    run(database_url, *ROWS[:-2])
    upgrade(database_url)
    keyed = TASK.replace("updated_at)", "updated_at, dedupe_key)").replace(
        ":now, :now)", ":now, :now, 'k')")
    run(database_url, keyed)
    with pytest.raises(IntegrityError):
        run(database_url, keyed)


def test_downgrading_past_0011_keeps_the_tasks(database_url):
    upgrade(database_url, "0010")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0010")
    [tasks] = run(database_url, "SELECT title FROM tasks")
    assert [tuple(t) for t in tasks] == [("Lotte ringer til Bakkehuset",)] * 2
