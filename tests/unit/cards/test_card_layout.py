"""What the card gallery showed at a Teams chat's width, kept from coming back: inputs that
need room get the card's width, labels that must not break mid-word get a line of their own."""

import json
from collections.abc import Iterator
from typing import Any

import pytest

from cards import render
from cards.renderer import MAX_CARD_BYTES
from meetings.common.i18n import translations
from tests.card_samples import SAMPLES


def rendered(name: str, language: str = "da", **changes: Any) -> dict[str, Any]:
    return render(name, gettext=translations(language).gettext, language=language,
                  **{**SAMPLES[name], **changes})


def columns_around(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[dict, tuple]]:
    """Every element with the widths of the columns it sits in, outermost first."""
    if isinstance(node, list):
        for item in node:
            yield from columns_around(item, path)
    elif isinstance(node, dict):
        yield node, path
        inner = (*path, str(node.get("width", "auto"))) if node.get("type") == "Column" else path
        for value in node.values():
            yield from columns_around(value, inner)


def widths_of(card: dict[str, Any], kind: str) -> list[tuple[str, ...]]:
    return [path for element, path in columns_around(card) if element.get("type") == kind]


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_year_plans_dates_have_the_cards_width_and_the_times_share_a_line(language):
    card = rendered("year_plan_form", language)
    assert widths_of(card, "Input.Date") == [(), ()]
    assert widths_of(card, "Input.Time") == [("stretch",)] * 4


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_standing_items_title_has_the_cards_width_and_its_kind_has_room(language):
    card = rendered("agenda_settings", language)
    titles = [path for element, path in columns_around(card)
              if str(element.get("id", "")).endswith("_title")]
    kinds = [path for element, path in columns_around(card)
             if str(element.get("id", "")).endswith("_kind")]
    assert titles == [(), ()]
    # Weighted columns: the kind gets two fifths of the line, not a fixed 120 px.
    assert kinds == [("2",), ("2",)]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_required_input_says_what_is_wrong(name):
    # The Adaptive Cards renderer objects to a required input without an error message.
    card = rendered(name)
    assert [e["id"] for e, _ in columns_around(card)
            if e.get("isRequired") and not e.get("errorMessage")] == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_reports_labels_never_share_a_narrow_column_with_long_words(language):
    card = rendered("annual_report", language, attention="Punkter til styregruppen",
                    attendance=[{"name": "Rammeaftalesekretariatet", "count": "2 af 2 møder"}])
    paths = {run["text"]: path for element, path in columns_around(card)
             if element.get("type") == "RichTextBlock" for run in element["inlines"]}
    attention = {"da": "Opmærksomhedspunkter til styregruppen",
                 "en": "Points for the steering group's attention"}[language]
    assert paths[attention] == () and paths["Punkter til styregruppen"] == ()
    assert paths["Rammeaftalesekretariatet"] == ("stretch",)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_presence_card_has_one_drop_down_per_member_and_a_name_field_only_for_substitutes(
        language):
    """A row of two columns, a label, a hidden name field and a button naming every field
    weighed some 850 bytes a member: 33 members made a card larger than Teams takes."""
    members = [{"id": n, "name": f"Medlem {n}", "status": "present", "substitute_name": ""}
               for n in range(1, 30)]
    members[3] = {**members[3], "status": "substitute", "substitute_name": "Heidi Madsen"}
    card = rendered("minutes_presence", language, members=members, takers=members, page=None)
    choices = [e for e, _ in columns_around(card) if str(e.get("id", "")).startswith("presence_")]
    assert [(c["label"], c["style"]) for c in choices] == [(m["name"], "compact")
                                                          for m in members]
    assert [widths for e, widths in columns_around(card) if e in choices] == [()] * 29
    fields = [e for e, _ in columns_around(card) if str(e.get("id", "")).startswith("substitute_")]
    assert [(f["id"], f["value"]) for f in fields] == [("substitute_4", "Heidi Madsen")]


@pytest.mark.parametrize("language", ["da", "en"])
def test_sixty_members_with_long_names_fit_on_one_presence_card(language):
    members = [{"id": 1000 + n, "name": f"Christina Valdemar Jul Thomsen {n}",
                "status": ("present", "absent", "substitute", "")[n % 4],
                "substitute_name": "Heidi Madsen" if n % 4 == 2 else ""} for n in range(60)]
    card = rendered("minutes_presence", language, members=members, takers=members, page=None,
                    notice="Fremmødet er gemt.", error=None)
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
