"""What the card gallery's phone pictures showed, kept from coming back: Teams on a phone gives a
card about 320 px and shows at most three buttons side by side (the rest go behind "…"); a row of
buttons wider than the card cuts their titles short, so "Fo…", "Ti…" and "N…" were all a member
saw of a task's buttons. Every row of buttons on every card, in Danish and English, must fit;
only a button alone on its row may be wider when its title is the user's text (a group's or a
person's name), which no wording of ours can shorten."""

from collections.abc import Iterator
from typing import Any

import pytest

from cards import render, template_names
from cards.button_rows import PHONE_ROOM, SIDE_BY_SIDE, in_rows, row_width
from meetings.common.i18n import translations
from tests.card_reading import elements
from tests.card_samples import SAMPLES


def button_rows(card: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
    """Each row of buttons: a card's actions (the card's own and those of a card a button shows)
    and each ActionSet's."""
    for element in elements(card):
        if element.get("type") in ("AdaptiveCard", "ActionSet") and element.get("actions"):
            yield element["actions"]


def user_texts(node: Any) -> Iterator[str]:
    """Every text in a card's sample data: what the card shows as people wrote it."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict | list | tuple):
        for value in node.values() if isinstance(node, dict) else node:
            yield from user_texts(value)


def too_wide(name: str, card: dict[str, Any]) -> list[list[str]]:
    theirs = [text for text in user_texts(SAMPLES[name]) if len(text) > 3]
    return [[a.get("title", "") for a in row] for row in button_rows(card)
            if len(row) > SIDE_BY_SIDE or row_width(row) > PHONE_ROOM
            and not (len(row) == 1 and any(text in row[0].get("title", "") for text in theirs))]


def rendered_all() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name in template_names():
        for language in ("da", "en"):
            yield name, language, render(name, gettext=translations(language).gettext,
                                         language=language, **SAMPLES[name])


def test_the_measure_knows_a_short_title_from_a_long_one():
    def row(*titles: str, kind: str = "Action.Execute") -> list[dict[str, str]]:
        return [{"title": title, "type": kind} for title in titles]

    assert row_width(row("Færdig", "Ny frist", "Blokeret")) < 250
    assert row_width(row("Hent dagsordenen som Word", "Tilføj til kalender")) > PHONE_ROOM
    # A button that opens a card has a chevron beside its title.
    assert row_width(row("Done", "New due date", "Reassign")) <= PHONE_ROOM
    assert row_width(row("Done", "New due date", "Reassign", kind="Action.ShowCard")) > PHONE_ROOM


def test_buttons_known_at_run_time_go_as_many_to_a_row_as_fit():
    questions = [{"title": t} for t in ("Hvornår er næste møde?", "Hvad er på dagsordenen?",
                                        "Mine opgaver", "Åbne opgaver", "Hvem kommer?", "Ja")]
    rows = [[q["title"] for q in row] for row in in_rows(questions)]
    assert rows == [["Hvornår er næste møde?"], ["Hvad er på dagsordenen?"],
                    ["Mine opgaver", "Åbne opgaver"], ["Hvem kommer?", "Ja"]]


@pytest.mark.parametrize(("name", "language", "card"), rendered_all())
def test_every_row_of_buttons_fits_a_phone(name, language, card):
    assert too_wide(name, card) == []


def test_a_long_name_is_let_wide_alone_on_its_row_and_not_beside_another():
    name = SAMPLES["group_choice"]["groups"][0]["name"]
    alone = {"type": "AdaptiveCard", "actions": [{"title": name}]}
    beside = {"type": "AdaptiveCard", "actions": [{"title": name}, {"title": "Styregruppen"}]}
    ours = {"type": "AdaptiveCard", "actions": [{"title": "Hent dagsordenen som Word " * 2}]}
    assert too_wide("group_choice", alone) == []
    assert too_wide("group_choice", beside) == [[name, "Styregruppen"]]
    assert too_wide("group_choice", ours) != []
