"""A search that names a year ("underretninger sidste år", "the budget in 2024") shows what the
minutes of that year say, and says so when they say nothing; without a year, every year's."""

import pytest

from tests.bot.search.search_steps import answer, days, three_meetings_minutes


async def test_a_search_of_last_year_shows_only_last_years_meetings(bot):
    await three_meetings_minutes(bot)
    shown = await answer(bot, "hvad sagde vi om budget sidste år?")
    assert "Om “budget” i 2023" in shown
    assert days(shown) == ["fredag den 24. november 2023", "fredag den 29. september 2023"]
    everything = await answer(bot, "hvad sagde vi om budget?")
    assert days(everything)[0] == "fredag den 2. februar 2024"


@pytest.mark.parametrize(("said", "locale", "heading", "meetings"), [
    ("søg på budget i 2024", "en-US", "Om “budget” i 2024", {"fredag den 2. februar 2024"}),
    ("what did we decide about the budget this year?", "da-DK", "About “the budget” in 2024",
     {"Friday 2 February 2024"}),
    ("what did we decide about notifications last year?", "da-DK",
     "About “notifications” in 2023", {"Friday 24 November 2023", "Friday 29 September 2023"}),
])
async def test_the_year_said_in_either_language_is_the_year_searched(bot, said, locale,
                                                                     heading, meetings):
    await three_meetings_minutes(bot)
    shown = await answer(bot, said, locale=locale)
    assert heading in shown, shown
    assert set(days(shown)) == meetings, shown


async def test_nothing_in_the_year_asked_is_said_so_with_the_year(bot):
    await three_meetings_minutes(bot)
    said = await answer(bot, "hvad besluttede vi om underretninger i 2024?")
    assert said.startswith("Jeg fandt intet om “underretninger” i referaterne fra 2024."), said
    said = await answer(bot, "what did we decide about notifications in 2022?", locale="da-DK")
    assert said.startswith("I found nothing about “notifications” in the minutes of 2022."), said
