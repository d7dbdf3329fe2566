"""The queries for members who leave and groups the bot was removed from: messages given up,
addresses forgotten, and groups erased when their retention period is over."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.entities import Group
from storage.repositories.outbox import RETRYABLE


class RetentionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def give_up_for_member(self, member_id: int, reason: str) -> int:
        """The member's 1:1 messages not yet sent are not sent."""
        return await self._give_up(OutboxMessage.member_id == member_id, reason)

    async def give_up_for_group(self, group_id: int, reason: str, due_by: datetime) -> int:
        """Every message of the group due by `due_by` and not yet sent is not sent. One due
        later waits: the delivery gives it up then if the bot is still removed, and sends it if
        the bot was added again (the day-before reminder of a meeting planned long ago)."""
        return await self._give_up(
            (OutboxMessage.group_id == group_id) & (OutboxMessage.due_at <= due_by), reason)

    async def forget_addresses(self, group_id: int) -> int:
        """The group's conversation addresses (its chat or channel, and its threads)."""
        statement = delete(ConversationAddress).where(ConversationAddress.group_id == group_id)
        return (await self._session.execute(statement)).rowcount

    async def erasure_due(self, until: datetime, limit: int = 50) -> Sequence[Group]:
        """Groups to be erased by `until`, soonest first: found by the index on erase_at."""
        query = (select(Group).where(Group.erase_at.is_not(None), Group.erase_at <= until)
                 .order_by(Group.erase_at).limit(limit))
        return (await self._session.scalars(query)).all()

    async def erase(self, group_id: int) -> None:
        """The group and, by its foreign keys' cascades, everything of it."""
        await self._session.execute(delete(Group).where(Group.id == group_id))

    async def _give_up(self, which, reason: str) -> int:
        statement = (
            update(OutboxMessage)
            .where(which, OutboxMessage.status.in_(RETRYABLE))
            .values(status=OutboxStatus.DEAD, last_error=reason)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount
