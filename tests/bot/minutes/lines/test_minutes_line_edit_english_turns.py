"""The minute-taker's edits in Teams written in English ("#item", "#decision"): followed as the
Danish ones are, and answered in English."""

from tests.bot.agenda.test_agenda_turns import ITEM
from tests.bot.minutes.lines.test_minutes_line_edit_turns import edit, write
from tests.bot.minutes.minutes_turn_steps import entry, held, opened, the_minutes
from tests.bot.minutes.test_minutes_agenda_turns import PREPARING


async def test_a_line_corrected_after_the_agenda_was_renumbered_stays_under_its_item(bot):
    meeting_id = await held(bot)
    bot.clock.set(PREPARING)
    await opened(bot)
    await write(bot, "#item 5\n#decision Rie follows up on the inspectorate's letter",
                "1770287000000")
    await bot.click("item.propose", {**ITEM, "title": "Socialtilsyn Øst", "presenter": "",
                                     "meeting_id": meeting_id})
    await opened(bot)  # "Opfølgning på opgaver" is item 6 now
    assert await edit(bot, "#item 5\n#decision Rie follows up on the inspectorate's letters",
                      "1770287000000") == ["Corrected under item 6: decision."]
    assert (await entry(bot, 5)).decision is None
    assert (await entry(bot, 6)).decision == "Rie follows up on the inspectorate's letters"


async def test_a_message_one_of_whose_items_was_changed_on_its_card_changes_none_of_its_lines(
        bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#item 4\n#decision We keep the theme day\n#item 5\n#info Heidi sends the "
                     "programme", "1770287100000")
    fifth = await entry(bot, 5)
    await bot.click("minutes.entry.save", {"entry_id": fifth.id, "decision": "",
                                           "notes": "Rewritten on the card", "guests": ""})
    said = await edit(bot, "#item 4\n#decision We keep the theme day in May\n#item 5\n#info "
                           "Heidi sends the programme tomorrow", "1770287100000")
    assert said == ["Item 5 was changed on its card since, so the minutes do not follow the "
                    "change in the chat; nothing in them was changed. Correct it on the "
                    "minutes card: write “referat” and choose “Edit”."]
    assert (await entry(bot, 4)).decision == "We keep the theme day"
    assert (await entry(bot, 5)).notes == "Rewritten on the card"


async def test_an_item_line_corrected_and_delivered_twice_is_answered_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#item 4", "1770287200000")
    await write(bot, "#itme 5", "1770287300000")  # answered: not noted
    assert await edit(bot, "#item 5", "1770287300000") == [
        "Now noting under item 5: Opfølgning på opgaver."]
    assert await edit(bot, "#item 5", "1770287300000") == []  # Teams' retry
    assert (await the_minutes(bot)).current_number == 5
