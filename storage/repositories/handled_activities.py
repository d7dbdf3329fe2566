"""The messages and card clicks handled by any replica, in one table on PostgreSQL, so that a
delivery Teams sends again to another replica is not handled twice and a click gets the answer
its first delivery got.

One row per (conversation id, activity id), the primary key: a claim is one INSERT that only
one replica can win (a row older than the time to remember it is taken over as if absent). The
winner handles the turn; a click's answer is written to the row afterwards, a failed turn's row
deleted so Teams' retry is handled. Rows past that time are deleted now and then by one indexed
DELETE in a claim's transaction (at most once a minute per process), never by a scan per turn.
Each call is a short transaction of its own on the engine, outside any unit of work.
"""

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.models.activities import handled_activities_table as handled

REMEMBERED = timedelta(minutes=10)
SWEEP_EVERY = timedelta(minutes=1)


class Earlier(NamedTuple):
    """A delivery some replica claimed before: the status and body of a click's answer, or a
    None status while it is being handled (and for a message, which has no answer)."""

    status: int | None
    body: Any


class HandledActivities:
    def __init__(self, engine: AsyncEngine, remembered: timedelta = REMEMBERED) -> None:
        self._engine, self._remembered = engine, remembered
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        self._next_sweep: datetime | None = None

    async def claim(self, conversation_id: str, activity_id: str, now: datetime
                    ) -> Earlier | None:
        """None when this process is the first to handle the delivery (it is recorded as being
        handled); else what the first one answered."""
        key = {"conversation_id": conversation_id, "activity_id": activity_id}
        fresh = {"handled_at": now, "status": None, "body": None}
        claim = self._insert(handled).values(**key, **fresh).on_conflict_do_update(
            index_elements=[handled.c.conversation_id, handled.c.activity_id], set_=fresh,
            where=handled.c.handled_at <= now - self._remembered,
        ).returning(handled.c.handled_at)
        async with self._engine.begin() as connection:
            await self._sweep(connection, now)
            for _ in range(2):  # the row vanishes when the first one's turn fails: claim anew
                if (await connection.execute(claim)).first() is not None:
                    return None
                row = (await connection.execute(
                    select(handled.c.status, handled.c.body).where(_is(key)))).first()
                if row is not None:
                    return Earlier(row.status, row.body)
        return Earlier(None, None)

    async def answered(self, conversation_id: str, activity_id: str, status: int,
                       body: Any) -> None:
        """A click's answer, for its deliveries to come."""
        key = {"conversation_id": conversation_id, "activity_id": activity_id}
        async with self._engine.begin() as connection:
            await connection.execute(update(handled).where(_is(key)).values(
                status=status, body=body))

    async def forget(self, conversation_id: str, activity_id: str) -> None:
        """The turn failed: a delivery of it again is handled."""
        key = {"conversation_id": conversation_id, "activity_id": activity_id}
        async with self._engine.begin() as connection:
            await connection.execute(delete(handled).where(_is(key)))

    async def _sweep(self, connection: AsyncConnection, now: datetime) -> None:
        if self._next_sweep is not None and now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_EVERY
        await connection.execute(
            delete(handled).where(handled.c.handled_at <= now - self._remembered))


def _is(key: dict[str, str]):
    return (handled.c.conversation_id == key["conversation_id"]) & (
        handled.c.activity_id == key["activity_id"])


def shared_activities(engine: AsyncEngine) -> HandledActivities | None:
    """What every replica handled, on PostgreSQL; None on SQLite, one process serving, whose
    memory of them is enough and costs no write per turn."""
    if engine.dialect.name != "postgresql":
        return None
    return HandledActivities(engine)
