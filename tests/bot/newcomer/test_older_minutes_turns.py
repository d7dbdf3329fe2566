"""A newcomer asks for the minutes of a meeting held before she joined, by its month or date:
she gets those minutes, not the last ones; a month without minutes says so and names the
meetings that have them."""

from tests.bot.newcomer.half_year import DECISIONS, METTE, SARAH, half_a_year, join, write
from tests.card_reading import card_text


async def test_the_minutes_asked_for_by_month_or_date_are_that_meetings(bot):
    await half_a_year(bot)
    await join(bot, METTE)
    _, [february] = await write(bot, METTE, "kan jeg få referatet fra februar?", where="personal")
    assert "fredag den 5. februar 2027" in card_text(february)
    assert DECISIONS[0] in card_text(february) and DECISIONS[1] not in card_text(february)
    _, [march] = await write(bot, METTE, "referatet fra marts")
    assert "fredag den 12. marts 2027" in card_text(march) and DECISIONS[1] in card_text(march)
    _, [by_date] = await write(bot, METTE, "referat fra mødet 5. februar")
    assert DECISIONS[0] in card_text(by_date)
    _, [last] = await write(bot, METTE, "seneste referat", where="personal")
    assert DECISIONS[1] in card_text(last)


async def test_a_month_without_minutes_is_answered_with_the_meetings_that_have_them(bot):
    await half_a_year(bot)
    await join(bot, SARAH)
    [answer], cards = await write(bot, SARAH, "the minutes from April", locale="en-GB",
                                  where="personal")
    assert cards == []
    assert answer == ("There are no minutes from April. There are minutes of the "
                      "meetings on Friday 12 March 2027 and Friday 5 February 2027.")
    _, [february] = await write(bot, SARAH, "can I see the minutes from February?",
                                locale="en-GB")
    assert "Friday 5 February 2027" in card_text(february) and DECISIONS[0] in card_text(february)
    [svar], _ = await write(bot, SARAH, "referatet fra april")
    assert svar == ("Der er intet referat fra april. Der er referater fra møderne fredag den "
                    "12. marts 2027 og fredag den 5. februar 2027.")
