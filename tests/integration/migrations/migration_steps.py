"""Rows written with plain SQL at an older revision, to show what a migration does to them."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import bindparam, text

from storage.database import create_engine
from storage.types import UTCDateTime

NOW = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)
GROUP_AND_MEETING = [
    "INSERT INTO groups (id, conversation_id, kind, name, time_zone, language, created_at) "
    "VALUES (1, '19:g', 'channel', 'Netværk', 'Europe/Copenhagen', 'da', :now)",
    "INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
    "calendar_token, sequence, created_at, updated_at) VALUES (1, 1, 'Netværk', :now, :now, "
    "false, 'planned', 'token', 0, :now, :now)",
]


def run(url: str, *statements: str) -> list:
    """Each statement in one transaction; the rows of those that return any."""
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
