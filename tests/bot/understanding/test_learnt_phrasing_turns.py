"""A question chosen on "Mente du …?" is remembered for the chat: the next time anybody there
writes it so, it is answered at once, the others offered beside the answer, where a choice
teaches the chat again; another chat still asks, and a choice beside an answer the classifier
gave on its own ("Eller mente du …?") teaches nothing. A taught phrasing is answered in the
language its text is written in, and one too short to tell in the chat's, as any answer is."""

from sqlalchemy import select

from storage.models.phrasings import LearntPhrasing
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.understanding.test_understanding_turns import buttons, planned
from tests.card_reading import card_text


async def choose(bot, said: str, intent: str, user: str = "rie") -> dict:
    bot.connector.clear()
    await bot.say(said, user=user)
    card = bot.connector.cards()[-1]
    assert "Mente du …?" in card_text(card)
    assert "Jeg husker valget til næste gang i denne chat." in card_text(card)
    [button] = [b for b in buttons(card, "question.ask") if b["data"]["intent"] == intent]
    assert button["data"]["learn"] is True
    return await bot.click("question.ask", button["data"], user=user)


async def test_a_question_chosen_is_answered_at_once_the_next_time_anybody_writes_it_so(bot):
    await planned(bot)
    answer = await choose(bot, "referat eller næste møde", "next_meeting")
    assert "fredag den 5. februar 2027" in card_text(answer["value"])
    bot.connector.clear()
    await bot.say("Referat eller næste møde?", user="daniel")
    card = bot.connector.cards()[0]
    assert "Mente du" not in card_text(card)
    assert "Næste møde" in card_text(card) and "fredag den 5. februar 2027" in card_text(card)


async def test_the_answer_offers_the_others_and_choosing_one_teaches_the_chat_again(bot):
    await planned(bot)
    await choose(bot, "referat eller næste møde", "next_meeting")
    bot.connector.clear()
    await bot.say("referat eller næste møde", user="daniel")
    answer, offer = bot.connector.cards()
    assert "fredag den 5. februar 2027" in card_text(answer)
    assert "Eller mente du …?" in card_text(offer)
    [other] = [b for b in buttons(offer, "question.ask")
               if b["data"]["intent"] == "minutes"]
    assert other["data"] == {"intent": "minutes", "lang": "da",
                             "text": "referat eller næste møde", "learn": True}
    chosen = await bot.click("question.ask", other["data"], user="daniel")
    bot.connector.clear()
    await bot.say("referat eller næste møde", user="rie")
    assert bot.connector.texts()[0] == chosen["value"]  # the minutes' answer, at once


async def test_another_chat_still_asks(bot):
    await planned(bot)
    await choose(bot, "referat eller næste møde", "next_meeting")
    _, cards = await ask_in_personal_chat(bot, "referat eller næste møde")
    assert "Mente du …?" in card_text(cards[-1])


async def test_the_phrasing_is_kept_without_the_name_and_read_with_another(bot):
    await planned(bot)
    await choose(bot, "hvad med Daniel", "tasks_of")
    async with bot.uow() as uow:
        [row] = await uow.session.scalars(select(LearntPhrasing))
    assert (row.phrasing, row.intent) == ("hvad med …", "tasks_of")
    bot.connector.clear()
    await bot.say("hvad med Rie", user="daniel")
    card, *offered = bot.connector.cards()  # the other likely questions may be offered after
    assert "Rie har ingen åbne opgaver." in card_text(card)  # Rie's tasks: she has none
    assert all("Eller mente du …?" in card_text(other) for other in offered)


async def test_a_choice_beside_an_answer_teaches_nothing(bot):
    await planned(bot)
    await bot.say("hvem kommer og hvor er mødet?", user="rie")
    offer = bot.connector.cards()[-1]
    assert "Eller mente du …?" in card_text(offer)
    [other] = buttons(offer, "question.ask")
    assert "learn" not in other["data"]
    await bot.click("question.ask", other["data"], user="rie")
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(LearntPhrasing))) == []


async def test_a_taught_phrasing_too_short_to_tell_is_answered_as_other_short_questions(bot):
    """"deadline status" says no language (its words are both languages'): taught, it is
    answered in the chat's language, as "deadline?" is, whatever the client's locale."""
    await planned(bot)
    await choose(bot, "deadline status", "deadline")
    danish = "Fristen for punkter til næste møde er tirsdag den 26. januar 2027 kl. 12.00."
    for said in ("deadline?", "deadline status"):
        bot.connector.clear()
        await bot.say(said, user="daniel", locale="en-US")
        assert bot.connector.texts() == [danish], said


async def test_a_taught_phrasing_in_the_1_1_chat_is_answered_as_other_short_questions(bot):
    await planned(bot)
    [short], _ = await ask_in_personal_chat(bot, "deadline?", locale="en-US")
    _, [offer] = await ask_in_personal_chat(bot, "deadline status", locale="en-US")
    [button] = [b for b in buttons(offer, "question.ask") if b["data"]["intent"] == "deadline"]
    await click_there(bot, "a:1personal-rie", button, person=USERS["rie"])
    taught, _ = await ask_in_personal_chat(bot, "deadline status", locale="en-US")
    assert taught == [short]
    assert short.startswith("Fristen for punkter")
