"""`python -m bench.fanout`: the delivery worker fanning out to N members through a fake Bot
Connector on loopback, once with the tenant rate cap and once without.

Prints one JSON line per run: messages, seconds, achieved rate against the cap, lost,
duplicates, peak RSS. The connector runs in its own process so it does not take the worker's
CPU; the worker runs in this process, as in `python app.py worker`.
"""

import argparse
import asyncio
import json
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from bot.outbox.delivery import DeliveryOptions, DeliveryWorker
from bot.outbox.rate_limits import RateLimiter, TokenBucket
from bot.teams.connector import TeamsConnector
from meetings.common.clock import SystemClock
from storage.database import create_engine
from storage.migrate import upgrade
from storage.unit_of_work import unit_of_work_factory
from tests.fanout_data import seed

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def wait_for_connector(url: str, deadline: float = 20.0) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(int(deadline / 0.1)):
            try:
                async with http.get(url + "_stats") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    raise RuntimeError("the fake connector did not start")


async def stats(url: str) -> dict:
    async with aiohttp.ClientSession() as http, http.get(url + "_stats") as response:
        return await response.json()


async def run(messages: int, rate: float | None, latency: float, batch: int) -> dict:
    port = free_port()
    connector = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fake_connector", str(port), str(latency), cwd=ROOT)
    url = f"http://127.0.0.1:{port}/"
    try:
        await wait_for_connector(url)
        with tempfile.TemporaryDirectory() as folder:
            database = f"sqlite:///{folder}/fanout.db"
            await asyncio.to_thread(upgrade, database)
            await seed(database, url, messages)
            seconds = await deliver(database, rate, batch)
        result = await stats(url)
    finally:
        connector.terminate()
        await connector.wait()
    spread = (result["last"] - result["first"]) if result["first"] else 0.0
    achieved = (result["distinct"] - 1) / spread if spread else 0.0
    return {
        "messages": messages, "seconds": round(seconds, 2),
        "rate_cap": rate, "achieved_rate": round(achieved, 1),
        "of_cap": round(achieved / rate, 3) if rate else None,
        "lost": messages - result["distinct"],
        "duplicates": result["deliveries"] - result["distinct"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


async def deliver(database: str, rate: float | None, batch: int) -> float:
    engine = create_engine(database)
    client = TeamsConnector()
    bucket = TokenBucket(rate, capacity=max(1.0, rate / 5)) if rate else TokenBucket(1e9, 1e9)
    worker = DeliveryWorker(unit_of_work_factory(engine), client, SystemClock(),
                            RateLimiter(bucket), "http://bench", DeliveryOptions(batch=batch))
    started = time.perf_counter()
    await worker.drain()
    seconds = time.perf_counter() - started
    await client.close()
    await engine.dispose()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=30.0, help="the tenant cap, messages/s")
    parser.add_argument("--latency", type=float, default=0.005, help="connector latency, s")
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    for rate in (args.rate, None):
        print(json.dumps(asyncio.run(run(args.messages, rate, args.latency, args.batch))),
              flush=True)


if __name__ == "__main__":
    main()
