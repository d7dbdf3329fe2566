"""Migration 0012 on a database in use: a planned meeting and an open task made before it get
their due moments, up, down and up again; a closed task and a finished meeting get none."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import bindparam, inspect, text

from storage.database import create_engine
from storage.migrate import downgrade, upgrade
from storage.types import UTCDateTime

START = datetime(2031, 9, 26, 8, 0, tzinfo=UTC)  # Friday 26 September 2031, 10.00 local
MADE = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)
ROWS = [
    "INSERT INTO groups (id, conversation_id, kind, name, time_zone, language, created_at) "
    "VALUES (1, '19:g', 'channel', 'Netværk', 'Europe/Copenhagen', 'da', :made)",
    "INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
    "VALUES (1, 1, '29:rie', 'Rie', 'secretary', :made)",
    *[f"INSERT INTO meetings (id, group_id, title, starts_at, ends_at, online, status, "
      f"calendar_token, sequence, created_at, updated_at) VALUES ({n}, 1, 'Netværk', :start, "
      f":start, false, '{status}', 'token{n}', 0, :made, :made)"
      for n, status in ((1, "planned"), (2, "cancelled"))],
    *[f"INSERT INTO tasks (id, group_id, title, owner_id, due_on, status, created_at, "
      f"updated_at) VALUES ({n}, 1, 'Opgave', 1, '2031-09-03', '{status}', :made, :made)"
      for n, status in ((1, "open"), (2, "done"))],
]


def run(url: str, *statements: str) -> list:
    async def execute() -> list:
        engine = create_engine(url)
        async with engine.begin() as connection:
            results = []
            for sql in statements:
                statement = text(sql).bindparams(
                    *[bindparam(name, type_=UTCDateTime()) for name in ("made", "start")
                      if f":{name}" in sql])
                values = {name: value for name, value in (("made", MADE), ("start", START))
                          if f":{name}" in sql}
                result = await connection.execute(statement, values)
                results.append(result.all() if result.returns_rows else None)
        await engine.dispose()
        return results

    return asyncio.run(execute())


def columns(url: str, table: str) -> set[str]:
    async def read() -> set[str]:
        engine = create_engine(url)
        async with engine.connect() as connection:
            names = await connection.run_sync(
                lambda c: {column["name"] for column in inspect(c).get_columns(table)})
        await engine.dispose()
        return names

    return asyncio.run(read())


def due_moments(url: str) -> tuple[list, list]:
    meetings, tasks = run(url, "SELECT id, cycle_due_at FROM meetings ORDER BY id",
                          "SELECT id, chase_due_at FROM tasks ORDER BY id")
    return ([(row[0], _utc(row[1])) for row in meetings], [(row[0], _utc(row[1])) for row in tasks])


def _utc(value) -> datetime | None:
    """SQLite hands back the stored text; PostgreSQL an aware datetime."""
    if value is None or isinstance(value, datetime):
        return value and value.astimezone(UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def test_upgrading_backfills_due_moments_and_a_downgrade_and_upgrade_again_keeps_them(
        database_url):
    upgrade(database_url, "0011")
    run(database_url, *ROWS)
    upgrade(database_url)
    # The call 21 days before, 09.00 local; the task's first reminder two working days
    # before its due day, at the start of the working day.
    expected = ([(1, datetime(2031, 9, 5, 7, 0, tzinfo=UTC)), (2, None)],
                [(1, datetime(2031, 9, 1, 7, 0, tzinfo=UTC)), (2, None)])
    assert due_moments(database_url) == expected
    downgrade(database_url, "0011")
    assert "cycle_due_at" not in columns(database_url, "meetings")
    assert "chase_due_at" not in columns(database_url, "tasks")
    [[count]] = run(database_url, "SELECT count(*) FROM tasks")[0]
    assert count == 2
    upgrade(database_url)
    assert due_moments(database_url) == expected
