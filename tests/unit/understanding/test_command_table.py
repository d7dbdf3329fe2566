"""One table of commands: the README's command tables write exactly its phrasings, each phrasing
is understood as the command the table says, every intent has a line, and the help card drawn
from it lists them all, marks who may use what, and stays a valid card under 28 KB."""

import json
import re
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from bot.turn import Voice
from bot.views.examples import example_meeting_line, example_move_line
from bot.views.meetings import help_card
from bot.views.questions import TITLES
from meetings.understanding import commands
from meetings.understanding.command_table import ANYONE, COMMANDS, MANAGERS
from meetings.understanding.intents import Intent, understand
from meetings.understanding.meaning import CLASSIFIED
from tests.card_reading import card_text

README = Path(__file__).resolve().parents[3] / "README.md"
CODE = re.compile(r"`([^`]+)`")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def normal(phrasing: str) -> str:
    return " ".join(phrasing.split()).casefold()


def readme_tables() -> list[tuple[list[str], list[list[str]]]]:
    """Every Markdown table of the README: its header cells and its rows' cells."""
    tables: list[tuple[list[str], list[list[str]]]] = []
    rows: list[list[str]] = []
    for line in [*README.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if len(rows) > 2:
            tables.append((rows[0], rows[2:]))  # rows[1] is the |---| line
        rows = []
    return tables


def readme_phrasings(language: str) -> set[str]:
    """The Danish (or English) column of the README's `| Danish | English | … |` tables."""
    column = 0 if language == "da" else 1
    return {normal(code) for header, rows in readme_tables() if header[:2] == ["Danish", "English"]
            for row in rows for code in CODE.findall(row[column])}


def table_phrasings(language: str) -> set[str]:
    return {normal(p) for command in COMMANDS for p in command.phrasings(language)}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_readme_command_tables_write_exactly_the_tables_phrasings(language):
    assert readme_phrasings(language) == table_phrasings(language)


def is_command(code: str) -> bool:
    """Read by a command's own parser: not a free sentence the classifier understands (the
    README's table of such sentences), nor a file name that happens to say "meetings"."""
    parsed = commands.read_command(commands.cleaned(code))
    return code.lstrip().startswith("#") or parsed is not None


def test_a_command_named_in_any_readme_table_is_in_the_table():
    """The cycle's table names `gennemgå punkter` and `udsend dagsordenen` too."""
    named = {normal(code) for _, rows in readme_tables() for row in rows for cell in row
             for code in CODE.findall(cell) if is_command(code)}
    assert named and named - table_phrasings("da") - table_phrasings("en") == set()


@pytest.mark.parametrize(("command", "language", "phrasing"), [
    (command, language, phrasing) for command in COMMANDS for language in ("da", "en")
    for phrasing in command.phrasings(language)])
def test_every_phrasing_is_understood_as_its_command(command, language, phrasing):
    understood = understand(phrasing)
    assert understood.intent == command.intent
    assert understood.language in (language, None)  # "#punkt 4" is in no language


def test_every_intent_the_bot_understands_has_a_line():
    assert {command.intent for command in COMMANDS} == set(Intent) - {Intent.UNKNOWN}


def test_every_question_the_classifier_may_answer_has_a_button_title():
    """Without one, "Mente du …?" drops the question from its buttons without a word."""
    assert set(TITLES) == CLASSIFIED


def voice(language: str) -> Voice:
    return Voice(language=language, time_zone="Europe/Copenhagen", now=NOW, base_url="")


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_help_card_lists_every_command_in_a_valid_card_under_28_kb(language):
    card = help_card(voice(language))
    schema = json.loads(files("adaptive_cards").joinpath("schemas/schema-1.5.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(card, schema)
    assert len(json.dumps(card, ensure_ascii=False).encode()) < 28 * 1024
    text = card_text(card)
    dated = {normal(p) for c in COMMANDS if c.example for p in c.phrasings(language)}
    missing = {p for p in table_phrasings(language) - dated if p not in normal(text)}
    assert missing == set()


def test_the_help_card_says_who_may_use_what_and_anyone_may_ask_who_is_coming():
    lines = card_text(help_card(voice("da"))).splitlines()

    def described(phrasing: str) -> str:
        return lines[lines.index(phrasing) + 1]

    assert described("hvem kommer?") == "Hvem der kommer, organisation for organisation"
    assert described("udsend dagsordenen").endswith(" · kun formanden og sekretæren")
    assert described("importér referat").endswith(" · kun formanden og sekretæren")
    for phrasing in ("årsrapport 2026 · årsrapporten for 2026", "foreslå et punkt"):
        assert "kun formanden" not in described(phrasing)
    marked = {c.intent for c in COMMANDS if c.who == MANAGERS}
    assert Intent.ATTENDANCE not in marked and Intent.PUBLISH_AGENDA in marked
    assert all(c.who != ANYONE for c in COMMANDS if c.intent == Intent.CAPTURE)


def test_the_help_cards_dated_examples_are_written_from_today():
    lines = card_text(help_card(voice("da"))).splitlines()
    tz = ZoneInfo("Europe/Copenhagen")
    assert example_meeting_line(NOW, tz, "da") in lines
    assert example_move_line(NOW, tz, "da") in lines
    assert "nyt møde fredag 9. februar 2029 kl. 10-13 i Ringsted, Hækkerupsvej 1" not in lines
