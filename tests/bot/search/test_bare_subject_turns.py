"""A message to the bot that is nothing but a subject ("budget", "underretninger sidste år",
"the framework agreement") is searched for in the minutes, and what they say is the answer;
when they say nothing of it, the bot says what it does, as before."""

import pytest

from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.search.search_steps import answer, days, three_meetings_minutes
from tests.bot.understanding.test_understanding_turns import say_unmentioned
from tests.card_reading import card_text

NOT_FOUND = "Jeg holder styr på gruppens møder, dagsordener, referater og opgaver."


@pytest.mark.parametrize(("said", "locale", "heading"), [
    # Too short to tell its language: the group's, whatever the client's
    ("budget", "en-US", "Om “budget”"),
    ("Bakkehuset", "en-US", "Om “Bakkehuset”"),
    ("underretninger sidste år", "en-US", "Om “underretninger” i 2023"),
    ("the framework agreement", "da-DK", "About “framework agreement”"),
    ("notifications last year", "da-DK", "About “notifications” in 2023"),
])
async def test_a_bare_subject_is_answered_by_what_the_minutes_say_of_it(bot, said, locale,
                                                                        heading):
    await three_meetings_minutes(bot)
    shown = await answer(bot, said, locale=locale)
    assert heading in shown, shown
    assert days(shown), shown


async def test_a_word_the_minutes_do_not_have_gets_what_the_bot_does(bot):
    await three_meetings_minutes(bot)
    for said in ("hmm", "svømmehaller"):
        assert (await answer(bot, said)).startswith(NOT_FOUND)


async def test_a_bare_subject_not_said_to_the_bot_is_left_alone(bot):
    await three_meetings_minutes(bot)
    await say_unmentioned(bot, "budget")
    assert bot.connector.sent == []


async def test_a_bare_subject_in_the_personal_chat_searches_the_persons_group(bot):
    await three_meetings_minutes(bot)
    texts, cards = await ask_in_personal_chat(bot, "budget", locale="en-US")
    shown = card_text(cards[-1])
    assert "Om “budget”" in shown and "fredag den 2. februar 2024" in shown, (texts, shown)
