"""A week the year does not have ("uge 53" on 1 December 2027: neither 2027 nor 2028 has one)
is said to be no week of that year, in the writer's language; a date that does not exist keeps
its own words."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from meetings.planning.entities import Meeting


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


async def said_on(bot, moment: datetime, text: str, locale: str) -> list[str]:
    await bot.install()
    bot.clock.set(moment)
    bot.connector.clear()
    await bot.say(text, locale=locale)
    return bot.connector.texts()


@pytest.mark.parametrize("day", [29, 30, 31])
@pytest.mark.parametrize(("text", "locale", "said"), [
    ("hvornår er mødet i uge 53?", "da-DK", "Der er ingen uge 53 i 2030."),
    ("when is the meeting in week 53?", "en-GB", "There is no week 53 in 2030."),
    ("nyt møde fredag i uge 53 kl. 10-12", "da-DK", "Der er ingen uge 53 i 2030. Skriv fx: "),
])
async def test_on_the_last_days_of_december_the_week_year_is_named(bot, day, text, locale,
                                                                    said):
    # Monday 31 December 2029 is in week 1 of 2030 (2030 and 2031 have no week 53); the
    # weekend before it is in week 52 of 2029, which has none either
    year = "2030" if day == 31 else "2029"
    [answer] = await said_on(bot, datetime(2029, 12, day, 9, 0, tzinfo=UTC), text, locale)
    assert answer.startswith(said.replace("2030", year)), answer


async def test_week_53_asked_in_week_1_of_a_year_that_has_one_is_that_weeks(bot):
    # 29 December 2025 is in week 1 of 2026, whose week 53 ends on 3 January 2027
    texts = await said_on(bot, datetime(2025, 12, 29, 9, 0, tzinfo=UTC),
                          "nyt møde torsdag i uge 53 kl. 10-12", "da-DK")
    assert not any("ingen uge 53" in text for text in texts), texts
    async with bot.uow() as uow:
        [meeting] = await uow.session.scalars(select(Meeting))
    assert meeting.starts_at.date() == date(2026, 12, 31), meeting.starts_at
