"""Every card text is readable on Teams' light theme: at least 4.5:1 against the card's white,
as WCAG asks of body text. Teams' "good" green and "warning" yellow are far below that."""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.turn import Turn
from bot.views.tasks import due_words
from cards import render, template_names
from meetings.common.i18n import translations
from meetings.groups.entities import Group
from meetings.tasks.entities import Task
from tests.card_reading import elements
from tests.card_samples import SAMPLES

HOST_CONFIG = Path(__file__).parents[2] / "gallery" / "teams_host_config.json"
WHITE = (1.0, 1.0, 1.0)


def palette() -> dict[str, dict[str, str]]:
    config = json.loads(HOST_CONFIG.read_text(encoding="utf-8"))
    colours = config["containerStyles"]["default"]["foregroundColors"]
    return {name.lower(): shades for name, shades in colours.items()}


def on_white(argb: str) -> tuple[float, float, float]:
    """#AARRGGBB as drawn over white."""
    alpha = int(argb[1:3], 16) / 255
    return tuple(alpha * int(argb[i:i + 2], 16) / 255 + (1 - alpha) for i in (3, 5, 7))


def luminance(rgb: tuple[float, float, float]) -> float:
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(argb: str) -> float:
    return (luminance(WHITE) + 0.05) / (luminance(on_white(argb)) + 0.05)


def faint_texts(card: dict[str, Any]) -> list[tuple[str, str]]:
    colours = palette()
    faint = []
    for element in elements(card):
        if element.get("type") not in ("TextBlock", "TextRun"):
            continue
        shade = "subtle" if element.get("isSubtle") else "default"
        argb = colours[str(element.get("color", "Default")).lower()][shade]
        if contrast(argb) < 4.5:
            faint.append((element.get("color", "Default"), element.get("text", "")))
    return faint


def test_the_check_knows_teams_pale_green_from_its_grey():
    assert contrast(palette()["good"]["default"]) < 2.5
    assert contrast(palette()["default"]["subtle"]) > 6


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["da", "en"])
def test_no_card_text_is_too_faint_to_read_on_teams_light_theme(name, language):
    card = render(name, gettext=translations(language).gettext, language=language,
                  **SAMPLES[name])
    assert faint_texts(card) == []


@pytest.mark.parametrize("status, due_on", [("done", date(2026, 11, 20)),
                                            ("open", date(2026, 11, 20)),
                                            ("open", date(2026, 11, 25)),
                                            ("open", date(2026, 12, 4))])
def test_a_tasks_due_line_is_never_too_faint(status, due_on):
    task = Task(status=status, due_on=due_on, closed_at=datetime(2026, 11, 24, tzinfo=UTC))
    turn = Turn(uow=None, group=Group(time_zone="Europe/Copenhagen", language="da"),
                member=None, language="da", now=datetime(2026, 11, 25, 9, tzinfo=UTC),
                base_url="http://bot.test")
    _, colour = due_words(turn, task, date(2026, 11, 25))
    assert contrast(palette()[colour.lower()]["default"]) >= 4.5
