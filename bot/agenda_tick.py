"""The agenda cycle's tick: one unit of work per run, moving every meeting's cycle forward.

What it decides lands in the outbox in the same transaction; the delivery worker sends it.
Running it twice, or in two replicas at once, is harmless: each step is recorded on the
meeting row and each message has a unique key.
"""

import logging

from sqlalchemy.exc import SQLAlchemyError

from meetings.agenda_cycle import advance_agenda_cycles
from meetings.clock import Clock
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
AGENDA_TICK_SECONDS = 60.0


class AgendaTick:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow_factory, clock

    async def run(self) -> list[str]:
        """What the tick did; nothing when the database is unavailable (the next tick retries)."""
        try:
            async with self._uow() as uow:
                events = await advance_agenda_cycles(uow, self._clock.now())
                await uow.commit()
        except (SQLAlchemyError, OSError) as error:
            log.warning("agenda tick: database unavailable", extra={"error": repr(error)})
            return []
        if events:
            log.info("agenda tick", extra={"events": len(events)})
        return events
