"""The erasure's confirmation card, for one's own data and for a former member's, is a valid
Adaptive Card 1.5 whose button carries only what it erases."""

import json
from importlib.resources import files

import jsonschema
import pytest

from cards import render
from meetings.common.i18n import translations
from tests.card_reading import card_text, elements
from tests.card_samples import HOSTILE


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("member", [None, {"id": 4, "name": HOSTILE}])
def test_the_erasure_card_is_valid_and_names_the_archive_law(language, member):
    schema = json.loads(files("adaptive_cards").joinpath("schemas/schema-1.5.json")
                        .read_text(encoding="utf-8"))
    card = render("erase_confirm", gettext=translations(language).gettext, language=language,
                  member=member)
    jsonschema.validate(card, schema)
    assert "arkivloven" in card_text(card)
    [button] = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    assert button["verb"] == "privacy.erase"
    assert button["data"].get("member_id") == (member["id"] if member else None)
