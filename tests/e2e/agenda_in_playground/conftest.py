"""The agenda cycle end to end: the real app with its delivery worker behind the Agents Playground.

This package has a bot of its own (`moedebot` here overrides the one of tests/e2e/conftest.py)
that runs the outbox worker, ticking every 0.3 s: the published agenda reaches the group chat
only through it. One playground serves the package. `cycle` opens the group chat (Lisbet, the
current user, becomes secretary) and plays the agenda cycle once (scene.run_cycle); the tests
look at what the bot answered. Every test checks that no HTTP exchange with the bot failed
(status >= 400) and that the bot logged no error since the package started.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from tests.e2e.agenda_in_playground.scene import Cycle, run_cycle
from tests.e2e.conftest import MoedebotProcess, running_moedebot
from tests.e2e.playground import Playground

WORKER = {"DELIVERY_WORKER": "true", "DELIVERY_TICK_SECONDS": "0.3"}


@pytest.fixture(scope="package")
def moedebot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MoedebotProcess]:
    """The real bot, empty database, with the delivery worker on."""
    with running_moedebot(tmp_path_factory, **WORKER) as bot:
        yield bot


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def playground(
    moedebot: MoedebotProcess, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    async with Playground.running(moedebot.messages_url, tmp_path_factory.mktemp("pg")) as pg:
        yield pg


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def cycle(playground: Playground) -> Cycle:
    pg = playground
    since = pg.mark()
    await pg.open("group")
    for name in ("installationUpdate", "conversationUpdate"):
        await pg.wait_for_exchange(
            lambda x, name=name: (
                x.to_bot and x.name == name and x.conversation_id == pg.mock.group_chat
            ),
            since=since,
        )
    await asyncio.sleep(0.3)  # the welcome messages reach the client websocket
    pg.clear()
    return await run_cycle(pg)


def errors(bot: MoedebotProcess) -> list[dict[str, Any]]:
    return [r for r in bot.log_records() if r.get("level") == "ERROR"]


@pytest_asyncio.fixture(loop_scope="package")
async def pg(
    playground: Playground, moedebot: MoedebotProcess, cycle: Cycle
) -> AsyncIterator[Playground]:
    """The package's playground after the cycle; checks for failed turns and logged errors."""
    playground.clear()
    yield playground
    assert playground.failures == [], "an exchange with the bot failed"
    assert errors(moedebot) == [], "the bot logged errors"
