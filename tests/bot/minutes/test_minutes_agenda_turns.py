"""Minutes opened before the meeting, turn by turn, while the agenda still changes: an item the
chair adds is in them, numbered as on the agenda."""

from datetime import UTC, datetime

from tests.bot.agenda.test_agenda_turns import ITEM
from tests.bot.minutes.minutes_turn_steps import DECISION, DURING, entry, held, opened, the_minutes
from tests.card_reading import card_text
from tests.links import minutes_path

PREPARING = datetime(2027, 2, 5, 8, 15, tzinfo=UTC)  # 09.15, the meeting at 10


async def test_an_item_added_after_the_minutes_were_opened_is_in_them_as_numbered(bot):
    meeting_id = await held(bot)  # 4 Plejefamilier, then 5 Opfølgning på opgaver
    bot.clock.set(PREPARING)
    await opened(bot)
    bot.clock.set(datetime(2027, 2, 5, 8, 30, tzinfo=UTC))
    await bot.click("item.propose", {**ITEM, "title": "Socialtilsyn Øst", "presenter": "",
                                     "meeting_id": meeting_id})
    agenda = card_text((await bot.click("agenda.show", {"meeting_id": meeting_id}))["value"])
    assert "5. 11.15–11.35 · Socialtilsyn Øst" in agenda
    assert "6. 11.35–11.45 · Opfølgning på opgaver" in agenda
    bot.clock.set(DURING)
    bot.connector.clear()
    await bot.say("#punkt Socialtilsyn")
    await bot.say("#punkt 6")
    assert bot.connector.texts() == ["Noterer nu under pkt. 5: Socialtilsyn Øst.",
                                     "Noterer nu under pkt. 6: Opfølgning på opgaver."]
    overview = card_text(await opened(bot))
    assert "5. Socialtilsyn Øst" in overview and "6. Opfølgning på opgaver" in overview
    assert (await entry(bot, 8)).title == "Hvad skal bæres videre, og af hvem?"


async def test_an_item_postponed_after_opening_leaves_the_minutes_when_nothing_was_written(bot):
    meeting_id = await held(bot)
    bot.clock.set(PREPARING)
    await opened(bot)
    item = await entry(bot, 4)
    await bot.click("item.review", {"item_id": item.item_id, "decision": "defer"})
    bot.clock.set(DURING)
    bot.connector.clear()
    await bot.say("#punkt 4")
    assert bot.connector.texts() == ["Noterer nu under pkt. 4: Opfølgning på opgaver."]
    agenda = card_text((await bot.click("agenda.show", {"meeting_id": meeting_id}))["value"])
    assert "Plejefamilier" not in agenda
    assert "Plejefamilier" not in card_text(await opened(bot))


async def downloaded(bot) -> str:
    minutes = await the_minutes(bot)
    return await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()


async def test_a_referat_downloaded_after_the_agenda_changed_has_the_items_as_on_it(bot):
    """Nobody opens or writes the minutes between the change and the download: it shows the
    agenda's items all the same, and the download stores nothing."""
    meeting_id = await held(bot)  # 4 Plejefamilier, then 5 Opfølgning på opgaver
    bot.clock.set(PREPARING)
    await opened(bot)
    await bot.click("item.propose", {**ITEM, "title": "Socialtilsyn Øst", "presenter": "",
                                     "meeting_id": meeting_id})
    plejefamilier = await entry(bot, 4)
    await bot.click("item.review", {"item_id": plejefamilier.item_id, "decision": "defer"})
    markdown = await downloaded(bot)
    assert "**4. Socialtilsyn Øst**" in markdown
    assert "**5. Opfølgning på opgaver**" in markdown
    assert "Plejefamilier" not in markdown
    assert (await entry(bot, 4)).title == "Plejefamilier – rekruttering og fastholdelse"
    assert (await entry(bot, 5)).title == "Opfølgning på opgaver"


async def test_a_downloaded_referat_keeps_what_was_written_under_an_item_that_left_the_agenda(
        bot):
    await held(bot)
    bot.clock.set(PREPARING)
    await opened(bot)
    plejefamilier = await entry(bot, 4)
    await bot.click("minutes.entry.save", {"entry_id": plejefamilier.id, "notes": "",
                                           "decision": DECISION, "guests": ""})
    await bot.click("item.review", {"item_id": plejefamilier.item_id, "decision": "defer"})
    markdown = await downloaded(bot)
    assert "**4. Opfølgning på opgaver**" in markdown
    assert f"**7. Plejefamilier – rekruttering og fastholdelse** | Beslutning: {DECISION}" \
        in markdown
    assert "7. Plejefamilier" in card_text(await opened(bot))  # as opening them stores it
    assert await downloaded(bot) == markdown
