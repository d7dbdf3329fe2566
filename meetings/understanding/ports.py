"""What understanding needs of storage: the phrasings each group taught the bot."""

from datetime import datetime
from typing import Protocol


class LearntPhrasings(Protocol):
    async def meaning_of(self, group_id: int, phrasing: str) -> str | None: ...
    async def learn(self, group_id: int, member_id: int, phrasing: str, intent: str,
                    now: datetime) -> None: ...
