"""The background ticks: each runs one use case in one unit of work and commits what it decided.

What a tick decides lands in the outbox in the same transaction; the delivery worker sends it.
The agenda and chase ticks read only what is due and commit each batch themselves; the commit
here ends the last one.
Running a tick twice, or in two replicas at once, is harmless: the agenda cycle records each
step on the meeting row, a reminder digest's key names the person and the day, and minutes are
approved once. When the database is unavailable a tick does nothing; the next one retries.
"""

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from meetings.agenda.cycle import advance_agenda_cycles
from meetings.common.clock import Clock
from meetings.common.retention import forget_settled_messages
from meetings.groups.erasure import erase_removed_groups
from meetings.minutes.cycle import settle_minutes
from meetings.tasks.chase_run import chase_tasks
from storage.errors import StorageError
from storage.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)
TICK_SECONDS = 60.0  # how often the ticks that fill the outbox run, unless told otherwise

UseCase = Callable[[UnitOfWork, datetime], Awaitable[list]]


@dataclass(frozen=True)
class Tick:
    """A use case run on a schedule: `name` is its job's name and its log lines' word."""

    name: str
    use_case: UseCase

    async def run(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> list:
        """What the use case did; nothing when the database is unavailable."""
        try:
            async with uow_factory() as uow:
                done = await self.use_case(uow, clock.now())
                await uow.commit()
        except (StorageError, OSError) as error:
            log.warning("%s tick: database unavailable", self.name, extra={"error": repr(error)})
            return []
        if done:
            log.info("%s tick", self.name, extra={"done": len(done)})
        return done


AGENDA = Tick("agenda", advance_agenda_cycles)  # the steps of every meeting's agenda cycle
CHASE = Tick("chase", chase_tasks)  # the day's task reminder digests
MINUTES = Tick("minutes", settle_minutes)  # minutes approved by silence after their deadline
# Groups the bot was removed from: the secretary warned a week ahead, then the group erased.
ERASURE = Tick("erasure", erase_removed_groups)
RETENTION = Tick("retention", forget_settled_messages)  # sent messages deleted after 30 days
TICKS = (AGENDA, CHASE, MINUTES, ERASURE, RETENTION)
