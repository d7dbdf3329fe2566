"""Migration 0026 on a database in use: until it, the importer chose every imported task's due
date, so those tasks get due_by_import unless somebody set a due date since (a "due" note);
a task made in the bot does not. The task lines imported minutes keep say which are imported
with a chosen date; a line added later, and minutes not imported, are left as they were. Down
takes the marks off the lines again; up, down, up."""

import json

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

LINES = [{"entry_id": 4, "owner": "Rie Nielsen", "title": "Rie undersøger om tilsynet.",
          "due_on": "2023-10-29"},
         {"entry_id": 4, "owner": "Rie Nielsen", "title": "Ringe til Bakkehuset",
          "due_on": "2027-06-10"}]  # added through the approved minutes, in the bot
ROWS = [
    GROUP_AND_MEETING[0].replace("language, created_at)", "language, created_at, report_token)")
    .replace("'da', :now)", "'da', :now, 'secret')"),
    *GROUP_AND_MEETING[1:],
    "UPDATE meetings SET import_key = 'hash', status = 'held' WHERE id = 1",
    "INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
    "calendar_token, sequence, created_at, updated_at) VALUES (2, 1, 'Netværk', :now, :now, "
    "false, 'held', 'token2', 0, :now, :now)",
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, created_at, "
    f"updated_at, approved_tasks) VALUES (1, 1, 1, 'approved', 'doc', :now, :now, "
    f"'{json.dumps(LINES)}'), (2, 2, 1, 'approved', 'doc2', :now, :now, "
    f"'{json.dumps(LINES[:1])}')",
    "INSERT INTO minutes_entries (id, minutes_id, number, title, updated_at) VALUES "
    "(4, 1, 4, 'Input', :now)",
    "INSERT INTO tasks (id, group_id, meeting_id, minutes_entry_id, title, owner_name, due_on, "
    "status, created_at, updated_at, imported_at) VALUES "
    "(1, 1, 1, 4, 'Rie undersøger om tilsynet.', 'Rie', '2023-10-29', 'open', :now, :now, :now),"
    "(2, 1, 1, 4, 'Povl melder tilbage.', 'Povl', '2027-07-01', 'open', :now, :now, :now),"
    "(3, 1, 1, 4, 'Ringe til Bakkehuset', 'Rie', '2027-06-10', 'open', :now, :now, NULL)",
    "INSERT INTO task_notes (task_id, kind, text, created_at) VALUES "
    "(2, 'due', '2027-07-01', :now)",
]
FLAGS = "SELECT id, due_by_import FROM tasks ORDER BY id"
KEPT = "SELECT id, approved_tasks FROM minutes ORDER BY id"


def _kept(rows) -> list:
    return [json.loads(kept) if isinstance(kept, str) else kept for _, kept in rows]


def test_imported_tasks_whose_date_nobody_set_are_marked_chosen_and_so_are_their_lines(
        database_url):
    upgrade(database_url, "0025")
    run(database_url, *ROWS)
    upgrade(database_url)
    [flags, kept] = run(database_url, FLAGS, KEPT)
    assert [tuple(row) for row in flags] == [(1, True), (2, False), (3, False)]
    assert _kept(kept) == [[{**LINES[0], "imported": True, "due_by_import": True}, LINES[1]],
                           LINES[:1]]


def test_downgrading_past_0026_and_up_again_keeps_tasks_and_lines(database_url):
    upgrade(database_url, "0025")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0025")
    [tasks, kept] = run(database_url, "SELECT count(*) FROM tasks", KEPT)
    assert tasks[0][0] == 3 and _kept(kept) == [LINES, LINES[:1]]
    upgrade(database_url)
    [flags] = run(database_url, FLAGS)
    assert [row[1] for row in flags] == [True, False, False]
