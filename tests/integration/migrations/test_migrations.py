"""Migrations run up and down and match the models, on SQLite and on PostgreSQL."""

import asyncio
from datetime import datetime

import pytest
from sqlalchemy import Column, Integer, Table, inspect

from storage.database import create_engine
from storage.migrate import check, downgrade, upgrade
from storage.models.base import metadata
from storage.types import UTCDateTime


def _tables(url: str) -> set[str]:
    async def read() -> set[str]:
        engine = create_engine(url)
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        await engine.dispose()
        return names

    return asyncio.run(read())


def test_upgrade_creates_every_table_and_matches_the_models(database_url):
    upgrade(database_url)
    assert {"groups", "members", "conversation_addresses", "meetings"} <= _tables(database_url)
    check(database_url)  # raises if models and migrations disagree


def test_downgrade_removes_everything_and_upgrade_works_again(database_url):
    upgrade(database_url)
    downgrade(database_url)
    assert _tables(database_url) <= {"alembic_version"}
    upgrade(database_url)
    assert "meetings" in _tables(database_url)


def test_the_check_notices_a_model_the_migrations_lack(database_url):
    upgrade(database_url)
    extra = Table("not_migrated", metadata, Column("id", Integer, primary_key=True))
    try:
        with pytest.raises(Exception, match="New upgrade operations detected"):
            check(database_url)
    finally:
        metadata.remove(extra)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2027, 2, 9, 10, 0), None)
