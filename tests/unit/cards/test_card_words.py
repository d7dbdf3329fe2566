"""A card names a thing as the documents and the other cards do: the secretary reads the annual
report's card and then its Word file, and should find the same headings in both."""

import pytest

from meetings.reports.document import labels
from tests.card_reading import card_text
from tests.unit.cards.test_card_layout import columns_around, rendered


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_report_card_heads_its_sections_as_the_document_does(language):
    text = card_text(rendered("annual_report", language, attention="Punkter til styregruppen"))
    words = labels(language)
    for section in ("attention", "meetings", "attendance", "topics"):
        assert words[section] in text.splitlines(), section


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_agenda_and_the_minutes_offer_their_word_file_in_the_same_words(language):
    """"Hent dagsorden (.docx)" beside the minutes' "Hent som Word" named one file type twice."""
    as_word = {"da": "som Word", "en": "as Word"}[language]
    for name in ("agenda", "minutes"):
        titles = [e["title"] for e, _ in columns_around(rendered(name, language))
                  if e.get("type") == "Action.OpenUrl"]
        assert [t for t in titles if t.endswith(as_word)], (name, titles)
