"""Migration 0003 on a database in use: meetings and their messages survive, up and down."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

ROWS = [
    *GROUP_AND_MEETING,
    "INSERT INTO outbox (dedupe_key, kind, payload, group_id, meeting_id, conversation_id, "
    "due_at, status, attempts, next_attempt_at, created_at) VALUES ('k', 'meeting_reminder', "
    "'{}', 1, 1, '19:g', :now, 'pending', 0, :now, :now)",
]


def test_upgrading_keeps_meetings_and_their_messages_and_starts_their_cycle_empty(database_url):
    upgrade(database_url, "0002")
    run(database_url, *ROWS)
    upgrade(database_url)
    meetings, outbox = run(
        database_url,
        "SELECT agenda_version, call_sent_at, agenda_cycle_skipped FROM meetings",
        "SELECT dedupe_key FROM outbox")
    assert meetings == [(0, None, None)]
    assert outbox == [("k",)]  # rebuilding the table on SQLite must not cascade to the outbox


def test_downgrading_past_0003_keeps_the_meetings(database_url):
    upgrade(database_url, "0002")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0002")
    [meetings, outbox] = run(database_url, "SELECT id FROM meetings", "SELECT id FROM outbox")
    assert len(meetings) == 1 and len(outbox) == 1
