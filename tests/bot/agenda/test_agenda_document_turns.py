"""The agenda card and its Word document say the same: where, online in Teams, the theme,
the deferred mark and the tasks to follow up."""

import io
from urllib.parse import urlsplit

import docx

from tests.bot.agenda.test_agenda_manager_turns import items, propose
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.test_turns import meetings
from tests.card_reading import card_text, elements


async def hybrid_meeting_with_a_deferred_item_and_a_task(bot) -> int:
    first = await planned(bot)
    await bot.say("nyt møde fredag 12. marts 2027 kl. 10-13 i Ringsted og online "
                  "tema: Plejefamilier")
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. marts 2027")
    second = [m.id for m in await meetings(bot) if m.id != first][0]
    item = (await propose(bot, first, "Budget 2027"))["Budget 2027"]
    await bot.click("item.review", {"item_id": item.id, "decision": "defer"})
    copy = [i for i in (await items(bot)).values() if i.meeting_id == second][0]
    await bot.click("item.review", {"item_id": copy.id, "decision": "accept"})
    return second


async def word_text(bot, card: dict) -> str:
    url = [e["url"] for e in elements(card) if e.get("type") == "Action.OpenUrl"
           and e["url"].endswith(".docx")][0]
    response = await bot.client.get(urlsplit(url).path)
    document = docx.Document(io.BytesIO(await response.read()))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


async def test_the_agenda_card_and_its_word_document_say_online_theme_deferred_and_tasks(bot):
    second = await hybrid_meeting_with_a_deferred_item_and_a_task(bot)
    card = (await bot.click("agenda.show", {"meeting_id": second}))["value"]
    shown = card_text(card)
    for said in ("Ringsted", "Online", "Ja, i Teams", "Plejefamilier", "udskudt",
                 "Rie undersøger om Socialtilsyn Øst kan deltage"):
        assert said in shown, said
    written = await word_text(bot, card)
    for said in ("Adresse: Ringsted og online (Microsoft Teams)", "Tema: Plejefamilier",
                 "Drøftelse · udskudt", "Rie undersøger om Socialtilsyn Øst kan "
                 "deltage · Åben, frist 1. marts 2027"):
        assert said in written, said


async def test_an_online_meeting_s_agenda_card_says_so_in_english_too(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 online")
    [meeting] = await meetings(bot)
    card = (await bot.click("agenda.show", {"meeting_id": meeting.id}, locale="en-GB"))["value"]
    assert "Online\nYes, in Teams" in card_text(card)
