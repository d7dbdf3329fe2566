"""The app process of the scale benchmark: `python -m bench.scale_app URL PORT [--ticks-on-loop]`.

The bot as `python app.py` builds it (create_app, on a clock the benchmark sets), served on
127.0.0.1:PORT, with the ticks and the delivery worker on an event loop in a thread of their
own as the app runs its background work. The driver (bench.scale), in another process, sets the
clock and runs each job through a few loopback routes under /bench/, so the peak memory of this
process is the app's alone, not the driver's nor the fake Bot Connector's.
"""

import argparse
import logging
import time
from typing import Any

from aiohttp import web

from bench.scale_env import BenchClock, bot_app, worker_settings
from bench.scale_locks import from_environment
from bench.scale_rows import BUSY_DAY, local
from bench.scale_ticks import LockedErrors, LoopThread, Statements, TickRunner
from bot.outbox.runtime import build_worker
from bot.teams.connector import TeamsConnector
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory

MOMENTS = {
    "busy": local(BUSY_DAY, 9, 1),  # the ticks' first run of the working day
    "idle": local(BUSY_DAY, 10, 30),  # everything of the morning done: nothing is due
}
JOBS = ("agenda", "chase", "minutes", "delivery")
RUNNER = web.AppKey("bench_runner", object)


class BenchControl:
    """The routes the driver runs the background work by, and what they measured."""

    def __init__(self, url: str, clock: BenchClock, ticks_on_loop: bool) -> None:
        self._url, self._clock = url, clock
        self._background = None if ticks_on_loop else LoopThread()
        self._on = self._background.call if self._background else (lambda work: work)
        self._runner: TickRunner | None = None
        self.locked = LockedErrors()
        logging.getLogger().addHandler(self.locked)
        self._lock_windows = from_environment()

    def install(self, app: web.Application) -> None:
        app.router.add_post("/bench/clock/{moment}", self._set_clock)
        app.router.add_post("/bench/run/{job}", self._run)
        app.router.add_post("/bench/settle", self._settle)
        app.router.add_get("/bench/figures", self._figures)
        app.on_startup.append(self._start)
        app.on_cleanup.append(self._stop)

    async def _start(self, _: web.Application) -> None:
        self._runner = await self._on(_runner(self._url, self._clock))

    async def _stop(self, _: web.Application) -> None:
        if self._runner is not None:
            await self._on(_close(self._runner))
        if self._background:
            self._background.close()
        if self._lock_windows:
            self._lock_windows.write()

    async def _set_clock(self, request: web.Request) -> web.Response:
        self._clock.at = MOMENTS[request.match_info["moment"]]
        return web.json_response({})

    async def _run(self, request: web.Request) -> web.Response:
        seconds, statements = await self._on(self._runner.run(request.match_info["job"]))
        return web.json_response({"seconds": seconds, "statements": statements})

    async def _settle(self, _: web.Request) -> web.Response:
        began = time.perf_counter()
        await self._on(_settle(self._runner))
        return web.json_response({"seconds": round(time.perf_counter() - began, 3)})

    async def _figures(self, _: web.Request) -> web.Response:
        return web.json_response({"locked_errors": self.locked.count})


async def _runner(url: str, clock: BenchClock) -> TickRunner:
    """The ticks' engine, Bot Connector client and delivery worker, made on the loop they run
    on (both belong to the loop that made them)."""
    engine = create_engine(url)
    teams = TeamsConnector(app_id="", app_password="", tenant_id="", clock=clock)
    uow_factory = unit_of_work_factory(engine)
    worker = build_worker(worker_settings(url), engine, uow_factory, teams, clock)
    return TickRunner(uow_factory, clock, worker, Statements(engine),
                      closing=(teams.close, engine.dispose))


async def _close(runner: TickRunner) -> None:
    for close in runner.closing:
        await close()


async def _settle(runner: TickRunner) -> None:
    """Left over from the morning: a tick takes at most a batch (the minutes' 100), so run each
    until it finds nothing, and deliver what they queued, before idle is measured."""
    for name in JOBS:
        for _ in range(1000):
            if not await runner.jobs()[name]():
                break


def build(url: str, ticks_on_loop: bool) -> web.Application:
    clock = BenchClock(MOMENTS["busy"])
    app = bot_app(url, clock)
    BenchControl(url, clock, ticks_on_loop).install(app)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("port", type=int)
    parser.add_argument("--ticks-on-loop", action="store_true")
    options: Any = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    web.run_app(build(options.url, options.ticks_on_loop), host="127.0.0.1",
                port=options.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
