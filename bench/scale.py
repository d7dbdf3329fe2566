"""The bot at scale: `python -m bench.scale [--groups N] [--database URL]`.

Builds N network groups (20 members, 10 meetings, 100 tasks of which 10 open, 53 minutes
entries and 170 outbox rows each) through the project's schema with bulk inserts, then runs
each tick (agenda, chase, minutes, delivery) on the busy working-day morning and again with
nothing due, measures the hot reads as turns through the bot, polls /healthz while the ticks
run, and prints one JSON line. The app runs in a child process of its own (bench.scale_app),
the fake Bot Connector in this one, so `peak_rss_mb` is the app's alone. SQLite by default (a
temporary file); `--database postgresql` starts a throwaway PostgreSQL, any other value is an
empty database's URL. See bench/README.md.
"""

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

from bench.scale_app import JOBS
from bench.scale_data import generate
from bench.scale_env import connector, database, free_port, served
from bench.scale_reads import hot_reads
from bench.scale_ticks import Health, percentile_ms
from storage.database import create_engine

# 300 turns a question: of 100, the p99 (statistics.quantiles) is all but the worst turn, so
# a single pause in 500 turns (a full pass of the garbage collector) set it; of 300, it lies
# between the fourth and third worst. The worst turn is printed beside it.
READ_SAMPLES = 300
ROOT = Path(__file__).resolve().parents[1]  # where `-m bench.scale_app` finds this code
READY_SECONDS = 120.0  # the app trains its understanding model on start, on a loaded machine


async def run(groups: int, url: str, read_samples: int = READ_SAMPLES,
              ticks_on_loop: bool = False) -> dict[str, Any]:
    fake = connector()
    async with served(fake.app()) as service_url:
        generate_s = await _generate(url, groups, service_url)
        async with app_process(url, ticks_on_loop) as (bot_url, pid), \
                aiohttp.ClientSession() as control:
            health = Health(bot_url)
            ticks = await _ticks(control, bot_url, health)
            costs, failed = await hot_reads(bot_url, service_url, groups, read_samples, pid=pid)
            figures = await _post(control, bot_url + "bench/figures", method="GET")
            peak_rss_mb, rss_mb = _memory_mb(pid)
    return {
        "groups": groups, "generate_s": round(generate_s, 1), "ticks": ticks,
        "peak_rss_mb": peak_rss_mb, "rss_after_mb": rss_mb,
        "reads_p99_ms": {name: percentile_ms(t, 99) for name, t in costs.latencies.items()},
        "reads_p50_ms": {name: percentile_ms(t, 50) for name, t in costs.latencies.items()},
        "reads_max_ms": {name: round(max(t) * 1000, 2) if t else None
                         for name, t in costs.latencies.items()},
        "reads_cpu_ms": costs.cpu_ms_per_turn(),
        "healthz_p99_ms": health.p99_ms(), "healthz_max_ms": health.max_ms(),
        "healthz_failures": health.failures,
        "locked_errors": figures["locked_errors"] + health.locked, "failed_reads": failed,
        "ticks_on_serving_loop": ticks_on_loop, "sent": fake.replies,
    }


async def _generate(url: str, groups: int, service_url: str) -> float:
    engine = create_engine(url)
    try:
        return await generate(engine, groups, service_url)
    finally:
        await engine.dispose()


@contextlib.asynccontextmanager
async def app_process(url: str, ticks_on_loop: bool) -> AsyncIterator[tuple[str, int]]:
    """The app (bench.scale_app) in a child process on a free loopback port, once it answers
    /healthz; its base URL and process id. Stopped with SIGINT, as aiohttp stops gracefully."""
    port = free_port()
    options = ["--ticks-on-loop"] if ticks_on_loop else []
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.scale_app", url, str(port), *options,
        stdout=sys.stderr, cwd=ROOT)
    bot_url = f"http://127.0.0.1:{port}/"
    try:
        await _ready(child, bot_url)
        yield bot_url, child.pid
    finally:
        if child.returncode is None:
            child.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(child.wait(), 30)
            except TimeoutError:
                child.kill()
                await child.wait()


async def _ready(child: asyncio.subprocess.Process, bot_url: str) -> None:
    deadline = time.monotonic() + READY_SECONDS
    async with aiohttp.ClientSession() as session:
        while True:
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(bot_url + "healthz") as response:
                    if response.status == 200:
                        return
            if child.returncode is not None or time.monotonic() > deadline:
                raise SystemExit(f"the app process did not start (exit {child.returncode})")
            await asyncio.sleep(0.2)


async def _post(session: aiohttp.ClientSession, url: str, method: str = "POST") -> dict:
    async with session.request(method, url) as response:
        response.raise_for_status()
        return await response.json()


async def _ticks(control: aiohttp.ClientSession, bot_url: str,
                 health: Health) -> dict[str, dict[str, Any]]:
    """Each job on the busy morning (delivery last, sending what the others queued), then each
    again at mid-morning, when all of it is done; /healthz polled meanwhile. Ends at
    mid-morning, where the reads are measured."""
    ticks: dict[str, dict[str, Any]] = {name: {} for name in JOBS}
    run = bot_url + "bench/run/"
    await _post(control, bot_url + "bench/clock/busy")
    for name in JOBS:
        done = await health.poll_while(_post(control, run + name))
        ticks[name]["busy_s"] = done["seconds"]
    await _post(control, bot_url + "bench/clock/idle")
    await _post(control, bot_url + "bench/settle")
    for name in JOBS:
        done = await health.poll_while(_post(control, run + name))
        ticks[name].update(idle_s=done["seconds"], idle_statements=done["statements"])
    return {name: {key: ticks[name][key] for key in ("idle_s", "idle_statements", "busy_s")}
            for name in JOBS}


def _memory_mb(pid: int) -> tuple[float | None, float | None]:
    """The app process's peak resident memory over its life, and now (Linux /proc)."""
    found: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = round(int(value.split()[0]) / 1024, 1)
    return found.get("VmHWM"), found.get("VmRSS")


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
