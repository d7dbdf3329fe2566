"""The queries importing past minutes needs: the meeting an earlier import made, a meeting
already at the same time, and the group's next meeting after a given one."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.groups import Meeting, MeetingStatus


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
