"""A message about something else, with no question near enough to offer ("blablabla", "what
is the weather in Paris"), is no dead end on a phone: the answer says what the bot does and
has one button, "Vis hjælp", in the language of the message, which opens the help card as
"hjælp" does. In a group's chat nothing is answered unless the bot was mentioned."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.understanding.test_understanding_turns import buttons, planned, say_unmentioned
from tests.card_reading import card_text, elements


def actions(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("type", "").startswith("Action.")]


@pytest.mark.parametrize(("said", "locale", "what", "help_button", "typed"), [
    ("blablabla xyzzy", "en-GB", "Jeg holder styr på gruppens møder", "Vis hjælp", "hjælp"),
    ("what is the weather in Paris", "da-DK", "I keep track of the group's meetings", "Show help",
     "help"),
])
async def test_a_message_nothing_is_near_gets_a_button_that_opens_the_help_card(
        bot, said, locale, what, help_button, typed):
    await planned(bot)
    await bot.say(said, user="rie", locale=locale)
    assert not any(bot.connector.texts())
    [card] = bot.connector.cards()
    assert card_text(card).startswith(what)
    [button] = actions(card)
    assert button["title"] == help_button and buttons(card, "question.ask") == [button]
    opened = await bot.click("question.ask", button["data"], user="rie", locale=locale)
    bot.connector.clear()
    await bot.say(typed, user="rie", locale=locale)
    assert opened["value"] == bot.connector.cards()[-1]  # the help card, as asked for


async def test_in_the_1_1_chat_the_button_opens_the_help_card_of_the_1_1_chat(bot):
    await planned(bot)
    _, [card] = await ask_in_personal_chat(bot, "blablabla xyzzy")
    [button] = actions(card)
    assert button["title"] == "Vis hjælp"
    opened = await click_there(bot, "a:1personal-rie", button, person=USERS["rie"])
    _, [help_card] = await ask_in_personal_chat(bot, "hjælp")
    assert opened["value"] == help_card


async def test_in_a_groups_chat_it_is_not_answered_unless_the_bot_was_mentioned(bot):
    await planned(bot)
    await say_unmentioned(bot, "blablabla xyzzy")
    assert bot.connector.sent == []
