"""Drives a bot's /api/messages with N concurrent clients and measures each turn."""

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp


@dataclass
class Run:
    turns: int
    cap_seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    started: int = 0

    def claim(self, deadline: float) -> bool:
        """Whether a worker may start another turn: turns left and time left."""
        if self.started >= self.turns or time.perf_counter() > deadline:
            return False
        self.started += 1
        return True


async def drive(url: str, activity: Callable[[], dict[str, Any]], *, concurrency: int,
                turns: int, cap_seconds: float) -> dict[str, Any]:
    run = Run(turns, cap_seconds)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        began = time.perf_counter()
        deadline = began + cap_seconds
        await asyncio.gather(*(_worker(session, url, activity, run, deadline)
                               for _ in range(concurrency)))
        seconds = time.perf_counter() - began
    return _summary(run, concurrency, seconds)


async def _worker(session: aiohttp.ClientSession, url: str, activity: Callable[[], dict],
                  run: Run, deadline: float) -> None:
    while run.claim(deadline):
        body = activity()
        began = time.perf_counter()
        try:
            async with session.post(url, json=body) as response:
                await response.read()
                ok = response.status in (200, 201)
        except aiohttp.ClientError:
            ok = False
        if ok:
            run.latencies.append(time.perf_counter() - began)
        else:
            run.errors += 1


def _summary(run: Run, concurrency: int, seconds: float) -> dict[str, Any]:
    done = len(run.latencies)
    return {"concurrency": concurrency, "turns": done, "seconds": round(seconds, 3),
            "turns_per_s": round(done / seconds, 1) if seconds else 0.0,
            "p50_ms": _percentile_ms(run.latencies, 50),
            "p99_ms": _percentile_ms(run.latencies, 99), "errors": run.errors}


def _percentile_ms(latencies: list[float], percent: int) -> float | None:
    if len(latencies) < 2:
        return round(latencies[0] * 1000, 2) if latencies else None
    # "inclusive": between observed values. The default extrapolates past the slowest one
    # when there are few (a /healthz p99 above its max at 100 groups).
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return round(cuts[percent - 1] * 1000, 2)
