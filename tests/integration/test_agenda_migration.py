"""Migration 0003 on a database in use: meetings and their messages survive, up and down."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import bindparam, text

from storage.database import create_engine
from storage.migrate import downgrade, upgrade
from storage.types import UTCDateTime

NOW = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)
ROWS = [
    "INSERT INTO groups (id, conversation_id, kind, name, time_zone, language, created_at) "
    "VALUES (1, '19:g', 'channel', 'Netværk', 'Europe/Copenhagen', 'da', :now)",
    "INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
    "calendar_token, sequence, created_at, updated_at) VALUES (1, 1, 'Netværk', :now, :now, "
    "false, 'planned', 'token', 0, :now, :now)",
    "INSERT INTO outbox (dedupe_key, kind, payload, group_id, meeting_id, conversation_id, "
    "due_at, status, attempts, next_attempt_at, created_at) VALUES ('k', 'meeting_reminder', "
    "'{}', 1, 1, '19:g', :now, 'pending', 0, :now, :now)",
]


def run(url: str, *statements: str) -> list:
    async def execute() -> list:
        engine = create_engine(url)
        async with engine.begin() as connection:
            results = [await connection.execute(_statement(s), {"now": NOW} if ":now" in s else {})
                       for s in statements]
            rows = [r.all() if r.returns_rows else None for r in results]
        await engine.dispose()
        return rows

    return asyncio.run(execute())


def _statement(sql: str):
    statement = text(sql)
    return statement.bindparams(bindparam("now", type_=UTCDateTime())) if ":now" in sql \
        else statement


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
