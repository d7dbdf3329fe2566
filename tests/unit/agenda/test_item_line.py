"""Agenda items written as one line of chat."""

import pytest

from meetings.agenda.item_line import ItemLine, parse_item_line


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
