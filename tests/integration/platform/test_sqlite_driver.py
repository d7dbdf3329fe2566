"""The SQLite driver adapter (storage/sqlite_driver.py): one trip to aiosqlite's thread per
statement, with what SQLAlchemy reads of a cursor (rows, row counts, the new row's id, errors)
as the stock adapter gives them."""

import aiosqlite
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from storage.database import create_engine


@pytest.fixture
async def engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path}/driver.db")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"))
    yield engine
    await engine.dispose()


async def test_a_statement_is_one_trip_to_the_connections_thread(engine, monkeypatch):
    trips = []
    original = aiosqlite.Connection._execute

    async def counted(self, fn, *args, **kwargs):
        trips.append(getattr(fn, "__name__", fn))
        return await original(self, fn, *args, **kwargs)

    async with engine.connect() as connection:
        monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
        await connection.execute(text("INSERT INTO t (name) VALUES ('Rie')"))
        rows = (await connection.execute(text("SELECT id, name FROM t"))).all()
        monkeypatch.undo()
        await connection.commit()

    assert rows == [(1, "Rie")]
    assert trips == ["_run", "_run"]  # the stock adapter: cursor, execute, fetchall, close


async def test_row_counts_new_ids_and_rows_are_what_sqlalchemy_expects(engine):
    async with engine.begin() as connection:
        first = await connection.execute(text("INSERT INTO t (name) VALUES ('Rie')"))
        second = await connection.execute(text("INSERT INTO t (name) VALUES ('Lone')"))
        changed = await connection.execute(text("UPDATE t SET name = name || '!'"))
        names = (await connection.execute(text("SELECT name FROM t ORDER BY id"))).scalars()
        assert (first.lastrowid, second.lastrowid, changed.rowcount) == (1, 2, 2)
        assert list(names) == ["Rie!", "Lone!"]
        assert (await connection.execute(text("SELECT name FROM t WHERE id = 9"))).all() == []


async def test_errors_come_out_as_sqlalchemys_and_the_connection_goes_on(engine):
    async with engine.connect() as connection:
        await connection.execute(text("INSERT INTO t (name) VALUES ('Rie')"))
        with pytest.raises(IntegrityError):
            await connection.execute(text("INSERT INTO t (name) VALUES ('Rie')"))
        await connection.rollback()
        with pytest.raises(OperationalError, match="no such table"):
            await connection.execute(text("SELECT * FROM nowhere"))
        await connection.rollback()
        assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar() == 0
