"""A card names a thing as the documents and the other cards do: the secretary reads the annual
report's card and then its Word file, and should find the same headings in both."""

import pytest

from meetings.reports.document import labels
from tests.card_reading import card_text
from tests.unit.cards.test_card_layout import rendered


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_report_card_heads_its_sections_as_the_document_does(language):
    text = card_text(rendered("annual_report", language, attention="Punkter til styregruppen"))
    words = labels(language)
    for section in ("attention", "meetings", "attendance", "topics"):
        assert words[section] in text.splitlines(), section
