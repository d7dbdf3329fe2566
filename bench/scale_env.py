"""Where the scale benchmark runs: its database (a temporary SQLite file, a throwaway PostgreSQL
or a given empty one, migrated by Alembic), the app from create_app (served in a process of its
own, bench.scale_app), the instant fake Bot Connector (served on loopback by the driver) and a
clock the benchmark sets."""

import contextlib
import socket
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

from aiohttp import web

from app import create_app
from bench.fake_connector import InstantConnector
from bot.settings import Settings


class BenchClock:
    """The one clock of the app and the ticks: set to the moment being measured."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


@contextlib.contextmanager
def database(option: str | None) -> Iterator[str]:
    """A migrated, empty database's URL: `None` a temporary SQLite file, `postgresql` a
    throwaway server (the test suite's), else the URL given (an empty database)."""
    from storage.migrate import upgrade  # in the driver only: not in the app's memory

    if option is None:
        with tempfile.TemporaryDirectory(prefix="moedebot-scale-") as folder:
            url = f"sqlite:///{Path(folder) / 'scale.db'}"
            upgrade(url)
            yield url
        return
    if option != "postgresql":
        upgrade(option)
        yield option
        return
    from tests.support.postgres import PostgresServer  # only for a throwaway server

    server = PostgresServer().start()
    try:
        server.psql("CREATE DATABASE scale")
        upgrade(server.url("scale"))
        yield server.url("scale")
    finally:
        server.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.asynccontextmanager
async def served(app: web.Application) -> AsyncIterator[str]:
    """The app listening on a free loopback port; its base URL."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        await runner.cleanup()


def bot_app(url: str, clock: BenchClock) -> web.Application:
    """The bot as `python app.py` builds it, on the benchmark's clock; the ticks and the
    delivery are driven by the benchmark, so its own worker is off."""
    settings = Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False, LOG_LEVEL="WARNING")
    return create_app(settings, clock=clock)


def worker_settings(url: str) -> Settings:
    # No tenant-wide cap: what is measured is the bot's own work per message, not the 30/s
    # that Teams allows (bench.fanout measures delivery under the cap).
    return Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL="http://127.0.0.1:3978",
                    RATE_LIMIT_PER_SECOND=0, DELIVERY_BATCH=200, LOG_LEVEL="WARNING")


def connector() -> InstantConnector:
    return InstantConnector()
