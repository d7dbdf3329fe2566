"""The next meeting's card as people see it in the playground's web client, in chromium."""

from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import expect

from tests.e2e.browser import CARD, Browser
from tests.e2e.meetings_in_playground.scene import TEXT_DAY, TEXT_PLACE, danish_when
from tests.e2e.playground import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


async def test_the_browser_shows_the_next_meeting_card(pg: Playground) -> None:
    when = danish_when(TEXT_DAY, 9, 12)
    async with Browser.launch() as browser:
        page = await browser.open(pg.url)
        await page.select(pg.mock.group_chat_name)
        await page.composer.wait_for()
        cards = page.page.locator(CARD).filter(has_text="Næste møde")
        shown_before = await cards.count()
        await page.type("næste møde", mention=pg.mock.bot_name)
        await expect(cards).to_have_count(shown_before + 1, timeout=10_000)
        card = cards.last
        await card.scroll_into_view_if_needed()
        shot = await page.screenshot("meeting-card")
        visible = await card.inner_text()

    assert "Næste møde" in visible
    assert when in visible, visible
    assert TEXT_PLACE in visible and "Tilføj til kalender" in visible
    png = await asyncio.to_thread(shot.read_bytes)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
