"""The background work — the ticks that fill the outbox and the delivery that empties it — on
an event loop of its own: in `python app.py worker`, a process of its own, or in a thread of the
web process, so that a tick over every group or a batch of digests to render never holds up the
loop that answers Teams and /healthz.

It has its own database engine and Bot Connector client: both belong to the loop that made them.
"""

import asyncio
import contextlib
import logging
import threading

from bot.outbox.runtime import build_worker, ticking
from bot.settings import Settings
from bot.teams.connector import TeamsConnector
from meetings.common.clock import Clock
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory

log = logging.getLogger(__name__)
THREAD_NAME = "background-work"


async def run_background(settings: Settings, clock: Clock, stop: asyncio.Event,
                         started: threading.Event | None = None) -> None:
    """Tick and deliver until `stop` is set; `started` is set once the scheduler runs."""
    engine = create_engine(settings.database_url)
    connector = TeamsConnector(app_id=settings.app_id, app_password=settings.app_password,
                               tenant_id=settings.app_tenant_id, clock=clock)
    worker = build_worker(settings, engine, unit_of_work_factory(engine), connector, clock)
    try:
        async with ticking(worker, settings.delivery_tick_seconds, settings.cycle_tick_seconds):
            if started is not None:
                started.set()
            await stop.wait()
    finally:
        await connector.close()
        await engine.dispose()


class BackgroundThread:
    """`run_background` in a thread of this process, with its own event loop."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings, self._clock = settings, clock
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)

    def start(self) -> None:
        """Start the thread and return once its scheduler runs (or the thread has died)."""
        self._thread.start()
        while not self._started.wait(0.05):
            if not self._thread.is_alive():
                raise RuntimeError("the background work did not start; see the log")

    def stop(self) -> None:
        """Ask the loop to stop, and wait until the batch in flight is recorded."""
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has ended already
                self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        try:
            await run_background(self._settings, self._clock, self._stop, self._started)
        except Exception:
            log.exception("background work stopped")
            raise
