"""The bot at scale: `python -m bench.scale [--groups N] [--database URL]`.

Builds N network groups (20 members, 10 meetings, 100 tasks of which 10 open, 53 minutes
entries and 170 outbox rows each) through the project's schema with bulk inserts, then runs
each tick (agenda, chase, minutes, delivery) on the busy working-day morning and again with
nothing due, measures the hot reads as turns through the bot, polls /healthz of the app in this
process while the ticks run, and prints one JSON line. SQLite by default (a temporary file);
`--database postgresql` starts a throwaway PostgreSQL, any other value is an empty database's
URL. See bench/README.md.
"""

import argparse
import asyncio
import json
import logging
import resource
from pathlib import Path
from typing import Any

from bench.scale_data import generate
from bench.scale_env import (
    BenchClock,
    bot_app,
    connector,
    database,
    served,
    worker_settings,
)
from bench.scale_reads import hot_reads
from bench.scale_rows import BUSY_DAY, local
from bench.scale_ticks import (
    Health,
    LockedErrors,
    LoopThread,
    Statements,
    TickRunner,
    percentile_ms,
)
from bot.outbox.runtime import build_worker
from bot.teams.connector import TeamsConnector
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory

BUSY = local(BUSY_DAY, 9, 1)  # the ticks' first run of the working day
IDLE = local(BUSY_DAY, 10, 30)  # everything of the morning done: nothing is due
JOBS = ("agenda", "chase", "minutes", "delivery")
READ_SAMPLES = 100


async def run(groups: int, url: str, read_samples: int = READ_SAMPLES,
              ticks_on_loop: bool = False) -> dict[str, Any]:
    clock = BenchClock(BUSY)
    locked = LockedErrors()
    logging.getLogger().addHandler(locked)
    fake = connector()
    async with served(fake.app()) as service_url, served(bot_app(url, clock)) as bot_url:
        generate_s = await _generate(url, groups, service_url)
        _reset_peak_rss()
        health = Health(bot_url)
        # The ticks on a loop of their own, as the app runs them, or on the serving loop.
        background = None if ticks_on_loop else LoopThread()
        on = background.call if background else (lambda work: work)
        runner = await on(_runner(url, clock))
        try:
            ticks = await _ticks(runner, clock, health, on)
            clock.at = IDLE
            reads, failed = await hot_reads(bot_url, service_url, groups, read_samples)
        finally:
            await on(_close(runner))
            if background:
                background.close()
    logging.getLogger().removeHandler(locked)
    return {
        "groups": groups, "generate_s": round(generate_s, 1), "ticks": ticks,
        "peak_rss_mb": _peak_rss_mb(),
        "reads_p99_ms": {name: percentile_ms(times, 99) for name, times in reads.items()},
        "reads_p50_ms": {name: percentile_ms(times, 50) for name, times in reads.items()},
        "healthz_p99_ms": health.p99_ms(), "healthz_max_ms": health.max_ms(),
        "healthz_failures": health.failures,
        "locked_errors": locked.count + health.locked, "failed_reads": failed,
        "ticks_on_serving_loop": ticks_on_loop, "sent": fake.replies,
    }


async def _generate(url: str, groups: int, service_url: str) -> float:
    engine = create_engine(url)
    try:
        return await generate(engine, groups, service_url)
    finally:
        await engine.dispose()


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


async def _ticks(runner: TickRunner, clock: BenchClock, health: Health,
                 on) -> dict[str, dict[str, Any]]:
    """Each job on the busy morning (delivery last, sending what the others queued), then each
    again at mid-morning, when all of it is done; /healthz polled meanwhile."""
    ticks: dict[str, dict[str, Any]] = {name: {} for name in JOBS}
    for name in JOBS:
        ticks[name]["busy_s"], _ = await health.poll_while(on(runner.run(name)))
    clock.at = IDLE
    await on(_settle(runner))
    for name in JOBS:
        seconds, statements = await health.poll_while(on(runner.run(name)))
        ticks[name].update(idle_s=seconds, idle_statements=statements)
    return {name: {key: ticks[name][key] for key in ("idle_s", "idle_statements", "busy_s")}
            for name in JOBS}


async def _settle(runner: TickRunner) -> None:
    """Left over from the morning: a tick takes at most a batch (the minutes' 100), so run each
    until it finds nothing, and deliver what they queued, before idle is measured."""
    for name in JOBS:
        for _ in range(1000):
            if not await runner.jobs()[name]():
                break


def _reset_peak_rss() -> None:
    """Linux: the peak from here on, not the generator's (writing 5 to clear_refs resets it)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--database", default=None,
                        help="`postgresql` for a throwaway server, or an empty database's URL")
    parser.add_argument("--reads", type=int, default=READ_SAMPLES,
                        help="turns measured per hot read")
    parser.add_argument("--ticks-on-loop", action="store_true",
                        help="run the ticks on the loop that serves, as the app did before")
    options = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    with database(options.database) as url:
        result = asyncio.run(run(options.groups, url, options.reads, options.ticks_on_loop))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
