"""Look at the Agents Playground's web client in Debian's chromium, for what people see.

`Browser` launches /usr/bin/chromium through the `playwright` package (no downloaded
browsers) in a Danish locale and time zone. `PlaygroundPage` clicks a conversation in the left
rail, types into the composer (with an @mention picked from the popup), waits for an Adaptive
Card, clicks its buttons and saves screenshots to tests/e2e/screenshots/<name>.png.

Opening the page makes the playground send the personal chat's installationUpdate and
conversationUpdate to the bot again, and each conversation clicked gets the same.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from playwright.async_api import Browser as _Chromium
from playwright.async_api import Locator, Page, async_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-breakpad",  # no crash reporter (crashpad handler) left behind or writing to $HOME
]
SCREENSHOTS = Path(__file__).with_name("screenshots")
COMPOSER = "[contenteditable=true][role=textbox]"
CARD = ".ac-adaptiveCard"


class PlaygroundPage:
    """The playground's web client in one browser tab."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.composer = page.locator(COMPOSER)

    async def select(self, name: str) -> None:
        """Click a conversation in the left rail: "Personal Chat", the group chat, a channel."""
        await self.page.get_by_text(name, exact=True).first.click()

    async def type(self, text: str, mention: str | None = None) -> None:
        """Type a message and send it; `mention` (the bot's name) is picked from the popup."""
        await self.composer.click()
        if mention:
            await self.page.keyboard.type(f"@{mention[:3]}")
            await self.page.get_by_text(mention, exact=True).last.click()
            await self.page.keyboard.type(" ")
        await self.page.keyboard.type(text)
        await self.page.keyboard.press("Enter")

    async def wait_for_card(
        self,
        text: str | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 (handed to Playwright)
    ) -> Locator:
        """The last Adaptive Card shown (containing `text`, if given), once it is visible."""
        cards = self.page.locator(CARD)
        if text is not None:
            cards = cards.filter(has_text=text)
        card = cards.last
        await card.wait_for(state="visible", timeout=timeout * 1000)
        return card

    async def screenshot(self, name: str) -> Path:
        """Save the whole tab as tests/e2e/screenshots/<name>.png and return the path."""
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        await self.page.screenshot(path=str(path))
        return path


class Browser:
    """A headless chromium; `open` gives a playground tab."""

    def __init__(self, chromium: _Chromium) -> None:
        self.chromium = chromium

    @classmethod
    @contextlib.asynccontextmanager
    async def launch(cls) -> AsyncIterator[Browser]:
        async with async_playwright() as playwright:
            chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                yield cls(chromium)
            finally:
                await chromium.close()

    async def open(self, url: str, timeout: float = 30.0) -> PlaygroundPage:  # noqa: ASYNC109
        """Open the web client at `url` and wait until its composer is there."""
        context = await self.chromium.new_context(
            viewport={"width": 1280, "height": 900},
            locale="da-DK",
            timezone_id="Europe/Copenhagen",
        )
        page = await context.new_page()
        await page.goto(url)
        playground = PlaygroundPage(page)
        await playground.composer.wait_for(timeout=timeout * 1000)
        return playground
