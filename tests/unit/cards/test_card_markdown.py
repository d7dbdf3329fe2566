"""No card text turns into a Markdown list or heading by accident: Teams renders a TextBlock
that starts "12. februar" as item 12 of a numbered list, indented and apart from its line.

Nor does a name or title anybody chose ("[x](https://evil)", "**vigtigt**") become a link or
bold. Text the bot fills in at run time (dates, times, numbers, problems, names) goes into
TextRuns, which Teams shows as written; TextBlocks hold our own fixed words, and a heading,
which may name a group or a meeting, escapes its Markdown. A TextBlock whose Markdown is meant
says so with an id that starts with "markdown_".
"""

import re
from typing import Any

import pytest

from cards import render, template_names
from meetings.common.i18n import translations
from tests.card_reading import COMMONMARK, markdown_texts
from tests.card_samples import SAMPLES

# What CommonMark, and the Markdown subset Teams renders in cards, read as a list item, a
# heading or a quote at the start of a line ("#punkt" without a space is no heading).
BLOCK_START = re.compile(r"^ {0,3}(?:\d{1,9}[.)]|[-+*])(?:[ \t]|$)|^ {0,3}#{1,6}(?:[ \t]|$)"
                         r"|^ {0,3}>")
NUMBERED = "12. februar 2027"
MARKUP = "[x](https://evil.example) **vigtigt** _nu_ <b>fed</b> `kode`"
# What Markdown made of a text, rendered to HTML, beyond a paragraph and a line break.
FORMATTED = re.compile(r"<(?!/?p>|br />)[a-z]")


def accidental_blocks(card: dict[str, Any]) -> list[str]:
    return [line for element, text in markdown_texts(card)
            if not str(element.get("id", "")).startswith("markdown_")
            for line in re.split(r"\r\n|\r|\n", text) if BLOCK_START.match(line)]


def formatted(card: dict[str, Any]) -> list[str]:
    return [text for element, text in markdown_texts(card)
            if not str(element.get("id", "")).startswith("markdown_")
            and FORMATTED.search(COMMONMARK.render(text))]


def starting(value: Any, start: str) -> Any:
    """The sample context with every text the bot fills in starting with `start`."""
    if isinstance(value, dict):
        return {k: starting(v, start) for k, v in value.items()}
    if isinstance(value, list):
        return [starting(item, start) for item in value]
    if isinstance(value, str):
        return f"{start} {value}"
    return value


def rendered(name: str, language: str, context: dict[str, Any]) -> dict[str, Any]:
    return render(name, gettext=translations(language).gettext, language=language, **context)


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["da", "en"])
def test_no_card_text_starts_like_a_markdown_list_or_heading(name, language):
    assert accidental_blocks(rendered(name, language, SAMPLES[name])) == []


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["da", "en"])
def test_text_filled_in_at_run_time_never_starts_a_markdown_block(name, language):
    assert accidental_blocks(rendered(name, language, starting(SAMPLES[name], NUMBERED))) == []


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["da", "en"])
def test_markdown_in_text_filled_in_at_run_time_is_never_formatted(name, language):
    assert formatted(rendered(name, language, starting(SAMPLES[name], MARKUP))) == []


def test_the_check_finds_a_list_and_lets_a_meant_one_be():
    def card(**block: Any) -> dict:
        return {"type": "AdaptiveCard", "body": [{"type": "TextBlock", **block}]}

    assert accidental_blocks(card(text="Mødet\n12. februar 2027")) == ["12. februar 2027"]
    assert accidental_blocks(card(text="- Velkommen")) == ["- Velkommen"]
    assert accidental_blocks(card(text="## Dagsorden")) == ["## Dagsorden"]
    assert accidental_blocks(card(text="fredag den 12. februar 2027")) == []
    assert accidental_blocks(card(text="#punkt 4")) == []
    assert accidental_blocks(card(text="1. Velkommen", id="markdown_steps")) == []


def test_the_check_finds_markdown_and_lets_plain_text_and_a_meant_one_be():
    def card(**block: Any) -> dict:
        return {"type": "AdaptiveCard", "body": [{"type": "TextBlock", **block}]}

    assert formatted(card(text="Ny opgave i [x](https://evil.example)")) != []
    assert formatted(card(text="**vigtigt**")) != []
    assert formatted(card(text="Mødet 1. oktober\nkl. 10.00, § 32")) == []
    assert formatted(card(text="**Dagsorden**", id="markdown_title")) == []
