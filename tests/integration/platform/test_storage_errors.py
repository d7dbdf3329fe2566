"""What leaves the unit of work when the database fails: a StorageError naming SQLAlchemy's
error as its cause, so the bot can catch it without importing SQLAlchemy; anything else
leaves as it was."""

import logging

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.outbox.ticks import AGENDA
from meetings.common.refusal import Refusal
from meetings.groups.entities import Group
from meetings.groups.vocabulary import ConversationKind
from storage.database import create_engine
from storage.errors import StorageError
from storage.unit_of_work import unit_of_work_factory


def group(conversation_id: str, now) -> Group:
    return Group(conversation_id=conversation_id, kind=ConversationKind.GROUP_CHAT,
                 name="Netværksgruppen", tenant_id="t", time_zone="Europe/Copenhagen",
                 language="da", created_at=now)


@pytest.fixture
async def unmigrated(tmp_path):
    """A SQLite database without its tables: every query fails."""
    engine = create_engine(f"sqlite:///{tmp_path}/empty.db")
    yield unit_of_work_factory(engine)
    await engine.dispose()


@pytest.fixture
async def uow_factory(migrated_url):
    engine = create_engine(migrated_url)
    yield unit_of_work_factory(engine)
    await engine.dispose()


async def test_a_database_without_its_tables_is_a_storage_error(unmigrated):
    with pytest.raises(StorageError, match="no such table: groups") as raised:
        async with unmigrated() as uow:
            await uow.groups.get(1)
    assert isinstance(raised.value.__cause__, OperationalError)


async def test_a_statement_the_database_refuses_is_a_storage_error_and_nothing_is_kept(
        uow_factory, clock):
    with pytest.raises(StorageError) as raised:
        async with uow_factory() as uow:
            uow.groups.add(group("19:same@thread.v2", clock.now()))
            uow.groups.add(group("19:same@thread.v2", clock.now()))
            await uow.commit()
    assert isinstance(raised.value.__cause__, IntegrityError)
    async with uow_factory() as uow:
        assert await uow.groups.by_conversation("19:same@thread.v2") is None


async def test_its_message_holds_neither_the_statement_nor_its_parameters(uow_factory, clock):
    with pytest.raises(StorageError) as raised:
        async with uow_factory() as uow:
            uow.groups.add(group("19:twice@thread.v2", clock.now()))
            uow.groups.add(group("19:twice@thread.v2", clock.now()))
            await uow.flush()
    assert "INSERT" not in str(raised.value) and "[parameters" not in str(raised.value)


async def test_a_refusal_leaves_the_unit_of_work_as_it_was(uow_factory):
    with pytest.raises(Refusal):
        async with uow_factory():
            raise Refusal("bad_settings")


async def test_a_tick_over_a_database_without_its_tables_logs_it_and_carries_on(
        unmigrated, clock, caplog):
    with caplog.at_level(logging.WARNING):
        assert await AGENDA.run(unmigrated, clock) == []
    assert "agenda tick: database unavailable" in caplog.text
