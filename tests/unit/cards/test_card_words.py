"""A card names a thing as the documents and the other cards do: the secretary reads the annual
report's card and then its Word file, and should find the same headings in both."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from meetings.reports.document import labels
from tests.card_reading import card_text
from tests.unit.cards.test_card_layout import columns_around, rendered

CATALOG = Path(__file__).parents[3] / "meetings" / "locale" / "da" / "LC_MESSAGES" / "messages.po"


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


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_report_card_heads_next_years_plan_as_the_document_does(language):
    """The card said "Planlagt for 2027" over what the document calls "Planlagte møder og
    temaer 2027"."""
    card = rendered("annual_report", language)
    assert f"{labels(language)['next_year']} 2027" in card_text(card).splitlines()


def test_one_english_word_for_attendance_and_another_for_a_reply_to_the_invitation():
    """"Attendance" meant both who came ("Fremmøde") and a reply to the invitation
    ("Tilmelding"), while the presence card said "Presence" for the first: now every English
    text with "attendance" is about who came, and none says "presence"."""
    danish = {m.id: m.string for m in read_po(CATALOG.open("rb")) if m.id}
    singular = {(i[0] if isinstance(i, tuple) else i): s for i, s in danish.items()}
    about_attendance = {i: s for i, s in singular.items() if "attendance" in i.lower()}
    assert len(about_attendance) >= 6, about_attendance
    for english, words in about_attendance.items():
        assert "fremmøde" in words.lower(), (english, words)
    assert not [i for i in singular if "presence" in i.lower()]
    assert singular["Reply to a meeting invitation"] == "Tilmelding"


@pytest.mark.parametrize("language", ["da", "en"])
def test_paging_through_members_does_not_read_as_former_members(language):
    """"Forrige medlemmer" reads as the members who have left; the buttons turn pages."""
    card = rendered("members", language, page=2, previous=True, more=True)
    buttons = [e.get("title", "") for e, _ in columns_around(card)]
    pages = {"da": ["Forrige side", "Næste side"], "en": ["Previous page", "Next page"]}
    assert [b for b in buttons if b in pages[language]] == pages[language], buttons


def test_the_help_card_says_what_the_bot_does_as_an_english_colleague_would():
    """"I keep the group's meetings" was "Jeg holder styr på …" word for word."""
    text = card_text(rendered("help", "en"))
    assert "I keep track of the group's meetings." in text
    assert "I keep the group's" not in text
