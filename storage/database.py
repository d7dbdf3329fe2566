"""Engines for the embedded SQLite default and for PostgreSQL."""

import shutil
import time
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import PoolResetState

from storage.sqlite_driver import OneTripDBAPI

# The handle app.py builds and hands down; only storage looks inside it.
Engine = AsyncEngine


def async_url(url: str) -> str:
    """The URL with the async driver this project ships, whatever driver the user wrote."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
        # A "file:…?uri=true" database is SQLite's URI form: no path to make a folder for.
        if parsed.database and parsed.database != ":memory:" and "uri" not in parsed.query:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    elif parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


# Connections kept open to a SQLite file. With SQLAlchemy's default of 5 (plus up to 10 opened
# and closed again as needed), 2,000 turns 20 at a time opened 70-130 connections, each a thread
# and the pragmas below. A SQLite connection is cheap to keep.
SQLITE_POOL_SIZE = 20
# A turn waits this long for SQLite's write lock before it fails; the health check only
# briefly, as a turn holds the lock for milliseconds and a tick's batch for tens of them.
BUSY_TIMEOUT_MS = 5000
PROBE_TIMEOUT_MS = 100
LOCKED = "database is locked"


def _in_memory(url: str) -> bool:
    return make_url(url).database in (None, "", ":memory:")


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    # A pre-ping guards against server restarts; a SQLite file cannot restart under us.
    sqlite = make_url(url).get_backend_name() == "sqlite"
    options: dict = {"module": OneTripDBAPI()} if sqlite else {}  # storage/sqlite_driver.py
    if sqlite and not _in_memory(url):
        options |= {"pool_size": SQLITE_POOL_SIZE, "pool_reset_on_return": None}
    # An error's message would otherwise carry the statement's values (task titles, names)
    # into the log.
    engine = create_async_engine(async_url(url), echo=echo, pool_pre_ping=not sqlite,
                                 hide_parameters=True, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _tune_sqlite)
        if "pool_size" in options:
            event.listen(engine.sync_engine, "reset", _rollback_if_open)
    return engine


def _rollback_if_open(dbapi_connection, _record, state: PoolResetState) -> None:
    """The pool's reset on return, only when a transaction is open.

    SQLAlchemy rolls back every connection given back to its pool, even one whose transaction
    the session ended a moment before: with aiosqlite another trip to the connection's thread
    for every unit of work. SQLite knows whether a transaction is open; only then is it rolled
    back, so no connection goes back to the pool inside a transaction.
    """
    if state.asyncio_safe and dbapi_connection.driver_connection.in_transaction:
        dbapi_connection.rollback()


def _tune_sqlite(dbapi_connection, _record) -> None:
    # WAL lets the health check read while a turn writes; the busy timeout turns a brief lock
    # into a wait instead of an error; SQLite leaves foreign keys off unless asked.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


async def ping(engine: AsyncEngine) -> None:
    """Raise unless the database answers."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


def disk_problem(engine: AsyncEngine, min_free_mb: int) -> str | None:
    """A SQLite file whose file system is nearly full: writes still succeed until the journal
    cannot grow, then every turn fails, and a rolled-back probe writes nothing to notice it.
    PostgreSQL's disk is the server's, which watches it itself."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or _in_memory(str(engine.url)) or not database:
        return None
    folder = Path(database.removeprefix("file:").split("?", 1)[0]).resolve().parent
    free_mb = shutil.disk_usage(folder).free // (1024 * 1024)
    return f"disk nearly full: {free_mb} MB free" if free_mb < min_free_mb else None


class WriteProbe:
    """Why the database cannot be written now, or None; cheap enough to be polled (/healthz).

    SQLite: the probe takes the write lock, waiting PROBE_TIMEOUT_MS at most, and rewrites the
    migration row in a transaction it rolls back (a read-only file fails there). A lock held
    longer by another writer is a database being written, not one that cannot be: only once
    every probe has found it held, for longer than a turn waits for it (BUSY_TIMEOUT_MS), do
    turns fail, and the probe says so. (Waiting 500 ms and failing made /healthz 503 while every
    turn still got the lock.) PostgreSQL says whether it is read-only (a standby, or
    default_transaction_read_only).
    """

    def __init__(self, engine: AsyncEngine, held_too_long_s: float = BUSY_TIMEOUT_MS / 1000
                 ) -> None:
        self._engine, self._held_too_long_s = engine, held_too_long_s
        self._held_since: float | None = None  # when the probes began to find the lock held

    async def problem(self) -> str | None:
        async with self._engine.connect() as connection:
            if self._engine.dialect.name != "sqlite":
                read_only = await connection.scalar(text("SHOW transaction_read_only"))
                return "database is read-only" if read_only == "on" else None
            return self._judged(await _sqlite_write_problem(connection))

    def _judged(self, problem: str | None) -> str | None:
        if problem != LOCKED:
            self._held_since = None
            return problem
        now = time.monotonic()
        if self._held_since is None:
            self._held_since = now
        return problem if now - self._held_since >= self._held_too_long_s else None


async def _sqlite_write_problem(connection: AsyncConnection) -> str | None:
    await connection.exec_driver_sql(f"PRAGMA busy_timeout={PROBE_TIMEOUT_MS}")
    try:
        await connection.exec_driver_sql("BEGIN IMMEDIATE")
        await connection.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
    except OperationalError as error:
        return str(error.orig)
    finally:
        await connection.rollback()
        await connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return None
