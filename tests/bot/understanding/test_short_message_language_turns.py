"""A message too short to tell its language ("deadline?", "online?", "link?": words both
languages write) is answered in the group's language, whatever the client's locale and
whichever language the corpus happened to have the phrasing in; a longer one in its own."""

import pytest

from tests.bot.test_turns import LINE
from tests.card_reading import card_text


async def reply_to(bot, said: str, locale: str = "en-US") -> str:
    bot.connector.clear()
    await bot.say(said, user="rie", locale=locale)
    cards = bot.connector.cards()
    return "\n".join([*bot.connector.texts(), *(card_text(card) for card in cards)])


@pytest.mark.parametrize(("said", "danish"), [
    ("deadline?", "Fristen for punkter til næste møde er"),
    ("online?", "Næste møde"),
    ("link?", "Næste møde"),
])
async def test_a_word_both_languages_write_is_answered_in_the_groups_language(bot, said,
                                                                              danish):
    await bot.install()
    await bot.say(LINE)
    assert danish in await reply_to(bot, said)


@pytest.mark.parametrize(("said", "english"), [
    ("deadline for items?", "The deadline for items for the next meeting is"),
    ("is the meeting online?", "Next meeting"),
])
async def test_a_message_that_says_its_language_is_answered_in_it(bot, said, english):
    await bot.install()
    await bot.say(LINE)
    assert english in await reply_to(bot, said, locale="da-DK")
