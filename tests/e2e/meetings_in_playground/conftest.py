"""Mødebot end to end: the real app (`python app.py` on SQLite) behind the Agents Playground.

The bot runs as a subprocess started like production (`moedebot` in tests/e2e/conftest.py); one
Playground serves this package; Lisbet Daugaard-Hansen is the playground's current user, Rie
Nielsen an ordinary member of the group chat "Netværksgruppe Børn og Unge".

The tests do not depend on their order. Two package fixtures set the scene once:
- `opened` opens the group chat and Lisbet's personal chat (the install events) and keeps what
  the bot posted then;
- `agenda` plans the two meetings the tests rely on, as the secretary: one with the card form
  about three months ahead, one with a line of text two weeks ahead (the next meeting).
A test that changes meetings plans its own (the cancel test), so the next meeting is always the
two-week one. Each test also checks that no HTTP exchange with the bot failed (status >= 400)
and that the bot logged no error while it ran.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio

from tests.e2e.meetings_in_playground.scene import (
    FORM_DAY,
    FORM_PLACE,
    TEXT_DAY,
    TEXT_PLACE,
    Agenda,
    Opening,
    ask,
    danish_day,
)
from tests.e2e.playground import Playground

if TYPE_CHECKING:
    from tests.e2e.conftest import MoedebotProcess


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def playground(
    moedebot: MoedebotProcess, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    workdir = tmp_path_factory.mktemp("playground")
    async with Playground.running(moedebot.messages_url, workdir) as pg:
        yield pg


async def _open(pg: Playground, bot: MoedebotProcess, which: str) -> Opening:
    conversation = pg.mock.conversation(which)
    since, shown, logged = pg.mark(), len(pg.messages.history), bot.mark()
    await pg.open(which)
    for name in ("installationUpdate", "conversationUpdate"):
        await pg.wait_for_exchange(
            lambda x, name=name: x.to_bot and x.name == name and x.conversation_id == conversation,
            since=since,
        )
    await asyncio.sleep(0.3)  # the bot's messages of both turns reach the client websocket
    pg.clear()
    return Opening(
        exchanges=[x for x in pg.exchanges.history[since:] if x.conversation_id == conversation],
        messages=[m for m in pg.messages.history[shown:] if m.conversation_id == conversation],
        errors=[r for r in bot.log_records(logged) if r.get("level") == "ERROR"],
    )


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def opened(playground: Playground, moedebot: MoedebotProcess) -> dict[str, Opening]:
    """The group chat and Lisbet's personal chat, opened once (the browser opens the latter)."""
    return {which: await _open(playground, moedebot, which) for which in ("group", "personal")}


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def agenda(playground: Playground, opened: dict[str, Opening]) -> Agenda:
    pg = playground
    form = await ask(pg, "nyt møde")
    planned_by_form = await pg.invoke(
        form,
        "meeting.plan",
        {
            "date": FORM_DAY.isoformat(),
            "start": "10:00",
            "end": "13:00",
            "place": FORM_PLACE,
            "online": "false",
            "theme": "Psykiatrien",
        },
    )
    planned_by_text = await ask(pg, f"nyt møde {danish_day(TEXT_DAY)} kl. 9-12 i {TEXT_PLACE}")
    pg.clear()
    assert pg.failures == [], "an exchange with the bot failed while planning"
    return Agenda(form, planned_by_form, planned_by_text)


@pytest_asyncio.fixture(loop_scope="package")
async def pg(
    playground: Playground, moedebot: MoedebotProcess, agenda: Agenda
) -> AsyncIterator[Playground]:
    """The package's playground, meetings planned, nothing pending; checks for failed turns."""
    playground.clear()
    failed_before, logged = len(playground.failures), moedebot.mark()
    yield playground
    assert playground.failures[failed_before:] == []
    errors = [r for r in moedebot.log_records(logged) if r.get("level") == "ERROR"]
    assert errors == [], "the bot logged errors"
