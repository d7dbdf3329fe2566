"""The ticks measured: each of the real ticks (bot/outbox/ticks.py) and the delivery worker,
with nothing due and on the busy morning, while /healthz of the app in this process is polled.
Counted too: the statements an idle tick sends, and errors of a locked database."""

import asyncio
import logging
import statistics
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from sqlalchemy import event

from bot.outbox.delivery import DeliveryWorker
from bot.outbox.ticks import TICKS
from storage.database import Engine
from storage.unit_of_work import UnitOfWorkFactory

POLL_SECONDS = 0.05


class Statements:
    """How many statements the engine has sent to the database."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(self, *_) -> None:
        self.count += 1


class LockedErrors(logging.Handler):
    """Log records that say the database was locked: a tick or a delivery that gave up."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        said = f"{record.getMessage()} {getattr(record, 'error', '')}"
        if "locked" in said:
            self.count += 1


@dataclass
class Health:
    """/healthz answered while the ticks run: each answer's time, and those that were no 200."""

    url: str
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    locked: int = 0

    async def poll_while(self, work: Awaitable) -> Any:
        """Run `work` and poll /healthz until it is done; what the work returned."""
        task = asyncio.ensure_future(work)
        async with aiohttp.ClientSession() as session:
            while not task.done():
                await self._once(session)
                await asyncio.sleep(POLL_SECONDS)
        return await task

    async def _once(self, session: aiohttp.ClientSession) -> None:
        began = time.perf_counter()
        async with session.get(self.url + "healthz") as response:
            body = await response.text()
        self.latencies.append(time.perf_counter() - began)
        if response.status != 200:
            self.failures += 1
            self.locked += "locked" in body

    def p99_ms(self) -> float | None:
        return percentile_ms(self.latencies, 99)

    def max_ms(self) -> float | None:
        return round(max(self.latencies) * 1000, 2) if self.latencies else None


def percentile_ms(latencies: list[float], percent: int) -> float | None:
    if len(latencies) < 2:
        return round(latencies[0] * 1000, 2) if latencies else None
    # "inclusive": between observed values. The default extrapolates past the slowest one
    # when there are few (a /healthz p99 above its max at 100 groups).
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return round(cuts[percent - 1] * 1000, 2)


@dataclass
class TickRunner:
    """The ticks and the delivery worker on one engine, run by name and measured."""

    uow_factory: UnitOfWorkFactory
    clock: object
    worker: DeliveryWorker
    statements: Statements
    closing: tuple[Callable[[], Awaitable], ...] = ()  # what to close when done, in order

    def jobs(self) -> dict[str, Callable[[], Awaitable]]:
        """Each tick as the scheduler runs it; delivery until nothing is due, as a run of
        ticks does."""
        jobs: dict[str, Callable[[], Awaitable]] = {
            tick.name: (lambda tick=tick: tick.run(self.uow_factory, self.clock))
            for tick in TICKS}
        jobs["delivery"] = self.worker.drain
        return jobs

    async def run(self, name: str) -> tuple[float, int]:
        """Seconds and statements of one run of the job."""
        before = self.statements.count
        began = time.perf_counter()
        await self.jobs()[name]()
        return round(time.perf_counter() - began, 3), self.statements.count - before


class LoopThread:
    """An event loop in a thread of its own, as the app runs its background work (the
    benchmark's --ticks-on-loop runs them on the serving loop instead, as before)."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bench-ticks",
                                        daemon=True)
        self._thread.start()

    def call(self, work: Awaitable) -> Awaitable:
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, self._loop))

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
