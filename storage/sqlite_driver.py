"""SQLAlchemy's aiosqlite adapter, with one trip to the connection's thread per statement.

aiosqlite runs each SQLite connection in a thread of its own; every call on it is a trip from
the event loop to that thread and back (a queue put, a thread switch, a wake-up of the loop).
SQLAlchemy's adapter (`sqlalchemy.dialects.sqlite.aiosqlite`, 2.0) makes four for every
statement: open a cursor, execute, fetch the rows, close the cursor. With about 0.15 ms a trip
on two cores that was most of what a statement cost: an agenda turn's six statements took some
4 ms, their SQL 0.5 ms (bench/README.md, 2026-12-03). Here the four steps run in one trip.

It reaches into aiosqlite as SQLAlchemy's adapter itself does (for its isolation level): the
queue of calls to the connection's thread, and the `sqlite3` connection inside it. Versions are
pinned; every SQLite test runs through this cursor.
"""

import sqlite3
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
    AsyncAdapt_aiosqlite_ss_cursor,
)


class _OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ()

    def execute(self, operation: Any, parameters: Any = None) -> None:
        connection = self._connection
        try:
            description, rows, lastrowid, rowcount = self.await_(
                connection._execute(_run, connection._conn, operation, parameters))
        except Exception as error:
            self._adapt_connection._handle_exception(error)  # raises it as the DBAPI's
        self.description = description
        if description:
            self.lastrowid = self.rowcount = -1
            self._rows.clear()
            self._rows.extend(rows)
        else:
            self.lastrowid, self.rowcount = lastrowid, rowcount


def _run(connection: sqlite3.Connection, operation: Any, parameters: Any) -> tuple:
    """In the connection's thread: what the adapter's four trips did."""
    cursor = connection.cursor()
    try:
        cursor.execute(operation, () if parameters is None else parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.lastrowid, cursor.rowcount
    finally:
        cursor.close()


class _OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()

    def cursor(self, server_side: bool = False) -> AsyncAdapt_aiosqlite_cursor:
        return AsyncAdapt_aiosqlite_ss_cursor(self) if server_side else _OneTripCursor(self)


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module `create_async_engine(..., module=...)` gives the aiosqlite dialect."""

    def __init__(self) -> None:
        import aiosqlite

        super().__init__(aiosqlite, sqlite3)

    def connect(self, *args: Any, **kwargs: Any) -> AsyncAdapt_aiosqlite_connection:
        adapted = super().connect(*args, **kwargs)
        return _OneTripConnection(self, adapted._connection)
