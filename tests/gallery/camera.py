"""Pictures of the gallery's cards: one headless chromium, one page, each card in turn rendered
by the Adaptive Cards JavaScript renderer at the width of a card in a Teams chat, and photographed.

450 px is the card's width: Teams draws a card in a chat no wider than about 450–520 px (the
desktop client's chat column; cards without `msteams.width: Full`), and less on a narrow
window. Whatever breaks at 450 px breaks for somebody; the narrow end of the range is the one
to look at. Date and time inputs are chromium's own, in its US format; Teams draws its own
pickers in the user's format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.async_api import async_playwright

from tests.e2e.browser import ARGS, CHROMIUM

CARD_WIDTH = 450
HERE = Path(__file__).parent
NODE_MODULES = Path(__file__).parents[2] / "node_modules"
STYLES = (NODE_MODULES / "adaptivecards/dist/adaptivecards.css", HERE / "teams_chat.css")
SCRIPTS = (NODE_MODULES / "adaptivecards/dist/adaptivecards.min.js",
           NODE_MODULES / "markdown-it/dist/browser/markdown-it.umd.min.js", HERE / "render.js")
PAGE = (f"<!doctype html><html lang='da'><head><meta charset='utf-8'>"
        f"<style>:root {{ --card-width: {CARD_WIDTH}px; }}</style></head><body></body></html>")


def _host_config() -> dict[str, Any]:
    return json.loads((HERE / "teams_host_config.json").read_text(encoding="utf-8"))


async def photograph(shots: list[dict[str, Any]], out: Path) -> dict[str, list[str]]:
    """Each shot ({name, card}) as out/<name>.png (the folder exists); what the renderer
    objected to, by name."""
    host_config = _host_config()
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = await chromium.new_page(viewport={"width": 1200, "height": 900},
                                           locale="da-DK", timezone_id="Europe/Copenhagen")
            await page.set_content(PAGE)
            for style in STYLES:
                await page.add_style_tag(path=str(style))
            for script in SCRIPTS:
                await page.add_script_tag(path=str(script))
            problems = {}
            for shot in shots:
                problems |= await page.evaluate(
                    "([shots, config]) => window.renderGallery(shots, config)",
                    [[shot], host_config])
                await page.evaluate("document.fonts.ready")
                frame = page.locator(f"section#{shot['name']}")
                await frame.screenshot(path=str(out / f"{shot['name']}.png"))
        finally:
            await chromium.close()
    return problems
