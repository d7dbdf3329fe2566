"""Migration 0009 on a database in use: a task of an agenda item finds the item's entry in its
meeting's minutes; a task that named no item stays apart; down and up again."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import bindparam, text

from storage.database import create_engine
from storage.migrate import downgrade, upgrade
from storage.types import UTCDateTime

NOW = datetime(2027, 6, 15, 9, 0, tzinfo=UTC)
ROWS = [
    "INSERT INTO groups (id, conversation_id, kind, name, time_zone, language, created_at) "
    "VALUES (1, '19:g', 'channel', 'Netværk', 'Europe/Copenhagen', 'da', :now)",
    "INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
    "calendar_token, sequence, created_at, updated_at) VALUES (1, 1, 'Netværk', :now, :now, "
    "false, 'held', 'token', 0, :now, :now)",
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


def run(url: str, *statements: str) -> list:
    async def execute() -> list:
        engine = create_engine(url)
        async with engine.begin() as connection:
            results = [await connection.execute(_statement(s)) for s in statements]
            rows = [r.all() if r.returns_rows else None for r in results]
        await engine.dispose()
        return rows

    return asyncio.run(execute())


def _statement(sql: str):
    if ":now" not in sql:
        return text(sql)
    return text(sql).bindparams(bindparam("now", value=NOW, type_=UTCDateTime()))


def test_a_task_of_an_agenda_item_finds_its_entry_and_the_rest_stay_apart(database_url):
    upgrade(database_url, "0008")
    run(database_url, *ROWS)
    upgrade(database_url)
    [tasks] = run(database_url, "SELECT id, minutes_entry_id FROM tasks ORDER BY id")
    assert [tuple(row) for row in tasks] == [(1, 34), (2, None)]
    downgrade(database_url, "0008")
    upgrade(database_url)
    [tasks] = run(database_url, "SELECT id, minutes_entry_id FROM tasks ORDER BY id")
    assert [tuple(row) for row in tasks] == [(1, 34), (2, None)]
