"""The published agenda card as the group sees it in the playground's web client, in chromium.

The web client only shows what the bot posts while it is open (the card the worker posted
earlier went to the harness's websocket), so the test asks for the agenda in the composer.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.agenda_in_playground.scene import AGENDA, PRESENTER, TITLE, WELCOME_ITEM, Cycle
from tests.e2e.browser import Browser
from tests.e2e.playground import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


async def test_the_browser_shows_the_published_agenda_card(pg: Playground, cycle: Cycle) -> None:
    async with Browser.launch() as browser:
        page = await browser.open(pg.url)
        await page.select(pg.mock.group_chat_name)
        await page.composer.wait_for()
        await page.type("dagsorden", mention=pg.mock.bot_name)
        card = await page.wait_for_card(AGENDA, timeout=15.0)
        await card.scroll_into_view_if_needed()
        shot = await page.screenshot("agenda-card")
        visible = await card.inner_text()

    assert AGENDA in visible and WELCOME_ITEM in visible
    assert TITLE in visible and PRESENTER in visible
    assert "Deltager" in visible and "Afbud" in visible
    png = await asyncio.to_thread(shot.read_bytes)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
