"""The queries importing past minutes needs: the meeting an earlier import made, a meeting
already at the same time, the group's next meeting after a given one, and the minutes waiting
on a preview card."""

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.minutes.entities import PendingImport
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus


class ImportQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_import_key(self, key: str) -> Meeting | None:
        return await self._session.scalar(select(Meeting).where(Meeting.import_key == key))

    async def starting_at(self, group_id: int, starts_at: datetime) -> Meeting | None:
        query = (
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.starts_at == starts_at,
                   Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.id)
            .limit(1)
        )
        return await self._session.scalar(query)

    async def next_after(self, group_id: int, starts_at: datetime) -> Meeting | None:
        query = (
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.starts_at > starts_at,
                   Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.starts_at, Meeting.id)
            .limit(1)
        )
        return await self._session.scalar(query)

    def add_pending(self, pending: PendingImport) -> None:
        self._session.add(pending)

    async def pending(self, token: str) -> PendingImport | None:
        return await self._session.scalar(
            select(PendingImport).where(PendingImport.token == token))

    async def take_pending(self, token: str) -> bool:
        """Delete it; False when another click took it first (the delete waits for that
        click's transaction on PostgreSQL, then finds nothing)."""
        result = await self._session.execute(
            delete(PendingImport).where(PendingImport.token == token))
        return result.rowcount == 1

    async def drop_pending_before(self, cutoff: datetime) -> int:
        result = await self._session.execute(
            delete(PendingImport).where(PendingImport.created_at < cutoff))
        return result.rowcount
