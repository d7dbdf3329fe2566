"""A read-only connection to an SQLite file, used from one thread of its own: the quick reads'
one trip per statement (storage/repositories/quick_reads.py), outside the app's async engine."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, event
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import make_url


class SQLiteReader:
    """A read-only connection to the SQLite file, used from one thread of its own."""

    def __init__(self, url) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quick-reads")
        self._engine: Engine = create_sync_engine(make_url(url), pool_size=1, max_overflow=0)
        event.listen(self._engine, "connect", _read_only)

    async def first(self, statement, parameters: dict):
        def read():
            with self._engine.connect() as connection:
                return connection.execute(statement, parameters).first()
        return await asyncio.get_running_loop().run_in_executor(self._thread, read)

    async def all(self, statement, parameters: dict) -> list:
        def read():
            with self._engine.connect() as connection:
                return list(connection.execute(statement, parameters))
        return await asyncio.get_running_loop().run_in_executor(self._thread, read)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._thread, self._engine.dispose)
        self._thread.shutdown(wait=True)


def _read_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")  # this connection can never write
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
