"""A question chosen on a "Mente du …?" card is read again from the message it came with, the
meeting the message named included: "Meld afbud" for "mødet den 12. marts går ikke for mig"
records regrets for 12 March, and "Hvem kommer?" or the deadline answer about that meeting."""

import pytest
from sqlalchemy import select

from meetings.agenda.entities import Attendance
from tests.bot.agenda.test_meeting_said_in_sentences_turns import february_and_march
from tests.card_reading import card_text


async def answers(bot) -> list[tuple[int, str]]:
    async with bot.uow() as uow:
        return [(a.meeting_id, a.status) for a in await uow.session.scalars(select(Attendance))]


@pytest.mark.parametrize(("intent", "said", "status"), [
    ("send_regrets", "mødet den 12. marts går ikke for mig", "regrets"),
    ("attend", "mødet den 12. marts er fint for mig", "attending"),
])
async def test_regrets_or_coming_chosen_on_did_you_mean_go_to_the_meeting_the_message_named(
    bot, intent, said, status,
):
    _, march = await february_and_march(bot)
    answer = await bot.click("question.ask", {"intent": intent, "lang": "da", "text": said,
                                              "learn": True}, user="rie")
    assert await answers(bot) == [(march.id, status)]
    assert "fredag den 12. marts 2027" in card_text(answer["value"])


async def test_without_a_meeting_named_the_click_answers_for_the_next_one(bot):
    february, _ = await february_and_march(bot)
    await bot.click("question.ask", {"intent": "send_regrets", "text": "det går ikke for mig",
                                     "learn": True}, user="rie")
    assert await answers(bot) == [(february.id, "regrets")]


async def test_who_is_coming_chosen_on_did_you_mean_is_about_the_meeting_named(bot):
    await february_and_march(bot)
    answer = await bot.click("question.ask", {"intent": "attendance", "lang": "da",
                                              "text": "hvem kommer til mødet i marts",
                                              "learn": True}, user="rie")
    assert "fredag den 12. marts 2027" in card_text(answer["value"])


async def test_the_deadline_chosen_on_did_you_mean_is_the_named_meetings(bot):
    await february_and_march(bot)
    answer = await bot.click("question.ask", {"intent": "deadline", "lang": "en",
                                              "text": "deadline for the meeting in March",
                                              "learn": True}, user="rie")
    assert "12 March 2027" in answer["value"], answer["value"]
