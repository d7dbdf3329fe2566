"""The app in this process on a fake clock, behind the Agents Playground: for end-to-end tests
where time must move (a task's reminder falls due, minutes are approved by silence).

The clock is one of our own ports, so the app runs in the test's event loop (`create_app` with
a `FakeClock`) instead of as a subprocess, with its delivery worker and its agenda, chase and
minutes ticks every 0.3 s, on a migrated SQLite database of its own. Everything else is real:
aiohttp serving /api/messages and the documents, the outbox, the worker opening Lisbet's 1:1
chat through the playground's connector.

A package uses it by importing the fixtures into its conftest.py:
`from tests.e2e.in_process import app, database_file, pg, playground  # noqa: F401`.
Lisbet Daugaard-Hansen is the playground's current user; opening the group chat (done by
`playground`) makes her its secretary. `pg` checks after every test that no HTTP exchange with
the bot failed and that the app logged no error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web

from app import create_app
from bot.settings import Settings
from storage.database import create_engine
from storage.migrate import upgrade
from storage.unit_of_work import UnitOfWorkFactory, unit_of_work_factory
from tests.e2e.meetings_in_playground.scene import heading
from tests.e2e.playground import BotMessage, Playground
from tests.fakes import FakeClock
from tests.support.sockets import free_port

# Monday 1 March 2027, 09.00 in Copenhagen: a plain working week lies ahead.
START = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
TICK = 0.3


class ErrorLog(logging.Handler):
    """Keeps every record of level ERROR or above that the app logs while the package runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class AppInProcess:
    url: str
    clock: FakeClock
    uow: UnitOfWorkFactory
    errors: ErrorLog = field(default_factory=ErrorLog)

    @property
    def messages_url(self) -> str:
        return f"{self.url}/api/messages"


@pytest.fixture(scope="package")
def database_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrated outside the event loop: Alembic's async env cannot run inside a running loop."""
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('tasks')) / 'e2e.db'}"
    upgrade(url)
    yield url


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def app(database_file: str) -> AsyncIterator[AppInProcess]:
    port = free_port()
    settings = Settings(
        _env_file=None, APP_ID="", APP_PASSWORD="", APP_TENANTID="", ALLOWED_TENANTS="",
        HOST="127.0.0.1", PORT=port, DATABASE_URL=database_file,
        PUBLIC_URL=f"http://127.0.0.1:{port}", DELIVERY_WORKER=True,
        DELIVERY_TICK_SECONDS=TICK, CYCLE_TICK_SECONDS=TICK)
    clock = FakeClock(START)
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    runner = web.AppRunner(create_app(settings, clock=clock))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    engine = create_engine(database_file)
    try:
        yield AppInProcess(settings.base_url, clock, unit_of_work_factory(engine), errors)
    finally:
        await runner.cleanup()
        await engine.dispose()
        logging.getLogger().removeHandler(errors)


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def playground(
    app: AppInProcess, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    async with Playground.running(app.messages_url, tmp_path_factory.mktemp("pg")) as pg:
        for which in ("group", "personal"):
            since = pg.mark()
            conversation = pg.mock.conversation(which)
            await pg.open(which)
            for name in ("installationUpdate", "conversationUpdate"):
                await pg.wait_for_exchange(
                    lambda x, name=name, c=conversation: (
                        x.to_bot and x.name == name and x.conversation_id == c
                    ),
                    since=since,
                )
        await asyncio.sleep(TICK)  # the welcome messages reach the client websocket
        pg.clear()
        yield pg


@pytest_asyncio.fixture(loop_scope="package")
async def pg(playground: Playground, app: AppInProcess) -> AsyncIterator[Playground]:
    playground.clear()
    yield playground
    assert playground.failures == [], "an exchange with the bot failed"
    assert [r.getMessage() for r in app.errors.records] == [], "the app logged errors"


async def answer_in(pg: Playground, conversation: str, title: str) -> BotMessage:
    """The bot's next new card headed `title` in `conversation` ("group", "personal")."""
    conversation_id = pg.mock.conversation(conversation)
    return await pg.wait_for(
        lambda m: (m.action == "createMessage" and m.conversation_id == conversation_id
                   and m.card is not None and heading(m.card) == title),
        15.0,
    )
