"""What planning needs of storage: the groups' meetings."""

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from meetings.planning.entities import Meeting


class Meetings(Protocol):
    def add(self, meeting: Meeting) -> None: ...
    async def get(self, meeting_id: int) -> Meeting | None: ...
    async def upcoming(self, group_id: int, now: datetime, limit: int = 20
                       ) -> Sequence[Meeting]: ...
    async def cancelled_before(self, group_id: int, now: datetime, before: datetime | None
                               ) -> Meeting | None: ...
    async def starting_between(self, group_id: int, start: datetime, end: datetime
                               ) -> Sequence[Meeting]: ...
    async def of_period(self, group_id: int, start: datetime, end: datetime
                        ) -> Sequence[Meeting]: ...
