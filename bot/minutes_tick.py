"""The minutes' tick: one unit of work per run, approving by silence the minutes whose
deadline has passed.

The notice lands in the outbox in the same transaction; the delivery worker sends it. Running
it twice, or in two replicas at once, approves each minutes once.
"""

import logging

from sqlalchemy.exc import SQLAlchemyError

from meetings.clock import Clock
from meetings.minutes_cycle import settle_minutes
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)


class MinutesTick:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow_factory, clock

    async def run(self) -> list[str]:
        """The notices written; nothing when the database is unavailable (the next tick
        retries: the minutes stay due)."""
        try:
            async with self._uow() as uow:
                written = await settle_minutes(uow, self._clock.now())
                await uow.commit()
        except (SQLAlchemyError, OSError) as error:
            log.warning("minutes tick: database unavailable", extra={"error": repr(error)})
            return []
        if written:
            log.info("minutes tick", extra={"approved": len(written)})
        return written
