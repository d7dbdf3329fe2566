"""Migration 0018 on a database in use: approved minutes get the tasks they print now as the
tasks they were approved with (the cancelled left out, the owner by name, a task of an item under
its entry); minutes not yet approved keep reading their tasks live; an approval given before it
counts for the minutes as they are now (their version); up, down and up."""

import json

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

ROWS = [
    *GROUP_AND_MEETING,
    "INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
    "calendar_token, sequence, created_at, updated_at) VALUES (2, 1, 'Netværk', :now, :now, "
    "false, 'planned', 'token2', 0, :now, :now)",
    "INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
    "VALUES (1, 1, '29:rie', 'Rie Nielsen', 'secretary', :now)",
    "INSERT INTO agenda_items (id, meeting_id, group_id, title, kind, minutes, links, status, "
    "created_at, updated_at) VALUES (7, 1, 1, 'Plejefamilier', 'drøftelse', 20, '[]', "
    "'accepted', :now, :now)",
    "INSERT INTO minutes (id, meeting_id, group_id, status, document_token, created_at, "
    "updated_at) VALUES (1, 1, 1, 'approved', 'doc', :now, :now), "
    "(2, 2, 1, 'posted', 'doc2', :now, :now)",
    "INSERT INTO minutes_entries (id, minutes_id, number, title, item_id, updated_at) VALUES "
    "(31, 1, 3, 'Kommune-runden', NULL, :now), (34, 1, 4, 'Plejefamilier', 7, :now)",
    "INSERT INTO tasks (id, group_id, meeting_id, item_id, minutes_entry_id, title, owner_id, "
    "owner_name, due_on, status, created_at, updated_at) VALUES "
    "(1, 1, 1, 7, NULL, 'Invitere Bakkehuset', 1, NULL, '2027-09-01', 'open', :now, :now), "
    "(2, 1, 1, NULL, 31, 'Samle input', NULL, 'Styregruppen', '2027-09-02', 'done', :now, :now), "
    "(3, 1, 1, NULL, NULL, 'Booke lokale', 1, NULL, '2027-09-03', 'cancelled', :now, :now), "
    "(4, 1, 2, NULL, NULL, 'Næste gang', 1, NULL, '2027-09-04', 'open', :now, :now)",
    "UPDATE minutes SET version = 3 WHERE id = 2",
    "INSERT INTO minutes_events (id, minutes_id, member_id, kind, created_at) VALUES "
    "(1, 2, 1, 'posted', :now), (2, 2, 1, 'approved', :now)",
]
APPROVED_TASKS = "SELECT id, approved_tasks FROM minutes ORDER BY id"


def _kept(rows) -> list:
    return [(minutes_id, json.loads(kept) if isinstance(kept, str) else kept)
            for minutes_id, kept in rows]


def test_approved_minutes_get_the_tasks_they_print_now_and_others_none(database_url):
    upgrade(database_url, "0017")
    run(database_url, *ROWS)
    upgrade(database_url, "0018")
    [rows] = run(database_url, APPROVED_TASKS)
    assert _kept(rows) == [
        (1, [{"entry_id": 34, "owner": "Rie Nielsen", "title": "Invitere Bakkehuset",
              "due_on": "2027-09-01"},
             {"entry_id": 31, "owner": "Styregruppen", "title": "Samle input",
              "due_on": "2027-09-02"}]),
        (2, None)]
    [events] = run(database_url, "SELECT id, version FROM minutes_events ORDER BY id")
    assert [tuple(e) for e in events] == [(1, None), (2, 3)]


def test_downgrading_past_0018_and_up_again_keeps_the_minutes_and_tasks(database_url):
    upgrade(database_url, "0017")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0017")
    [minutes, tasks] = run(database_url, "SELECT id, status FROM minutes ORDER BY id",
                           "SELECT count(*) FROM tasks")
    assert [tuple(m) for m in minutes] == [(1, "approved"), (2, "posted")] and tasks[0][0] == 4
    upgrade(database_url, "0018")
    [rows] = run(database_url, APPROVED_TASKS)
    assert [len(kept or []) for _, kept in _kept(rows)] == [2, 0]
