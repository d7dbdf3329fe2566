"""Migration 0010 on a database in use: a task of an agenda item finds the item's entry in its
meeting's minutes; a task that named no item stays apart; down and up again."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

ROWS = [
    *GROUP_AND_MEETING,
    "INSERT INTO agenda_items (id, meeting_id, group_id, title, kind, minutes, links, status, "
    "created_at, updated_at) VALUES (7, 1, 1, 'Plejefamilier', 'drøftelse', 20, '[]', "
    "'accepted', :now, :now)",
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, created_at, "
    "updated_at) VALUES (1, 1, 1, 'draft', 'doc', :now, :now)",
    "INSERT INTO minutes_entries (id, minutes_id, number, title, item_id, updated_at) VALUES "
    "(31, 1, 3, 'Kommune-runden', NULL, :now), (34, 1, 4, 'Plejefamilier', 7, :now)",
    "INSERT INTO tasks (id, group_id, meeting_id, item_id, title, due_on, status, created_at, "
    "updated_at) VALUES (1, 1, 1, 7, 'Invitere Bakkehuset', '2027-09-01', 'open', :now, :now), "
    "(2, 1, 1, NULL, 'Booke lokale', '2027-09-01', 'open', :now, :now)",
]
TASK_ENTRIES = "SELECT id, minutes_entry_id FROM tasks ORDER BY id"


def test_a_task_of_an_agenda_item_finds_its_entry_and_the_rest_stay_apart(database_url):
    upgrade(database_url, "0009")
    run(database_url, *ROWS)
    upgrade(database_url)
    [tasks] = run(database_url, TASK_ENTRIES)
    assert [tuple(row) for row in tasks] == [(1, 34), (2, None)]
    downgrade(database_url, "0009")
    upgrade(database_url)
    [tasks] = run(database_url, TASK_ENTRIES)
    assert [tuple(row) for row in tasks] == [(1, 34), (2, None)]
