"""Pictures of the gallery's cards: one headless chromium, one page a screen, each card in turn
rendered by the Adaptive Cards JavaScript renderer at the width of a card in a Teams chat, and
photographed.

450 px is the card's width on the desktop: Teams draws a card in a chat no wider than about
450–520 px (the desktop client's chat column; cards without `msteams.width: Full`), and less on a
narrow window. Teams on a phone gives a card about 320–360 px; the phone's pictures are 320 px,
with at most three buttons side by side, the rest behind a "…" button, and a title that does not
fit on its button cut short, as the mobile client shows them; either is a problem of the card,
reported like the renderer's. Whatever breaks at the narrow end of a range breaks for somebody;
it is the one to look at. Date and time inputs are chromium's own, in its US format; Teams draws
its own pickers in the user's format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.async_api import async_playwright

from tests.e2e.browser import ARGS, CHROMIUM

HERE = Path(__file__).parent
NODE_MODULES = Path(__file__).parents[2] / "node_modules"
STYLES = (NODE_MODULES / "adaptivecards/dist/adaptivecards.css", HERE / "teams_chat.css")
SCRIPTS = (NODE_MODULES / "adaptivecards/dist/adaptivecards.min.js",
           NODE_MODULES / "markdown-it/dist/browser/markdown-it.umd.min.js", HERE / "render.js")


@dataclass(frozen=True)
class Screen:
    """Where a member reads the card: its width, and how many buttons stand side by side before
    the rest go behind "…" (None: all of them, wrapping onto more lines as needed)."""
    name: str
    width: int
    buttons: int | None = None


DESKTOP = Screen("desktop", 450)
PHONE = Screen("phone", 320, buttons=3)
CARD_WIDTH = DESKTOP.width


def _page(screen: Screen) -> str:
    return (f"<!doctype html><html lang='da'><head><meta charset='utf-8'>"
            f"<style>:root {{ --card-width: {screen.width}px; }}</style></head>"
            f"<body class='{screen.name}'></body></html>")


def _host_config(screen: Screen) -> dict[str, Any]:
    config = json.loads((HERE / "teams_host_config.json").read_text(encoding="utf-8"))
    if screen.buttons:
        config["actions"]["maxActions"] = screen.buttons
    return config


async def photograph(shots: list[dict[str, Any]], out: Path,
                     screen: Screen = DESKTOP) -> dict[str, list[str]]:
    """Each shot ({name, card}) as out/<name>.png (the folder exists) on `screen`; what the
    renderer objected to, by name."""
    host_config = _host_config(screen)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = await chromium.new_page(viewport={"width": 1200, "height": 900},
                                           locale="da-DK", timezone_id="Europe/Copenhagen")
            await page.set_content(_page(screen))
            for style in STYLES:
                await page.add_style_tag(path=str(style))
            for script in SCRIPTS:
                await page.add_script_tag(path=str(script))
            problems = {}
            for shot in shots:
                problems |= await page.evaluate(
                    "([shots, config, overflow]) => window.renderGallery(shots, config, overflow)",
                    [[shot], host_config, screen.buttons is not None])
                await page.evaluate("document.fonts.ready")
                frame = page.locator(f"section#{shot['name']}")
                await frame.screenshot(path=str(out / f"{shot['name']}.png"))
        finally:
            await chromium.close()
    return problems
