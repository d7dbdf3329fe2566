"""The task chase's tick: one unit of work per run, writing the day's reminder digests.

What it decides lands in the outbox in the same transaction; the delivery worker sends it.
Running it twice, or in two replicas at once, is harmless: a digest's key names the person and
the day, and a task's progress is recorded only by the run whose digest went in.
"""

import logging

from sqlalchemy.exc import SQLAlchemyError

from meetings.chase_run import chase_tasks
from meetings.clock import Clock
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
CHASE_TICK_SECONDS = 60.0


class ChaseTick:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow_factory, clock

    async def run(self) -> list[str]:
        """The digests written; nothing when the database is unavailable (the next tick
        retries, and the day's digest is still due until the working day ends)."""
        try:
            async with self._uow() as uow:
                written = await chase_tasks(uow, self._clock.now())
                await uow.commit()
        except (SQLAlchemyError, OSError) as error:
            log.warning("chase tick: database unavailable", extra={"error": repr(error)})
            return []
        if written:
            log.info("chase tick", extra={"digests": len(written)})
        return written
