"""A message written like a letter, over several lines: a greeting, the question, and a
closing with the writer's name ("Mange hilsner / Rie Nielsen"), or a "Tak, Rie" after the
question. The closing is no part of what is asked: the question is answered as if alone."""

import pytest

from tests.bot.understanding.test_understanding_turns import planned, say_in_personal_chat
from tests.card_reading import card_text


@pytest.mark.parametrize(("written", "heading"), [
    ("Hej alle\r\n\r\nhvornår er næste møde?\r\n\r\nMange hilsner\r\nRie Nielsen",
     "Næste møde"),
    ("Hej\r\nhvornår er næste møde?\r\nTak, Rie", "Næste møde"),
    ("hvornår er næste møde? Tak, Rie", "Næste møde"),
    ("Hi Mødebot,\r\n\r\nwhen is the next meeting?\r\n\r\nBest regards\r\nRie Nielsen\r\n"
     "Holbæk Kommune", "Next meeting"),
    ("when is the next meeting? Thanks, Rie", "Next meeting"),
])
async def test_a_question_signed_off_with_a_name_is_answered_as_asked(bot, written, heading):
    await planned(bot)
    await bot.say(written, user="rie")
    [card] = bot.connector.cards()
    assert card_text(card).startswith(heading), card_text(card)


async def test_a_signed_question_in_the_personal_chat_is_answered_too(bot):
    await planned(bot)
    await say_in_personal_chat(bot, "Hej\r\n\r\nhvor er mødet?\r\n\r\nVenlig hilsen\r\nRie")
    answer = card_text(bot.connector.cards()[-1])
    assert "Ringsted, Hækkerupsvej 1" in answer and "Mente du" not in answer, answer
