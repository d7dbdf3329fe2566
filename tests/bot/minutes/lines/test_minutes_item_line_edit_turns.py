"""A "#punkt 5" message of its own edited in Teams after noting moved on: delivered again or
saved unchanged it changes nothing and says nothing; corrected to another item it moves noting
only if noting is still where the message put it, else a later "#punkt" keeps the place."""

import asyncio

from tests.bot.minutes.lines.test_minutes_line_edit_turns import edit, line, write
from tests.bot.minutes.minutes_turn_steps import entry, held, opened, the_minutes

FOURTH = "Plejefamilier – rekruttering og fastholdelse"


async def test_an_old_item_line_delivered_again_leaves_noting_where_it_moved_since(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 5", "1770288000000")
    await write(bot, "#punkt 6", "1770288100000")
    await write(bot, "#beslutning Vi mødes igen i marts", "1770288200000")
    assert await edit(bot, "#punkt 5", "1770288000000") == []  # Teams' redelivery
    assert await edit(bot, "#punkt  5", "1770288000000") == []  # saved again as it was
    assert (await the_minutes(bot)).current_number == 6
    await write(bot, "#beslutning Referatet sendes fredag", "1770288300000")
    assert (await entry(bot, 6)).decision == "Vi mødes igen i marts\nReferatet sendes fredag"
    assert (await entry(bot, 5)).decision is None


async def test_an_item_line_corrected_while_noting_is_still_there_moves_noting(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 5", "1770288400000")
    await write(bot, "#beslutning Vi mødes igen i marts", "1770288500000")
    assert await edit(bot, "#punkt 4", "1770288400000") == [
        f"Noterer nu under pkt. 4: {FOURTH}."]
    assert await edit(bot, "#punkt 4", "1770288400000") == []  # Teams' retry
    assert (await the_minutes(bot)).current_number == 4
    # a line of another message is that message's: it stays, as when a line's "#punkt" moves
    assert (await entry(bot, 5)).decision == "Vi mødes igen i marts"


async def test_an_item_line_corrected_after_noting_moved_on_does_not_take_the_place(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 5", "1770288600000")
    await write(bot, "#punkt 6", "1770288700000")
    [said] = await edit(bot, "#punkt 4", "1770288600000")
    assert said.startswith("Der noteres fortsat under pkt. 6: ")
    assert "noteret under pkt. 5, bliver stående; skal det under pkt. 4, så ret det på " \
           "referatets kort" in said
    assert (await the_minutes(bot)).current_number == 6
    assert await edit(bot, "#punkt 4", "1770288600000") == []  # Teams' retry
    assert await edit(bot, "#punkt 5", "1770288600000") == []  # back as it was
    assert (await the_minutes(bot)).current_number == 6


async def test_an_item_line_corrected_and_delivered_twice_at_once_moves_noting_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 5", "1770288800000")
    corrected = line(bot, "group_message_edit", "#punkt 4", "1770288800000")
    bot.connector.clear()
    await asyncio.gather(bot.post(corrected), bot.post(corrected))
    assert bot.connector.texts() == [f"Noterer nu under pkt. 4: {FOURTH}."]
    assert (await the_minutes(bot)).current_number == 4


async def test_in_english_an_old_item_line_again_is_silent_and_a_correction_keeps_the_place(
        bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#item 5", "1770288900000")
    await write(bot, "#item 6", "1770289000000")
    assert await edit(bot, "#item 5", "1770288900000") == []
    assert (await the_minutes(bot)).current_number == 6
    [said] = await edit(bot, "#item 4", "1770288900000")
    assert said.startswith("Noting stays under item 6: ")
    assert "noted under item 5 meanwhile stays there; to move it to item 4, correct it on " \
           "the minutes card" in said
    assert (await the_minutes(bot)).current_number == 6
    await write(bot, "#item 5", "1770289100000")
    assert await edit(bot, "#item 4", "1770289100000") == [
        f"Now noting under item 4: {FOURTH}."]
    assert (await the_minutes(bot)).current_number == 4
