"""The agenda card: user text only as plain text, only web links, the slot written the Danish
way, and the marks a reader needs (deferred item, overrun)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.handlers.agenda.review import proposed_context
from bot.turn import Turn
from bot.views.agenda import entry_context
from cards import render
from meetings.agenda.agenda import AgendaEntry, Link
from meetings.agenda.entities import AgendaItem
from meetings.common.i18n import translations
from meetings.groups.entities import Group, Member
from tests.card_reading import card_text, elements
from tests.card_samples import HOSTILE, MEETING

TZ = ZoneInfo("Europe/Copenhagen")


def turn(language: str = "da") -> Turn:
    group = Group(time_zone="Europe/Copenhagen", language=language)
    return Turn(uow=None, group=group, member=None, language=language,
                now=datetime(2027, 1, 1, tzinfo=UTC), base_url="http://bot.test")


def entry(**changes) -> AgendaEntry:
    values = dict(number=4, title=HOSTILE, kind="beslutning", minutes=20,
                  starts_at=datetime(2027, 2, 5, 10, 0, tzinfo=TZ),
                  ends_at=datetime(2027, 2, 5, 10, 20, tzinfo=TZ), carried_over=True,
                  presenter=HOSTILE, guests=HOSTILE,
                  links=(Link("Bilag", "https://example.dk/a.pdf"),
                         Link("Ond", "javascript:alert(1)"), Link("Fil", "file:///etc/passwd")))
    return AgendaEntry(**{**values, **changes})


def agenda(language: str = "da", **context) -> dict:
    values = {"heading_text": "Dagsorden", "meeting": MEETING, "answer": None,
              "overrun": None, "entries": [entry_context(turn(language), entry())], **context}
    return render("agenda", gettext=translations(language).gettext, language=language,
                  **values)


def test_an_entry_reads_number_slot_and_title_as_one_line_then_kind_and_deferred_mark():
    lines = card_text(agenda(entries=[entry_context(turn(), entry(title="Plejefamilier"))]))
    assert "4. 10.00–10.20 · Plejefamilier\nBeslutning · udskudt" in lines


def test_only_web_links_become_buttons():
    urls = [e["url"] for e in elements(agenda()) if e.get("type") == "Action.OpenUrl"]
    assert urls == ["https://example.dk/a.pdf", MEETING["calendar_url"]]


def test_user_text_is_plain_text_only():
    card = agenda()
    runs = [e["text"] for e in elements(card) if e.get("type") == "TextRun"]
    blocks = [e["text"] for e in elements(card) if e.get("type") == "TextBlock"]
    assert runs.count(HOSTILE) == 3
    assert all(HOSTILE not in block for block in blocks)


def test_an_overrun_is_a_visible_warning():
    card = agenda(overrun="Punkterne varer 10 minutter længere end mødet.")
    [warning] = [e for e in elements(card) if e.get("color") == "Attention"]
    assert "10 minutter" in warning["text"]


def test_attendance_buttons_carry_meeting_and_status():
    card = agenda("en")
    answers = {a["title"]: a["data"] for a in elements(card) if a.get("type") == "Action.Execute"}
    assert answers["Regrets"] == {"meeting_id": 7, "status": "regrets", "lang": "en"}
    assert {"Attending", "Sending a substitute"} <= set(answers)
    assert any(e.get("id") == "substitute_name" for e in elements(card))


def test_the_review_card_shows_a_long_case_description_in_short():
    item = AgendaItem(id=4, title="Plejefamilier", kind="drøftelse", minutes=20,
                      description="Socialtilsyn Øst " * 400, recommendation="Kort.",
                      presenter=None)
    shown = proposed_context(turn(), item, Member(name="Rie Nielsen"))
    assert len(shown["description"]) == 600 and shown["description"].endswith("…")
    assert shown["recommendation"] == "Kort." and shown["proposer"] == "Rie Nielsen"
