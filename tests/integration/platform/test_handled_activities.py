"""What the replicas handled, in one table: the first claim of a delivery wins, the others get
its answer; a failed turn is forgotten; rows older than ten minutes go, in a periodic delete."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from storage.database import create_engine
from storage.models.activities import handled_activities_table
from storage.repositories.handled_activities import (
    Earlier,
    HandledActivities,
    shared_activities,
)

CHAT = "19:netvaerk-boern-unge@thread.v2"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CARD = {"statusCode": 200, "type": "application/vnd.microsoft.card.adaptive",
        "value": {"type": "AdaptiveCard",
                  "body": [{"type": "TextBlock", "text": "Mødet er aflyst"}]}}


@pytest.fixture
def handled(engine) -> HandledActivities:
    return HandledActivities(engine)


async def kept(engine) -> set[str]:
    """The activity ids of the rows in the table."""
    async with engine.connect() as connection:
        return set(await connection.scalars(select(handled_activities_table.c.activity_id)))


async def test_the_first_claim_wins_and_the_next_gets_its_answer_once_given(handled):
    assert await handled.claim(CHAT, "f:click-1", NOW) is None
    assert await handled.claim(CHAT, "f:click-1", NOW) == Earlier(None, None)  # being handled
    await handled.answered(CHAT, "f:click-1", 200, CARD)
    assert await handled.claim(CHAT, "f:click-1", NOW + timedelta(seconds=5)) == Earlier(200, CARD)
    assert await handled.claim(CHAT, "f:click-2", NOW) is None  # another click
    assert await handled.claim("19:other@thread.v2", "f:click-1", NOW) is None  # another chat


async def test_a_failed_turn_is_forgotten_and_its_retry_claimed(handled):
    assert await handled.claim(CHAT, "1763640000101", NOW) is None
    await handled.forget(CHAT, "1763640000101")
    assert await handled.claim(CHAT, "1763640000101", NOW) is None


async def test_a_delivery_claimed_over_ten_minutes_ago_is_claimed_again(handled):
    assert await handled.claim(CHAT, "f:click-1", NOW) is None
    await handled.answered(CHAT, "f:click-1", 200, CARD)
    assert await handled.claim(CHAT, "f:click-1", NOW + timedelta(minutes=10)) is None
    assert await handled.claim(CHAT, "f:click-1", NOW + timedelta(minutes=10)) == Earlier(None,
                                                                                          None)


async def test_old_rows_are_deleted_at_most_once_a_minute(handled, engine):
    for activity_id, after in (("a", timedelta(0)), ("b", timedelta(seconds=30)),
                               ("c", timedelta(minutes=10, seconds=15))):
        await handled.claim(CHAT, activity_id, NOW + after)
    assert await kept(engine) == {"b", "c"}  # a expired; c's claim came a minute after a's
    await handled.claim(CHAT, "d", NOW + timedelta(minutes=10, seconds=45))
    assert await kept(engine) == {"b", "c", "d"}  # b expired, but no delete within a minute
    await handled.claim(CHAT, "e", NOW + timedelta(minutes=11, seconds=15))
    assert await kept(engine) == {"c", "d", "e"}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_replicas_claiming_the_same_delivery_at_once_hand_it_to_one(migrated_url):
    engines = [create_engine(migrated_url) for _ in range(3)]
    replicas = [HandledActivities(engine) for engine in engines]
    try:
        claims = await asyncio.gather(*(replicas[n % 3].claim(CHAT, f"f:click-{n // 3}", NOW)
                                        for n in range(30)))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(claim is None for claim in claims) == 10  # one per click


async def test_the_table_is_used_on_postgresql_and_the_process_memory_alone_on_sqlite(
        database_url):
    engine = create_engine(database_url)
    try:
        shared = shared_activities(engine)
    finally:
        await engine.dispose()
    assert isinstance(shared, HandledActivities) == (engine.dialect.name == "postgresql")
    assert (shared is None) == (engine.dialect.name == "sqlite")
