"""Running the delivery worker: APScheduler drives its tick, in the web process or alone."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.outbox.delivery import DeliveryOptions, DeliveryWorker
from bot.outbox.rate_limits import RateLimiter, TokenBucket
from bot.outbox.ticks import TICK_SECONDS, TICKS
from bot.settings import Settings
from bot.teams.connector import TeamsConnector
from meetings.common.clock import Clock
from storage.database import Engine
from storage.repositories.rate_buckets import shared_bucket
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
UNLIMITED = 1e9
SHUTDOWN_GRACE_SECONDS = 10.0  # how long a stop waits for the ticks running to finish


def build_worker(settings: Settings, engine: Engine, uow_factory: UnitOfWorkFactory,
                 connector: TeamsConnector, clock: Clock) -> DeliveryWorker:
    rate = settings.rate_limit_per_second or UNLIMITED
    # On PostgreSQL every replica draws from one bucket in the database; SQLite is one process.
    # A fifth of a second of savings bridges the worker's pauses between batches and keeps
    # any second under rate × 1.2, well inside Teams' 50/s when the rate is the default 30.
    capacity = max(1.0, rate / 5)
    bucket = shared_bucket(engine, rate, capacity) or TokenBucket(rate, capacity)
    options = DeliveryOptions(batch=settings.delivery_batch,
                              lease=timedelta(seconds=settings.delivery_lease_seconds),
                              links=settings.link_lifetimes())
    return DeliveryWorker(uow_factory, connector, clock, RateLimiter(bucket), settings.base_url,
                          options)


@contextlib.asynccontextmanager
async def ticking(worker: DeliveryWorker, seconds: float,
                  cycle_seconds: float | None = None) -> AsyncIterator[None]:
    """The scheduler's only jobs are ticks: delivery, and the agenda cycle, the task chase and
    the minutes' silence-consent that fill the outbox (every `cycle_seconds`, by default a
    minute). State lives in the database; the memory job store holds nothing to lose."""
    cycle_seconds = cycle_seconds or TICK_SECONDS
    scheduler = AsyncIOScheduler()
    running: set[asyncio.Task] = set()
    # `launch` starts a delivery tick and returns: one held up by a slow call holds up no other.
    jobs = [("delivery-tick", worker.launch, (), seconds)] + [
        (f"{tick.name}-tick", _tracked(tick.run, running), (worker.uow_factory, worker.clock),
         cycle_seconds)
        for tick in TICKS]
    for name, run, args, every in jobs:
        scheduler.add_job(run, "interval", args=args, seconds=every, max_instances=1,
                          coalesce=True, misfire_grace_time=None, id=name)
    scheduler.start()
    log.info("delivery worker started", extra={"owner": worker.owner, "tick": seconds})
    try:
        yield
    finally:
        # APScheduler's shutdown cancels the jobs still running, mid-statement: a cancelled
        # tick's SQLite connection could be left unclosed, its (non-daemon) aiosqlite thread
        # keeping the process alive after SIGTERM. No new run starts; those running finish.
        scheduler.pause()
        if running:
            await asyncio.wait(set(running), timeout=SHUTDOWN_GRACE_SECONDS)
        scheduler.shutdown(wait=False)
        await worker.idle()


def _tracked(run: Callable[..., Awaitable[Any]], running: set[asyncio.Task]
             ) -> Callable[..., Awaitable[Any]]:
    """`run`, its task kept in `running` while it runs."""
    async def job(*args: Any) -> Any:
        task = asyncio.current_task()
        if task is not None:
            running.add(task)
        try:
            return await run(*args)
        finally:
            running.discard(task)
    return job
