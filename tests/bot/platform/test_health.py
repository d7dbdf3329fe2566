"""/healthz is 503 while the database cannot be written, with the reason, not only while it
cannot be reached: a bot that reads but cannot write answers every command with an error."""

import re
import sqlite3
import uuid

import pytest
from sqlalchemy.engine import make_url

from app import create_app
from bot.settings import Settings
from storage.migrate import upgrade


def settings_for(url: str, **more) -> Settings:
    return Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL="http://127.0.0.1:3978",
                    DELIVERY_WORKER=False, **more)


async def health(aiohttp_client, url: str, **more) -> tuple[int, dict]:
    client = await aiohttp_client(create_app(settings_for(url, **more)))
    response = await client.get("/healthz")
    return response.status, await response.json()


@pytest.fixture
def sqlite_file(tmp_path) -> str:
    path = tmp_path / "health.db"
    upgrade(f"sqlite:///{path}")
    return str(path)


async def test_a_write_in_progress_elsewhere_is_no_problem(aiohttp_client, sqlite_file):
    """Another process in the middle of a write holds SQLite's write lock: a turn would wait
    for it (up to 5 s), so the database is being written, not unwritable. That the lock held
    too long is a problem is `tests/integration/platform/test_write_probe.py`'s."""
    client = await aiohttp_client(create_app(settings_for(f"sqlite:///{sqlite_file}")))
    writer = sqlite3.connect(sqlite_file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        response = await client.get("/healthz")
        assert (response.status, await response.json()) == (200, {"status": "ok"})
    finally:
        writer.execute("ROLLBACK")
        writer.close()


async def test_a_database_sqlite_may_only_read_is_503_and_says_so(aiohttp_client, sqlite_file):
    """Opened read-only, as SQLite opens a file it may not write (the tests may run as root,
    who may write any file, so the URL asks for it)."""
    status, body = await health(aiohttp_client, f"sqlite:///file:{sqlite_file}?mode=ro&uri=true")
    assert status == 503
    assert body == {"status": "database not writable",
                    "reason": "attempt to write a readonly database"}


async def test_a_nearly_full_disk_is_503_and_says_how_much_is_left(aiohttp_client, sqlite_file):
    """Asking for more free space than any test machine has stands in for a full disk."""
    status, body = await health(aiohttp_client, f"sqlite:///{sqlite_file}",
                                MIN_FREE_DISK_MB=10**12)
    assert status == 503 and body["status"] == "database not writable"
    assert re.fullmatch(r"disk nearly full: \d+ MB free", body["reason"])
    assert (await health(aiohttp_client, f"sqlite:///{sqlite_file}"))[0] == 200


@pytest.fixture
def read_only_postgres(postgres) -> str:
    name = "t_" + uuid.uuid4().hex[:16]
    postgres.psql(f"CREATE DATABASE {name}")
    upgrade(postgres.url(name))
    postgres.psql(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    return postgres.url(name)


async def test_a_read_only_postgresql_is_503_and_says_so(aiohttp_client, read_only_postgres):
    status, body = await health(aiohttp_client, read_only_postgres)
    assert status == 503
    assert body == {"status": "database not writable", "reason": "database is read-only"}
    assert make_url(read_only_postgres).get_backend_name() == "postgresql"
