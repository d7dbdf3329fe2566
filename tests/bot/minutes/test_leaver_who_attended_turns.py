"""Rie answered *Deltager*, came to the meeting, and left the group chat that afternoon (she
changed jobs). The secretary writes the minutes the next day: Rie was there, so the referat
must list her among *Deltagere* and the presence card must let the secretary mark her. Today
she is dropped from both, and the approved minutes (a public record) and the annual report's
counts lose a participant."""

from datetime import timedelta

from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.minutes.minutes_turn_steps import DURING, held, opened, the_minutes
from tests.card_reading import card_text
from tests.links import minutes_path


async def minutes_the_day_after_rie_left(bot):
    await held(bot)  # Rie answered "Deltager"
    bot.clock.set(DURING + timedelta(hours=5))  # 15.30, after the meeting
    await bot.post(removed(bot, USERS["rie"]))
    bot.clock.set(DURING + timedelta(days=1))
    overview = await opened(bot)
    return overview, await the_minutes(bot)


async def test_a_member_who_attended_and_left_after_the_meeting_is_in_the_referat(bot):
    overview, minutes = await minutes_the_day_after_rie_left(bot)
    assert "1 til stede" in card_text(overview)
    markdown = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    assert "Deltagere: Rie Nielsen (Holbæk)" in markdown


async def test_a_member_who_attended_and_left_after_the_meeting_is_on_the_presence_card(bot):
    _, minutes = await minutes_the_day_after_rie_left(bot)
    card = await bot.click("minutes.presence", {"minutes_id": minutes.id})
    assert "Rie Nielsen" in card_text(card["value"])
