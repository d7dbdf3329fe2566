"""A search whose word is misspelt ("anbringlser", "rammeaftlen", "framwork agreement") finds
nothing as written; the nearest word of the minutes (or of the glossary) is searched for
instead, and the answer says so. A word that is nowhere near any is still not found."""

import pytest

from tests.bot.search.search_steps import answer, days, three_meetings_minutes


@pytest.mark.parametrize(("said", "locale", "told", "meetings"), [
    ("hvornår talte vi om anbringlser?", "en-US",
     "Jeg fandt intet om “anbringlser” i referaterne, men dette om “anbringelser”:",
     {"fredag den 2. februar 2024"}),
    ("hvornår talte vi om rammeaftlen?", "da-DK",
     "Jeg fandt intet om “rammeaftlen” i referaterne, men dette om “rammeaftalen”:",
     {"fredag den 24. november 2023", "fredag den 29. september 2023"}),
    ("when did we discuss the framwork agreement?", "da-DK",
     "I found nothing about “framwork agreement” in the minutes, but this about “framework "
     "agreement”:", {"Friday 24 November 2023", "Friday 29 September 2023"}),
])
async def test_a_misspelt_search_finds_what_the_nearest_word_finds_and_says_so(
        bot, said, locale, told, meetings):
    await three_meetings_minutes(bot)
    bot.connector.clear()
    await bot.say(said, user="rie", locale=locale)
    [text] = [t for t in bot.connector.texts() if t]
    assert text == told
    shown = await answer(bot, said, locale=locale)
    assert meetings <= set(days(shown)), shown


async def test_a_word_near_none_of_the_minutes_is_still_not_found(bot):
    await three_meetings_minutes(bot)
    said = await answer(bot, "hvornår talte vi om svømmehaller?")
    assert said.startswith("Jeg fandt intet om “svømmehaller” i referaterne."), said
