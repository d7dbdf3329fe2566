"""An answer in English quotes the English command, and in Danish the Danish one; an item
whose title is too long is told so, with the limit and a line that works."""

import pytest

from tests.bot.agenda.test_agenda_turns import planned

TITLE = {"en": "Foster families and the recruitment of them " * 5,
         "da": "Plejefamilier og rekruttering af dem i kommunerne " * 5}


async def answer_to(bot, text: str, locale: str) -> str:
    bot.connector.clear()
    await bot.say(text, locale=locale)
    return bot.connector.texts()[-1]


@pytest.mark.parametrize(("text", "english", "danish"), [
    ("task: by 3 March", "“task:”", "“opgave:”"),
    ("make Zorro chair", "“make Lisbet chair”", "“gør Lisbet til formand”"),
    ("make Zorro chair", "“members”", "“medlemmer”"),
    ("annual report 1850", "“annual report 20", "“årsrapport 20"),
])
async def test_an_english_answer_quotes_the_english_command(bot, text, english, danish):
    await planned(bot)
    said = await answer_to(bot, text, "en-GB")
    assert english in said and danish not in said, said


async def test_a_danish_answer_still_quotes_the_danish_command(bot):
    await planned(bot)
    said = await answer_to(bot, "opgave: senest 3. marts", "da-DK")
    assert "“opgave:”" in said, said


@pytest.mark.parametrize(("command", "locale", "words", "example"), [
    ("item", "en-GB", "at most 200 characters", "item: "),
    ("punkt", "da-DK", "højst være 200 tegn", "punkt: "),
])
async def test_an_item_title_too_long_is_told_so_with_the_limit_and_an_example(
        bot, command, locale, words, example):
    await planned(bot)
    language = locale[:2]
    said = await answer_to(bot, f"{command}: {TITLE[language]}, 20 min", locale)
    assert words in said and example in said, said


async def test_what_we_decided_about_the_meeting_in_june_is_searched_not_asked_back(bot):
    await planned(bot)
    said = await answer_to(bot, "what did we decide about the meeting in June", "en-GB")
    assert "I found nothing about “the meeting”" in said, said
