"""Migration 0020 on a database in use: minutes out for approval get the tasks they show now as
the tasks they were posted with (the cancelled left out, the owner by name, a task of an item
under its entry); drafts keep reading their tasks live and approved minutes keep theirs; up,
down and up."""

import json

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

ROWS = [
    *GROUP_AND_MEETING,
    *[f"INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
      f"calendar_token, sequence, created_at, updated_at) VALUES ({n}, 1, 'Netværk', :now, "
      f":now, false, 'planned', 'token{n}', 0, :now, :now)" for n in (2, 3)],
    "INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
    "VALUES (1, 1, '29:rie', 'Rie Nielsen', 'secretary', :now)",
    "INSERT INTO agenda_items (id, meeting_id, group_id, title, kind, minutes, links, status, "
    "created_at, updated_at) VALUES (7, 1, 1, 'Plejefamilier', 'drøftelse', 20, '[]', "
    "'accepted', :now, :now)",
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, created_at, "
    "updated_at) VALUES (1, 1, 1, 'posted', 'doc', :now, :now), "
    "(2, 2, 1, 'draft', 'doc2', :now, :now), (3, 3, 1, 'approved', 'doc3', :now, :now)",
    "UPDATE minutes SET approved_tasks = '[]' WHERE id = 3",
    "INSERT INTO minutes_entries (id, minutes_id, number, title, item_id, updated_at) VALUES "
    "(31, 1, 3, 'Kommune-runden', NULL, :now), (34, 1, 4, 'Plejefamilier', 7, :now)",
    "INSERT INTO tasks (id, group_id, meeting_id, item_id, minutes_entry_id, title, owner_id, "
    "owner_name, due_on, status, created_at, updated_at) VALUES "
    "(1, 1, 1, 7, NULL, 'Invitere Bakkehuset', 1, NULL, '2027-09-01', 'open', :now, :now), "
    "(2, 1, 1, NULL, 31, 'Samle input', NULL, 'Styregruppen', '2027-09-02', 'done', :now, :now), "
    "(3, 1, 1, NULL, NULL, 'Booke lokale', 1, NULL, '2027-09-03', 'cancelled', :now, :now), "
    "(4, 1, 2, NULL, NULL, 'Næste gang', 1, NULL, '2027-09-04', 'open', :now, :now), "
    "(5, 1, 3, NULL, NULL, 'Senere', 1, NULL, '2027-09-05', 'open', :now, :now)",
]
KEPT = "SELECT id, approved_tasks FROM minutes ORDER BY id"
AS_POSTED = [{"entry_id": 34, "owner": "Rie Nielsen", "title": "Invitere Bakkehuset",
              "due_on": "2027-09-01"},
             {"entry_id": 31, "owner": "Styregruppen", "title": "Samle input",
              "due_on": "2027-09-02"}]


def _kept(rows) -> list:
    return [(minutes_id, json.loads(kept) if isinstance(kept, str) else kept)
            for minutes_id, kept in rows]


def test_posted_minutes_get_the_tasks_they_show_now_and_the_others_stay(database_url):
    upgrade(database_url, "0019")
    run(database_url, *ROWS)
    upgrade(database_url)
    [rows] = run(database_url, KEPT)
    assert _kept(rows) == [(1, AS_POSTED), (2, None), (3, [])]


def test_downgrading_past_0020_and_up_again_keeps_the_minutes_and_tasks(database_url):
    upgrade(database_url, "0019")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0019")
    [rows, tasks] = run(database_url, KEPT, "SELECT count(*) FROM tasks")
    assert _kept(rows) == [(1, None), (2, None), (3, [])] and tasks[0][0] == 5
    upgrade(database_url)
    [rows] = run(database_url, KEPT)
    assert _kept(rows) == [(1, AS_POSTED), (2, None), (3, [])]
