"""A long agenda still answers: 40 items with presenters, guests, case descriptions and
attachments stay under Teams' 28 KB, every item with its number, time and title; what no
longer fits is in the agenda's Word document."""

import json

from cards.renderer import MAX_CARD_BYTES
from tests.bot.agenda.test_agenda_manager_turns import items
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import card_text, elements

CASE = ("Socialtilsyn Øst peger i sin årsrapport på en kommende mangel på plejefamilier. "
        "Netværket har tidligere haft en arbejdsgruppe om en fælles informationsindsats, og i "
        "BKF tales der om en kampagne. ") * 3


async def agenda_with(bot, count: int) -> dict:
    meeting_id = await planned(bot)
    for number in range(1, count + 1):
        await bot.click("item.propose", {
            **ITEM, "title": f"Plejefamilier – rekruttering og fastholdelse, del {number}",
            "meeting_id": meeting_id, "minutes": "5", "description": CASE,
            "recommendation": "Det indstilles, at netværket drøfter en fælles indsats.",
            "presenter": "Lotte Christensen, Lolland Kommune",
            "guests": "Heidi Madsen (Bakkehuset), Socialtilsyn Øst",
            "link_url": f"https://kommune.sharepoint.com/sites/netvaerk/bilag-{number}.pdf",
            "link_title": f"Bilag {number} – sagsfremstilling"}, user="rie")
    for item in (await items(bot)).values():
        await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    bot.connector.clear()
    await bot.say("dagsorden")
    [card] = bot.connector.cards()
    return card


async def test_forty_items_fit_with_every_title_and_the_rest_in_the_word_document(bot):
    card = await agenda_with(bot, 40)
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    text = card_text(card)
    for number in range(1, 41):
        assert f"Plejefamilier – rekruttering og fastholdelse, del {number}" in text
    assert "Oplægsholdere, gæster og bilag står i dagsordenen som Word-dokument." in text
    urls = [e["url"] for e in elements(card) if e.get("type") == "Action.OpenUrl"]
    assert any(url.endswith(".docx") for url in urls)
    assert not any("bilag-" in url for url in urls)


async def test_a_short_agenda_shows_presenters_guests_and_attachments_on_the_card(bot):
    card = await agenda_with(bot, 3)
    text = card_text(card)
    assert "Oplægsholder: \nLotte Christensen, Lolland Kommune" in text or \
        "Lotte Christensen, Lolland Kommune" in text
    assert "Heidi Madsen (Bakkehuset), Socialtilsyn Øst" in text
    urls = [e["url"] for e in elements(card) if e.get("type") == "Action.OpenUrl"]
    assert sum("bilag-" in url for url in urls) == 3
    assert "Word-dokument" not in text


async def test_forty_proposals_with_long_case_texts_are_reviewed_a_card_at_a_time(bot):
    meeting_id = await planned(bot)
    for number in range(1, 41):
        await bot.click("item.propose", {**ITEM, "title": f"Forslag {number}",
                                         "meeting_id": meeting_id, "description": CASE * 3,
                                         "recommendation": CASE}, user="rie")
    card = (await bot.click("agenda.review", {"meeting_id": meeting_id}))["value"]
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    text = card_text(card)
    shown = [n for n in range(1, 41) if f"Forslag {n}\n" in text + "\n"]
    assert shown == list(range(1, len(shown) + 1)) and shown
    assert f"{40 - len(shown)} forslag mere kommer frem, når disse er afgjort." in text


TASK = ("Rie undersøger om Socialtilsyn Øst kan deltage i netværkets temadag om plejefamilier "
        "og orienterer netværket om tilsynets erfaringer med rekruttering, herunder de nye "
        "krav til godkendelse og efteruddannelse af plejefamilier i regionen, nr. {n}")


async def crowded_agenda(bot, count: int = 28,
                         title: str = "Punkt {n}: Plejefamilier – rekruttering og fastholdelse"
                         ) -> int:
    """`count` accepted items and 30 open tasks of a sentence each under Opfølgning på opgaver."""
    meeting_id = await planned(bot)
    for n in range(1, 31):
        await bot.say(f"opgave: {TASK.format(n=n)}, frist 1. februar 2027")
    for number in range(1, count + 1):
        await bot.click("item.propose", {**ITEM, "title": title.format(n=number),
                                         "meeting_id": meeting_id, "minutes": "5"}, user="rie")
    for item in (await items(bot)).values():
        await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    return meeting_id


async def test_an_agenda_with_many_items_and_tasks_to_follow_up_cuts_the_task_lines(bot):
    meeting_id = await crowded_agenda(bot)
    bot.connector.clear()
    await bot.say("dagsorden")
    [card] = bot.connector.cards()
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    text = card_text(card)
    assert all(f"Punkt {n}: Plejefamilier" in text for n in range(1, 29))
    assert "… og 25 opgaver mere at følge op på." in text
    assert text.count("Rie undersøger om Socialtilsyn Øst") == 5

    answer = await bot.click("attendance.answer", {"meeting_id": meeting_id,
                                                   "status": "attending"}, user="rie")
    assert "Du deltager." in card_text(answer["value"])


async def test_an_agenda_too_long_for_any_card_shows_its_first_items_and_how_many_follow(bot):
    await crowded_agenda(bot, 70, "Punkt {n}: " + "Plejefamilier – rekruttering " * 6)
    bot.connector.clear()
    await bot.say("dagsorden")
    [card] = bot.connector.cards()
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    text = card_text(card)
    assert "Punkt 1: Plejefamilier" in text
    assert "Punkt 70: Plejefamilier" not in text
    assert "punkter mere. Hele dagsordenen står i Word-dokumentet." in text
