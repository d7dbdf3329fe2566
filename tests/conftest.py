"""Shared fixtures: the fake clock, databases (SQLite and a real PostgreSQL), migrations."""

import uuid
from collections.abc import Iterator

import pytest

import meetings.follow_ups  # noqa: F401  (as app.py: planning's follow-ups are wired)
from storage.migrate import upgrade
from tests.fakes import FakeClock
from tests.support.postgres import PostgresServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """An empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/test.db"
    server: PostgresServer = request.getfixturevalue("postgres")
    name = "t_" + uuid.uuid4().hex[:16]
    server.psql(f"CREATE DATABASE {name}")
    return server.url(name)


@pytest.fixture
def migrated_url(database_url: str) -> str:
    upgrade(database_url)
    return database_url
