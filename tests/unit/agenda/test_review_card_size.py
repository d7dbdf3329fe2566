"""The review card always fits Teams' 28 KB: 120 accepted items with long titles are shown a
page at a time, each with its buttons, and the card says where in the agenda the page is."""

import json
from datetime import UTC, datetime
from importlib.resources import files

import jsonschema

from bot.handlers.agenda.review import reviewed_card
from cards.renderer import MAX_CARD_BYTES
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.review import Review
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.card_reading import card_text, elements
from tests.unit.agenda.test_agenda_cards import turn

STARTS = datetime(2027, 2, 5, 9, 0, tzinfo=UTC)
LONG = "Plejefamilier – rekruttering, fastholdelse og efteruddannelse i regionen, nr. {n} "


def crowded(accepted: int, proposed: int = 0) -> Review:
    meeting = Meeting(id=7, title="Netværksmøde", theme=None, starts_at=STARTS,
                      ends_at=STARTS.replace(hour=12), place="Ringsted", online=False,
                      online_url=None, status=MeetingStatus.PLANNED, calendar_token="t",
                      agenda_published_at=STARTS)
    items = [AgendaItem(id=n, title=(LONG.format(n=n) * 3)[:200], kind="drøftelse", minutes=20,
                        presenter=None, description=None, recommendation=None, proposed_by=None,
                        position=n) for n in range(1, accepted + proposed + 1)]
    return Review(meeting, items[accepted:], items[:accepted], {})


def fits(card: dict) -> None:
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    source = files("adaptive_cards").joinpath("schemas/schema-1.5.json")
    jsonschema.validate(card, json.loads(source.read_text(encoding="utf-8")))


def acted_on(card: dict) -> list[int]:
    """The accepted items the card gives Udskyd, in order."""
    return [e["data"]["item_id"] for e in elements(card) if e.get("type") == "Action.Execute"
            and e["data"].get("decision") == "defer"]


def later_page(card: dict) -> int | None:
    [button] = [e for e in elements(card) if e.get("type") == "Action.Execute"
                and e.get("title") == "Senere punkter"] or [None]
    return button and button["data"]["first"]


def test_a_hundred_and_twenty_accepted_items_with_long_titles_are_reviewed_a_page_at_a_time():
    review, seen, first = crowded(120), [], 0
    while first is not None:
        card = reviewed_card(turn(), review, first=first)
        fits(card)
        page = acted_on(card)
        assert page and f"Punkt {first + 1}–{first + len(page)} af 120" in card_text(card)
        seen += page
        first = later_page(card)
    assert seen == list(range(1, 121))


def test_a_page_keeps_its_place_in_the_buttons_of_its_items_and_goes_back():
    review = crowded(120)
    card = reviewed_card(turn(), review, first=60)
    page = [e["data"] for e in elements(card) if e.get("type") == "Action.Execute"
            and e["data"].get("item_id") and e["verb"] != "item.edit"]  # Ret opens a form
    assert page and all(data["first"] == 60 for data in page)
    [earlier] = [e["data"] for e in elements(card) if e.get("type") == "Action.Execute"
                 and e.get("title") == "Tidligere punkter"]
    assert earlier["first"] < 60 and earlier["meeting_id"] == 7


def test_a_short_agenda_is_one_page_without_page_buttons():
    card = reviewed_card(turn(), crowded(3, proposed=2))
    assert acted_on(card)[-3:] == [1, 2, 3]
    assert later_page(card) is None and " af 3" not in card_text(card)
