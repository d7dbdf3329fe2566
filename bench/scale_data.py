"""The scale benchmark's data set, written through the project's own schema (migrated by
Alembic) with Core bulk inserts: `insert()` with a list of rows, a transaction per chunk."""

import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from sqlalchemy import Table, insert, text

from bench.scale_rows import BUSY_DAY, ORDER, Rows, group_rows
from meetings.due_moments import meeting_due, task_due
from storage.database import Engine
from storage.due_backfill import backfill_database
from storage.models.base import metadata

# The evening before the busy morning: every due moment written as of then.
BACKFILLED_AT = datetime.combine(BUSY_DAY - timedelta(days=1), clock_time(18),
                                 ZoneInfo("Europe/Copenhagen"))
CHUNK = 250  # groups per transaction: some 110,000 rows, a few seconds each
SERIAL_TABLES = ("groups", "members", "conversation_addresses", "meetings", "minutes",
                 "minutes_entries", "tasks", "outbox")


async def generate(engine: Engine, groups: int, service_url: str) -> float:
    """Write `groups` groups; the seconds it took, the hook after the inserts included."""
    began = time.perf_counter()
    for start in range(0, groups, CHUNK):
        rows = Rows()
        for index in range(start, min(groups, start + CHUNK)):
            group_rows(rows, index, service_url)
        await _insert(engine, rows)
    await _after_explicit_ids(engine)
    await after_bulk_insert(engine)
    return time.perf_counter() - began


async def after_bulk_insert(engine: Engine) -> None:
    """What the schema keeps up to date on every write but a bulk insert skips: the ticks' due
    columns, written as the app would have left them the evening before the busy morning, as
    migration 0012 writes them for an existing database."""
    await backfill_database(engine, BACKFILLED_AT, meeting_due, task_due)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as connection:
            # Autovacuum would do it within minutes in production; the benchmark cannot wait.
            await connection.execute(text("ANALYZE"))


async def _insert(engine: Engine, rows: Rows) -> None:
    async with engine.begin() as connection:
        for name in ORDER:
            batch = rows.tables[name]
            if not batch:
                continue
            if name == "minutes_search":
                await connection.execute(_search_insert(engine), batch)
            else:
                await connection.execute(insert(_table(name)), batch)


def _table(name: str) -> Table:
    return metadata.tables[name]


def _search_insert(engine: Engine):
    # The index is no model (an FTS5 table cannot be declared): its key is the entry's id,
    # FTS5's rowid on SQLite and entry_id on PostgreSQL.
    key = "rowid" if engine.dialect.name == "sqlite" else "entry_id"
    return text(f"INSERT INTO minutes_search ({key}, title, notes, decision) "
                "VALUES (:id, :title, :notes, :decision)")


async def _after_explicit_ids(engine: Engine) -> None:
    """The rows came with their ids: PostgreSQL's sequences must move past them."""
    if engine.dialect.name != "postgresql":
        return
    async with engine.begin() as connection:
        for name in SERIAL_TABLES:
            await connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {name}))"))
