"""A week the year does not have ("uge 53" on 1 December 2027: neither 2027 nor 2028 has one)
is said to be no week of that year, in the writer's language; a date that does not exist keeps
its own words."""

from datetime import UTC, datetime

import pytest


async def said_on_1_december_2027(bot, text: str, locale: str) -> str:
    await bot.install()
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    bot.connector.clear()
    await bot.say(text, locale=locale)
    [answer] = bot.connector.texts()
    return answer


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("hvornår er mødet i uge 53?", "da-DK", "Der er ingen uge 53 i 2027."),
    ("when is the meeting in week 53?", "en-GB", "There is no week 53 in 2027."),
    ("nyt møde fredag i uge 53 kl. 10-12", "da-DK", "Der er ingen uge 53 i 2027. Skriv fx: "),
    ("new meeting Friday in week 53 at 10-12", "en-GB",
     "There is no week 53 in 2027. Write for example: "),
    ("I am away until week 53", "en-GB", "There is no week 53 in 2027. Write for example: "),
])
async def test_a_week_the_year_lacks_is_said_as_a_week_of_that_year(bot, text, locale, said):
    assert (await said_on_1_december_2027(bot, text, locale)).startswith(said)


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("nyt møde 30. februar kl. 10-12", "da-DK", "Datoen 30. februar findes ikke. Skriv fx: "),
    ("new meeting 30 February at 10-12", "en-GB",
     "There is no date 30 February. Write for example: "),
])
async def test_a_date_that_does_not_exist_keeps_its_wording(bot, text, locale, said):
    assert (await said_on_1_december_2027(bot, text, locale)).startswith(said)
