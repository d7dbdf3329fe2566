"""A search begins with the group's own minutes and probes the index by each entry's key: it
does not first find the word in every group's minutes and then keep the group's (at 2,000
groups that took 18 ms at p50 instead of 2.4 ms; see bench/README.md). It ranks the entries
by their keys and index words, whose rows bring the entries' texts with them."""

import pytest
from sqlalchemy import event

from meetings.search.search import search_minutes
from storage.database import create_engine
from storage.repositories.quick_search import QuickSearch
from storage.unit_of_work import unit_of_work_factory
from tests.integration.search.search_steps import meeting_with_minutes, write


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_search_starts_from_the_groups_minutes_not_from_every_match_in_the_index(
    migrated_url,
):
    engine = create_engine(migrated_url)
    sent: list[tuple[str, tuple]] = []
    event.listen(engine.sync_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, parameters, _ctx, _many:
                 sent.append((statement, parameters)))
    try:
        async with unit_of_work_factory(engine)() as uow:
            await search_minutes(uow.search, 7, "hvad blev besluttet om plejefamilier?", "da")
        [(statement, parameters)] = [s for s in sent if "minutes_search" in s[0]]
        async with engine.connect() as connection:
            plan = [row[3] for row in await connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
    finally:
        await engine.dispose()
    assert plan[0].startswith("SEARCH minutes USING INDEX ix_minutes_group_id")
    # The index is read by the entry's key ("0:="), never by a full-text MATCH ("0:M…").
    assert [step for step in plan if "VIRTUAL TABLE" in step] == [
        "SCAN minutes_search VIRTUAL TABLE INDEX 0:="]


async def test_a_search_asks_for_the_texts_of_only_the_entries_it_shows(world):
    minutes_id = await meeting_with_minutes(world, 9)
    for number in range(1, 13):
        await write(world, minutes_id, number, f"Plejefamilier {number}",
                    decision="Netværket drøftede plejefamilier.")
    async with world.uow() as uow:
        reads = _TextsRead(uow.search)
        hits = await search_minutes(reads, world.group_id,
                                    "hvad blev besluttet om plejefamilier?", "da", limit=3)
    assert [hit.number for hit in hits] == [1, 2, 3]
    assert [hit.title for hit in hits] == ["Plejefamilier 1", "Plejefamilier 2", "Plejefamilier 3"]
    assert {hit.snippet for hit in hits} == {"Netværket drøftede plejefamilier."}
    assert sorted(reads.texts_read) == sorted(hit.entry_id for hit in hits)


class _TextsRead:
    """The unit of work's index, noting whose texts a search reads."""

    def __init__(self, index) -> None:
        self._index = index
        self.texts_read: list[int] = []

    async def candidates(self, *arguments):
        return await self._index.candidates(*arguments)

    async def entries(self, entry_ids):
        self.texts_read.extend(entry_ids)
        return await self._index.entries(entry_ids)


async def test_the_quick_search_reads_the_shown_texts_with_the_candidates(world):
    """Outside a unit of work the entries' texts come with their index words: one statement
    for the search, not two."""
    minutes_id = await meeting_with_minutes(world, 9)
    for number in range(1, 13):
        await write(world, minutes_id, number, f"Plejefamilier {number}",
                    decision="Netværket drøftede plejefamilier.")
    async with world.uow() as uow:
        engine = uow.session.bind
    statements = []
    async with engine.connect() as connection:
        async def rows(statement, parameters):
            statements.append(statement)
            return list(await connection.execute(statement, parameters))
        quick = QuickSearch(rows, sqlite=engine.dialect.name == "sqlite")
        hits = await search_minutes(quick, world.group_id,
                                    "hvad blev besluttet om plejefamilier?", "da", limit=3)
    assert [(hit.number, hit.title, hit.snippet) for hit in hits] == [
        (number, f"Plejefamilier {number}", "Netværket drøftede plejefamilier.")
        for number in (1, 2, 3)]
    assert len(statements) == 1
