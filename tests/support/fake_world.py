"""The network group of the seed minutes on the fake unit of work: agenda_world.py's
World, whose few reads past the ports (the outbox, every row of a table) read the fake's
tables instead."""

from datetime import datetime

from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from tests.fakes import FakeClock, FakeUnitOfWork, local
from tests.support.agenda_world import World


class FakeWorld(World):
    def __init__(self, clock: FakeClock) -> None:
        self.fake = FakeUnitOfWork()
        super().__init__(self.fake, clock)

    async def outbox(self, kind: str | None = None) -> list[OutboxMessage]:
        return self.rows(OutboxMessage, lambda row: kind is None or row.kind == kind)

    async def mark_sent(self, key: str) -> None:
        self.fake.db[OutboxMessage].update(
            lambda row: row.dedupe_key == key, status=OutboxStatus.SENT,
            teams_message_id=f"1:{key}", sent_at=self.clock.now())

    async def table(self, model: type, test=lambda row: True) -> list:
        return self.rows(model, test)

    def rows(self, model: type, test=lambda row: True) -> list:
        """Every row of a model that passes `test`, in the order they were written."""
        return self.fake.db[model].where(test, order=lambda row: row.id)


async def fake_world(start: datetime | None = None) -> FakeWorld:
    """The world as the integration tests have it: Tuesday 1 June 2027, 09:00 in Copenhagen."""
    return await FakeWorld(FakeClock(start or local(2027, 6, 1, 9, 0))).build()
