"""Agenda items written as one line of chat."""

import pytest

from meetings.agenda.items.line import ItemLine, ItemText, parse_item_line, parse_item_text
from meetings.understanding.intents import understand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte",
         ItemLine("Plejefamilier – rekruttering og fastholdelse", 20, "Lotte")),
        ("Plejefamilier, 30 minutter", ItemLine("Plejefamilier", 30, None)),
        ("Foster families, 15 minutes, Rie Nielsen",
         ItemLine("Foster families", 15, "Rie Nielsen")),
        ("Plejefamilier, rekruttering, 20 min., Lotte",
         ItemLine("Plejefamilier, rekruttering", 20, "Lotte")),
        ("Socialtilsyn Øst, Lotte", ItemLine("Socialtilsyn Øst", None, "Lotte")),
        ("Nyt fra rammeaftalen", ItemLine("Nyt fra rammeaftalen", None, None)),
        ("tal om budget, økonomi og andet",
         ItemLine("tal om budget, økonomi og andet", None, None)),
        ("Budget 2027, 45m", ItemLine("Budget 2027", 45, None)),
        # A presenter @mentioned, as Teams writes it into the text
        ("Budget 2027, 20 min, <at>Daniel Gottrup</at>",
         ItemLine("Budget 2027", 20, "Daniel Gottrup")),
        ("Plejefamilier, <at>Lotte</at>", ItemLine("Plejefamilier", None, "Lotte")),
    ],
)
def test_title_length_and_presenter_are_read(text, expected):
    assert parse_item_line(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "20 min, Lotte", ", 20 min"])
def test_a_line_without_a_title_is_no_item(text):
    assert parse_item_line(text) is None


@pytest.mark.parametrize(
    ("length", "minutes"),
    [("1 time", 60), ("2 timer", 120), ("1½ time", 90), ("1,5 timer", 90), ("½ time", 30),
     ("en halv time", 30), ("halv time", 30), ("en time", 60), ("halvanden time", 90),
     ("ca. 20 min", 20),
     ("cirka 20 minutter", 20), ("ca 30 min.", 30), ("1 hour", 60), ("1.5 hours", 90),
     ("half an hour", 30), ("an hour", 60), ("30 mins", 30), ("about 20 min", 20),
     ("(20 min)", 20), ("1 t", 60)],
)
def test_a_length_in_hours_or_written_loosely_is_the_items_length_not_part_of_its_title(
        length, minutes):
    assert parse_item_line(f"Plejefamilier – rekruttering og fastholdelse, {length}, Lotte") == \
        ItemLine("Plejefamilier – rekruttering og fastholdelse", minutes, "Lotte")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Plejefamilier – rekruttering og fastholdelse (20 min), Lotte",
      ItemLine("Plejefamilier – rekruttering og fastholdelse", 20, "Lotte")),
     ("Budget 2027 (1 time)", ItemLine("Budget 2027", 60, None)),
     # A bracket that is no length stays in the title
     ("Socialtilsyn Øst (SØ), Lotte", ItemLine("Socialtilsyn Øst (SØ)", None, "Lotte"))],
)
def test_a_length_in_brackets_after_the_title_is_read(text, expected):
    assert parse_item_line(text) == expected


def test_an_item_over_several_lines_is_the_first_line_and_what_it_is_about_under_it():
    written = understand("punkt: Plejefamilier, 20 min, Rie\r\nVi vil drøfte fastholdelse.\r\n"
                         "KL har et udspil.").argument
    assert parse_item_text(written) == ItemText(
        ItemLine("Plejefamilier", 20, "Rie"), "Vi vil drøfte fastholdelse.\nKL har et udspil.",
        several=False)


@pytest.mark.parametrize("written", ["punkt:\n1. Plejefamilier\n2. Takster",
                                     "punkt: Plejefamilier\npunkt: Takster",
                                     "punkt:\n\u2022 Plejefamilier\n\u2022 Takster"])
def test_several_items_in_one_message_are_told_apart_from_one_item(written):
    read = parse_item_text(understand(written).argument)
    assert read.several and read.line == ItemLine("Plejefamilier")
    assert read.description.endswith("Takster")
