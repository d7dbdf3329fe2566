"""The phrasings a group taught the bot by choosing a question on a "Mente du …?" card."""

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.phrasings import LearntPhrasing

KEPT_PER_GROUP = 1000  # the newest; a group that taught more has its oldest forgotten


class LearntPhrasingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def meaning_of(self, group_id: int, phrasing: str) -> str | None:
        """The question the group last chose for this phrasing (found by the unique key)."""
        return await self._session.scalar(select(LearntPhrasing.intent).where(
            LearntPhrasing.group_id == group_id, LearntPhrasing.phrasing == phrasing))

    async def learn(self, group_id: int, member_id: int, phrasing: str, intent: str,
                    now: datetime) -> None:
        """Insert, or overwrite with the newer choice, in one statement: the last click wins."""
        insert = pg_insert if self._session.bind.dialect.name == "postgresql" else sqlite_insert
        statement = insert(LearntPhrasing).values(group_id=group_id, member_id=member_id,
                                                  phrasing=phrasing, intent=intent,
                                                  learnt_at=now)
        await self._session.execute(statement.on_conflict_do_update(
            index_elements=["group_id", "phrasing"],
            set_={key: statement.excluded[key] for key in ("member_id", "intent", "learnt_at")}))
        await self._forget_oldest(group_id)

    async def _forget_oldest(self, group_id: int) -> None:
        count = await self._session.scalar(select(func.count()).select_from(LearntPhrasing)
                                          .where(LearntPhrasing.group_id == group_id))
        if count <= KEPT_PER_GROUP:
            return
        oldest = (select(LearntPhrasing.id).where(LearntPhrasing.group_id == group_id)
                  .order_by(LearntPhrasing.learnt_at, LearntPhrasing.id)
                  .limit(count - KEPT_PER_GROUP))
        await self._session.execute(
            delete(LearntPhrasing).where(LearntPhrasing.id.in_(oldest.scalar_subquery()))
            .execution_options(synchronize_session=False))
