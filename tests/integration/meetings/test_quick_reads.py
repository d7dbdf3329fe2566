"""The quick read of a member's group and its next meeting (storage/repositories/quick_reads.py):
what it finds, that it sees a change committed a moment before, and that on SQLite it cannot write.
That it agrees with `next_meeting` is checked by every `the_next` in test_meetings."""

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from meetings.groups.roles import give_role
from meetings.groups.vocabulary import Role
from meetings.planning.planning import cancel_meeting, move_meeting
from storage.database import create_engine
from storage.migrate import upgrade
from storage.models.base import metadata
from storage.repositories.quick_reads import QuickReads
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import local
from tests.support.meeting_group import LISBET, as_member, draft, member_id, plan, setup_group


async def test_a_member_of_a_group_without_meetings_gets_the_group_and_no_meeting(
        uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)

    facts = await reads.next_meeting(await member_id(uow_factory, group), clock.now())

    assert (facts.group_id, facts.group_language, facts.time_zone, facts.meeting) == (
        group.id, "da", "Europe/Copenhagen", None)


async def test_nobody_is_found_for_a_member_id_that_does_not_exist(uow_factory, reads, clock):
    await setup_group(uow_factory, clock)

    assert await reads.next_meeting(999_999, clock.now()) is None


async def test_a_meeting_moved_or_cancelled_a_moment_ago_is_what_the_next_read_sees(
        uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    assert (await reads.next_meeting(rie, clock.now())).meeting.id == first.id

    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await move_meeting(uow, g, await as_member(uow, g, LISBET), first.id,
                           draft(local(2027, 2, 12, 9, 0), place="Sorø"), clock.now())
        await uow.commit()
    moved = (await reads.next_meeting(rie, clock.now())).meeting
    assert (moved.id, moved.place, moved.starts_at) == (
        first.id, "Sorø", datetime(2027, 2, 12, 8, 0, tzinfo=UTC))

    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    assert (await reads.next_meeting(rie, clock.now())).meeting.id == second.id
    after_both = clock.now() + timedelta(days=60)
    assert (await reads.next_meeting(rie, after_both)).meeting is None


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path}/reads.db"
    upgrade(url)  # here, outside the event loop: Alembic runs one of its own
    return url


async def test_on_sqlite_the_read_connection_cannot_write(sqlite_url, clock):
    engine = create_engine(sqlite_url)
    reads = QuickReads(engine)
    try:
        group = await setup_group(unit_of_work_factory(engine), clock)
        with pytest.raises(OperationalError, match="readonly"):
            await reads._sqlite.first(text("DELETE FROM groups"), {})
        rie = await member_id(unit_of_work_factory(engine), group)
        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
    finally:
        await reads.close()
        await engine.dispose()


async def test_an_in_memory_sqlite_database_is_read_on_the_apps_engine(clock):
    engine = create_engine("sqlite:///:memory:")
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    reads = QuickReads(engine)
    try:
        group = await setup_group(unit_of_work_factory(engine), clock)
        rie = await member_id(unit_of_work_factory(engine), group)
        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
    finally:
        await reads.close()
        await engine.dispose()


async def test_a_search_reads_the_askers_group_on_its_own_connection(uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)

    async def both(quick):
        return await quick.group_of_member(rie), await quick.group_of_member(999_999)
    asker, nobody = await reads.searching(both)

    assert asker == (group.id, "da", "Europe/Copenhagen")
    assert nobody is None


async def test_on_postgresql_a_read_after_the_server_dropped_its_connections_still_answers(
        postgres, postgres_url, clock, caplog):
    """The quick reads' pool sends no ping before a read: a dead connection is found by the read
    itself, which then runs once more on a fresh one."""
    caplog.set_level(logging.INFO, logger="storage.repositories.quick_reads")
    engine = create_engine(postgres_url)
    reads = QuickReads(engine)
    try:
        group = await setup_group(unit_of_work_factory(engine), clock)
        rie = await member_id(unit_of_work_factory(engine), group)
        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
        postgres.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                      f"'{make_url(postgres_url).database}' AND pid <> pg_backend_pid()")

        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
        assert "read again on a fresh one" in caplog.text
        postgres.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                      f"'{make_url(postgres_url).database}' AND pid <> pg_backend_pid()")
        asker = await reads.searching(lambda quick: quick.group_of_member(rie))
        assert asker.group_id == group.id
    finally:
        await reads.close()
        await engine.dispose()


async def test_the_read_brings_the_ids_of_those_who_move_and_cancel_the_longest_in_first(
        uow_factory, reads, clock):
    # The group card's refresh names them (bot.meeting_views): read in the same trip as the
    # meeting, the chair (the installer) and a secretary, not the members, not one who left.
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    assert (await reads.next_meeting(rie, clock.now())).leaders == ("29:lisbet",)

    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await give_role(uow, g, await as_member(uow, g, LISBET), rie, Role.SECRETARY,
                        clock.now())
        await uow.commit()
    # Both joined at the install, Rie's row first: the same order as meeting_changers'.
    assert (await reads.next_meeting(rie, clock.now())).leaders == ("29:rie", "29:lisbet")

    async with uow_factory() as uow:
        lisbet = await as_member(uow, await uow.groups.get(group.id), LISBET)
        lisbet.left_at = clock.now()
        await uow.commit()
    assert (await reads.next_meeting(rie, clock.now())).leaders == ("29:rie",)
