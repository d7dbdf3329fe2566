"""A meeting asked for by its week, on 1 December 2027 with meetings on 16 December and 4
January 2028 (week 1): that week's meeting, never the next meeting as if it were of week 1."""

from datetime import UTC, datetime

from tests.card_reading import card_text


async def plan_december_and_january(bot) -> None:
    await bot.install()
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    await bot.say("nyt møde torsdag 16. december 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde tirsdag 4. januar 2028 kl. 10-13 i Ringsted")
    bot.connector.clear()


async def test_when_is_the_meeting_in_week_1_names_the_meeting_of_week_1(bot):
    await plan_december_and_january(bot)
    await bot.say("hvornår er mødet i uge 1?", user="rie")
    [card] = bot.connector.cards()
    assert card_text(card).startswith("Mødet i uge 1"), card_text(card)
    assert "4. januar 2028" in card_text(card) and "16. december" not in card_text(card)


async def test_when_is_the_meeting_in_week_1_in_english_too(bot):
    await plan_december_and_january(bot)
    await bot.say("when is the meeting in week 1?", user="rie", locale="en-GB")
    [card] = bot.connector.cards()
    assert "4 January 2028" in card_text(card) and "16 December" not in card_text(card)


async def test_a_week_without_a_meeting_is_said_so_beside_the_next_meeting(bot):
    await plan_december_and_january(bot)
    await bot.say("hvornår er mødet i uge 3?", user="rie")
    assert bot.connector.texts() == ["Der er ikke planlagt noget møde i uge 3. Det næste er:"]
    assert "16. december 2027" in card_text(bot.connector.cards()[-1])


async def test_the_next_meeting_after_a_week_is_not_asked_as_the_meeting_of_that_week(bot):
    await plan_december_and_january(bot)
    await bot.say("hvornår er næste møde efter uge 49?", user="rie")
    await bot.say("when is the next meeting after week 49?", user="rie", locale="en-GB")
    assert not any("49" in text for text in bot.connector.texts()), bot.connector.texts()
    danish, english = (card_text(card) for card in bot.connector.cards())
    assert "16. december 2027" in danish and "16 December 2027" in english
