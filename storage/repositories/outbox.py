"""The outbox's queries: enqueue once per dedupe key, claim under a lease, settle fenced."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.planning.entities import Meeting
from storage.models.base import table_of

RETRYABLE = (OutboxStatus.PENDING, OutboxStatus.FAILED)
SETTLED = (OutboxStatus.SENT, OutboxStatus.DEAD)


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def enqueue(self, **values) -> bool:
        """Add a message unless one with its dedupe key exists; say whether it was added."""
        dialect = self._session.bind.dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        values.setdefault("next_attempt_at", values["due_at"])
        values.setdefault("status", OutboxStatus.PENDING)
        values.setdefault("attempts", 0)
        statement = (
            insert(OutboxMessage)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["dedupe_key"])
        )
        result = await self._session.execute(statement)
        return result.rowcount == 1

    async def enqueue_many(self, rows: Sequence[dict]) -> set[str]:
        """`enqueue` for many messages in one round trip; the dedupe keys of those added. Each
        row has the same keys. An executemany with RETURNING, which SQLAlchemy sends as one
        multi-row INSERT per few hundred rows, compiled once (a `.values([...])` list is
        compiled anew every time: 20 ms for 50 rows)."""
        if not rows:
            return set()
        dialect = self._session.bind.dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        table = table_of(OutboxMessage)
        rows = [{"next_attempt_at": row["due_at"], "status": OutboxStatus.PENDING,
                 "attempts": 0, **row} for row in rows]
        statement = (
            insert(table)
            .on_conflict_do_nothing(index_elements=["dedupe_key"])
            .returning(table.c.dedupe_key)
        )
        return set((await self._session.execute(statement, rows)).scalars())

    async def pending_payloads(self, keys: Sequence[str], created_at: datetime
                               ) -> dict[str, dict]:
        """The payloads of these keys' messages written at `created_at` and not yet claimed,
        locked until the commit (PostgreSQL; on SQLite the caller's transaction has written
        already, so it holds the write lock)."""
        if not keys:
            return {}
        query = select(OutboxMessage.dedupe_key, OutboxMessage.payload).where(
            OutboxMessage.dedupe_key.in_(keys), OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.created_at == created_at)
        if self._session.bind.dialect.name == "postgresql":
            query = query.with_for_update()
        return {key: payload for key, payload in await self._session.execute(query)}

    async def set_payloads(self, payloads: dict[str, dict]) -> None:
        """New payloads for messages not yet claimed, by key (read with `pending_payloads`)."""
        if not payloads:
            return
        table = table_of(OutboxMessage)
        statement = (update(table)
                     .where(table.c.dedupe_key == bindparam("key"),
                            table.c.status == OutboxStatus.PENDING)
                     .values(payload=bindparam("new_payload")))
        await self._session.execute(statement, [{"key": key, "new_payload": payload}
                                                for key, payload in payloads.items()])

    async def claim(self, owner: str, now: datetime, lease: timedelta, limit: int) -> list[int]:
        """Due rows, and rows whose sender's lease ran out, leased to `owner`; their ids (read
        them with `by_ids` after the commit).

        On PostgreSQL one UPDATE whose `FOR UPDATE SKIP LOCKED` subquery lets replicas claim
        side by side. On SQLite the rows are chosen by a read first, which takes no lock, and
        the UPDATE (which holds the write lock to the commit) only leases those of them still
        due: the sort of every due row and the loading of the rows stay outside the lock.
        """
        due = or_(
            and_(OutboxMessage.status.in_(RETRYABLE), OutboxMessage.next_attempt_at <= now),
            and_(
                OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.lease_expires_at <= now
            ),
        )
        candidates = (
            select(OutboxMessage.id).where(due).order_by(OutboxMessage.next_attempt_at).limit(limit)
        )
        if self._session.bind.dialect.name == "postgresql":
            # Most ticks find nothing: ask first with a plain read.
            if await self._session.scalar(select(OutboxMessage.id).where(due).limit(1)) is None:
                return []
            chosen = OutboxMessage.id.in_(candidates.with_for_update(skip_locked=True)
                                          .scalar_subquery())
        else:
            ids = list(await self._session.scalars(candidates))
            if not ids:
                return []
            chosen = and_(OutboxMessage.id.in_(ids), due)
        statement = (
            update(table_of(OutboxMessage))
            .where(chosen)
            .values(
                status=OutboxStatus.SENDING,
                lease_owner=owner,
                lease_expires_at=now + lease,
                attempts=OutboxMessage.attempts + 1,
            )
            .returning(table_of(OutboxMessage).c.id)
        )
        return list(await self._session.scalars(statement))

    async def by_ids(self, ids: Sequence[int]) -> list[OutboxMessage]:
        """The rows, in the order they fell due."""
        if not ids:
            return []
        query = (select(OutboxMessage).where(OutboxMessage.id.in_(ids))
                 .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id))
        return list(await self._session.scalars(query))

    async def settle(self, message_id: int, owner: str, **values) -> bool:
        """Record the outcome of a send, only if `owner` still holds the lease: a worker whose
        lease expired must not overwrite the outcome of the one that took over."""
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.lease_owner == owner,
                OutboxMessage.status == OutboxStatus.SENDING,
            )
            .values(lease_owner=None, lease_expires_at=None, **values)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1

    async def renew(self, ids: Sequence[int], owner: str, until: datetime) -> set[int]:
        """Extend `owner`'s lease of rows it is about to send; the ids it still held (a row
        whose lease ran out may have been claimed by another worker, or settled)."""
        if not ids:
            return set()
        table = table_of(OutboxMessage)
        statement = (
            update(table)
            .where(table.c.id.in_(ids), table.c.lease_owner == owner,
                   table.c.status == OutboxStatus.SENDING)
            .values(lease_expires_at=until)
            .returning(table.c.id)
        )
        return set(await self._session.scalars(statement))

    async def settle_many(self, owner: str, outcomes: list[dict]) -> None:
        """`settle` for a whole batch in one round trip (DBAPI executemany). Each outcome has
        the row's `id` and the same keys as the others of its group."""
        by_keys: dict[tuple, list[dict]] = {}
        for outcome in outcomes:
            by_keys.setdefault(tuple(sorted(outcome)), []).append(outcome)
        for keys, group in by_keys.items():
            values = {key: bindparam(f"new_{key}") for key in keys if key != "id"}
            statement = (
                update(table_of(OutboxMessage))
                .where(
                    table_of(OutboxMessage).c.id == bindparam("row_id"),
                    table_of(OutboxMessage).c.lease_owner == owner,
                    table_of(OutboxMessage).c.status == OutboxStatus.SENDING,
                )
                .values(lease_owner=None, lease_expires_at=None, **values)
            )
            parameters = [
                {"row_id": o["id"], **{f"new_{k}": v for k, v in o.items() if k != "id"}}
                for o in group
            ]
            await self._session.execute(statement, parameters)

    async def cancel_for_meeting(self, meeting_id: int, reason: str) -> int:
        """Withdraw the meeting's messages not yet sent (it moved or was cancelled)."""
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.meeting_id == meeting_id, OutboxMessage.status.in_(RETRYABLE))
            .values(status=OutboxStatus.DEAD, last_error=reason)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount

    async def purge_settled(self, before: datetime, limit: int) -> list[int]:
        """Delete up to `limit` sent or given-up rows last due before `before`, keeping those of
        a meeting that ended after it (a posted card may still be updated through them); the
        ids deleted. The rows are found by the due index (status, next_attempt_at)."""
        old = (select(OutboxMessage.id)
               .outerjoin(Meeting, Meeting.id == OutboxMessage.meeting_id)
               .where(OutboxMessage.status.in_(SETTLED), OutboxMessage.next_attempt_at < before,
                      or_(OutboxMessage.meeting_id.is_(None), Meeting.ends_at < before))
               .limit(limit))
        statement = (delete(OutboxMessage).where(OutboxMessage.id.in_(old.scalar_subquery()))
                     .returning(OutboxMessage.id).execution_options(synchronize_session=False))
        return list((await self._session.scalars(statement)).all())

    async def by_key(self, dedupe_key: str) -> OutboxMessage | None:
        query = select(OutboxMessage).where(OutboxMessage.dedupe_key == dedupe_key)
        return await self._session.scalar(query)

    async def latest_of_kind(self, meeting_id: int, kind: str) -> OutboxMessage | None:
        """The meeting's newest message of a kind (the posted agenda, to update it in place)."""
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.meeting_id == meeting_id, OutboxMessage.kind == kind)
            .order_by(OutboxMessage.id.desc())
            .limit(1)
        )
        return await self._session.scalar(query)

    async def posted_of_kind(self, meeting_id: int, kind: str) -> Sequence[OutboxMessage]:
        """The meeting's messages of a kind that were posted or are being posted (the 1:1
        nudges, to update them in place), oldest first."""
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.meeting_id == meeting_id, OutboxMessage.kind == kind,
                   OutboxMessage.status.in_((OutboxStatus.SENT, OutboxStatus.SENDING)))
            .order_by(OutboxMessage.id)
        )
        return list(await self._session.scalars(query))

    async def given_up_of_kind(self, meeting_id: int, kind: str) -> Sequence[OutboxMessage]:
        """The meeting's messages of a kind given up before they were posted (withdrawn by a
        move, say), oldest first."""
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.meeting_id == meeting_id, OutboxMessage.kind == kind,
                   OutboxMessage.status == OutboxStatus.DEAD,
                   OutboxMessage.teams_message_id.is_(None))
            .order_by(OutboxMessage.id)
        )
        return list(await self._session.scalars(query))

    async def undelivered(self, group_id: int, limit: int = 20) -> Sequence[OutboxMessage]:
        """Messages of the group that were given up or are still failing, newest first."""
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.group_id == group_id,
                OutboxMessage.status.in_((OutboxStatus.DEAD, OutboxStatus.FAILED)),
            )
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(limit)
        )
        return (await self._session.scalars(query)).all()
