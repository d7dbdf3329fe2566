"""In memory, the phrasings each group taught the bot, as storage/repositories/phrasings.py
keeps them: one per group and phrasing, the last choice winning, the newest kept."""

from datetime import datetime

from storage.models.phrasings import LearntPhrasing
from storage.repositories.phrasings import KEPT_PER_GROUP
from tests.fake_tables import Repository


class FakeLearntPhrasings(Repository):
    async def meaning_of(self, group_id: int, phrasing: str) -> str | None:
        row = self._db[LearntPhrasing].first(
            lambda p: p.group_id == group_id and p.phrasing == phrasing)
        return row.intent if row is not None else None

    async def learn(self, group_id: int, member_id: int, phrasing: str, intent: str,
                    now: datetime) -> None:
        table = self._db[LearntPhrasing]
        values = {"group_id": group_id, "phrasing": phrasing}
        if (row := table.find(values, values)) is None:
            table.add(LearntPhrasing(**values, member_id=member_id, intent=intent,
                                     learnt_at=now))
        else:
            row.member_id, row.intent, row.learnt_at = member_id, intent, now
        kept = table.where(lambda p: p.group_id == group_id,
                           order=lambda p: (p.learnt_at, p.id))
        old = {p.id for p in kept[:max(0, len(kept) - KEPT_PER_GROUP)]}
        self._db.delete(LearntPhrasing, lambda p: p.id in old)
