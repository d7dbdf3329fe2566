"""The card gallery's play (`make cards`) reaches every card template, in Danish and English,
with cards the bot really sent; the screenshots are `make cards`' own business."""

import asyncio
import json
from importlib.resources import files

import jsonschema
import pytest

from cards import template_names
from tests.card_reading import card_text
from tests.card_samples import VARIANTS
from tests.gallery.play import play_all


@pytest.fixture(scope="module")
def albums():
    """Played once for the module (a few seconds), outside any test's event loop."""
    return {album.language: album for album in asyncio.run(play_all())}


def test_the_gallery_has_every_card_template_in_danish_and_english(albums):
    assert sorted(albums) == ["da", "en"]
    for album in albums.values():
        assert album.templates() == template_names()
        assert sorted(name for name in album.cards if "-" in name) == sorted(VARIANTS)


def test_the_gallery_variants_show_what_sets_them_apart(albums):
    danish, english = albums["da"].cards, albums["en"].cards
    assert "Møder i 2024" in card_text(danish["meeting_list-year"])
    assert "Meetings in 2024" in card_text(english["meeting_list-year"])
    for cards in (danish, english):
        both = card_text(cards["task_reminders-groups"])
        assert "Netværksgruppe Børn og Unge · " in both and "Styregruppen · " in both


def test_the_gallery_cards_speak_their_language_and_carry_the_seed_minutes(albums):
    danish, english = albums["da"].cards, albums["en"].cards
    assert "Det kan Mødebot" in card_text(danish["help"])
    assert "What Mødebot can do" in card_text(english["help"])
    for cards in (danish, english):
        assert "Plejefamilier – rekruttering og fastholdelse" in card_text(cards["agenda"])
        assert "Socialtilsyn Øst" in card_text(cards["task_reminders"])


def test_every_gallery_card_is_a_valid_adaptive_card_1_5(albums):
    source = files("adaptive_cards").joinpath("schemas/schema-1.5.json")
    schema = json.loads(source.read_text(encoding="utf-8"))
    for album in albums.values():
        for card in album.cards.values():
            jsonschema.validate(card, schema)
