"""A real-sized meeting's minutes: 30 accepted items with long titles and a decision under each.
The minutes card (opened with "referat" and posted for approval) must still answer within
Teams' 28 KB, as the agenda card does for the same agenda, instead of "noget gik galt"; longer
minutes go out as a shortened card that says what it left out, and the documents are whole."""

import json

from sqlalchemy import select

from bot.outbox.messages import render
from cards.renderer import MAX_CARD_BYTES
from meetings.common.entities import OutboxMessage
from meetings.minutes.entities import MinutesEntry
from tests.bot.agenda.test_agenda_manager_turns import items
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.bot.minutes.minutes_turn_steps import DURING, the_minutes
from tests.card_reading import card_text, elements
from tests.links import minutes_path

DECISION = ("Netværket besluttede at arbejde videre med sagen og at vende tilbage med en "
            "status på næste møde, når kommunerne har drøftet den i egne ledelser. ")


def title(number: int) -> str:
    return (f"Samarbejdet mellem kommunerne og regionens institutioner om børn og unge med "
            f"komplekse behov – opfølgning på handleplan, del {number}")


def long_title(number: int) -> str:
    """200 characters, the most an item's title may have."""
    return (f"{title(number)} – status fra arbejdsgruppen om tværsektorielle forløb og aftaler "
            f"om de næste skridt med regionen")[:200]


async def written_minutes(bot, count: int = 30, titled=title) -> None:
    meeting_id = await planned(bot)
    for number in range(1, count + 1):
        await bot.click("item.propose", {**ITEM, "title": titled(number),
                                         "meeting_id": meeting_id, "minutes": "5"}, user="rie")
    for item in (await items(bot)).values():
        await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    bot.clock.set(DURING)
    await bot.say("referat")
    async with bot.uow() as uow:
        entries = list(await uow.session.scalars(select(MinutesEntry)))
    for entry in entries:
        await bot.click("minutes.entry.save", {"entry_id": entry.id, "notes": "Drøftet.",
                                               "decision": DECISION, "guests": ""})


def size(card: dict) -> int:
    return len(json.dumps(card, ensure_ascii=False).encode())


async def test_minutes_of_thirty_long_items_with_decisions_open_as_a_card(bot):
    await written_minutes(bot)
    bot.connector.clear()
    await bot.say("referat")
    assert not any("gik noget galt" in text for text in bot.connector.texts())
    [card] = bot.connector.cards()
    assert size(card) <= MAX_CARD_BYTES
    assert title(30) in card_text(card)


async def test_minutes_of_thirty_long_items_with_decisions_can_be_sent_for_approval(bot):
    await written_minutes(bot)
    minutes = await the_minutes(bot)
    response = await bot.click("minutes.post", {"minutes_id": minutes.id,
                                                "version": minutes.version})
    assert isinstance(response.get("value"), dict), response
    assert "Sendt til gruppen til godkendelse." in card_text(response["value"])


async def test_forty_items_of_200_characters_reach_the_group_on_a_card_that_says_what_it_left(bot):
    await written_minutes(bot, count=40, titled=long_title)
    minutes = await the_minutes(bot)
    await bot.click("minutes.post", {"minutes_id": minutes.id, "version": minutes.version})
    async with bot.uow() as uow:
        [row] = await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "minutes_posted"))
        group = await uow.groups.get(row.group_id)
        message = await render(uow, row, group, bot.clock.now(), "http://127.0.0.1:3978")
        entries = list(await uow.session.scalars(select(MinutesEntry)))
    card = message["attachments"][0]["content"]
    assert size(card) <= MAX_CARD_BYTES
    assert "hent hele referatet som Word eller Markdown nederst." in card_text(card)
    opened = [e["selectAction"]["data"]["entry_id"] for e in elements(card) if "selectAction" in e]
    assert sorted(opened) == sorted(e.id for e in entries)  # every item opens from the card
    assert {"minutes.approve", "minutes.comment"} <= {
        e["verb"] for e in elements(card) if e.get("type") == "Action.Execute"}
    [about] = [e for e in elements(card) if e.get("id") == "entry_id"]
    assert [c["value"] for c in about["choices"]] == [str(e.id) for e in
                                                       sorted(entries, key=lambda e: e.number)]
    markdown = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    assert all(long_title(number) in markdown for number in range(1, 41))
    assert markdown.count(DECISION.strip()) == len(entries)
