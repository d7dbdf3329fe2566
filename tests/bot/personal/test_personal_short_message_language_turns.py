"""In the 1:1 chat too, a question too short to tell its language ("online?", "deadline?") is
answered in the group's language, the same for every question, not in the client's."""

import pytest

from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.test_turns import LINE
from tests.card_reading import card_text


@pytest.mark.parametrize(("said", "danish"), [
    ("online?", "Næste møde"),
    ("link?", "Næste møde"),
    ("deadline?", "Fristen for punkter til næste møde er"),
])
async def test_a_short_question_in_the_1_1_chat_is_answered_in_the_groups_language(
        bot, said, danish):
    await bot.install()
    await bot.say(LINE)
    await bot.say("hjælp", user="rie")  # Rie is a member of the group
    texts, cards = await ask_in_personal_chat(bot, said, locale="en-US")
    assert danish in "\n".join([*texts, *(card_text(card) for card in cards)])


async def test_an_english_question_in_the_1_1_chat_is_answered_in_english(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("hjælp", user="rie")
    _, cards = await ask_in_personal_chat(bot, "is the meeting online?", locale="da-DK")
    assert "Next meeting" in card_text(cards[-1])
