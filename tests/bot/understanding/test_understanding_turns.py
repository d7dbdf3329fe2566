"""Everyday messages, turn by turn: "Mente du …?" with buttons that answer on one click, regrets
by a sentence, a wish for an item, small talk answered in a friendly word (and not at all in a
group when the bot is not mentioned), and replies in the language the text is written in."""

import pytest
from sqlalchemy import select

from meetings.agenda.entities import Attendance
from tests.bot.conftest import USERS
from tests.bot.importing.import_file_steps import click_in_chat
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

PERSONAL = {"conversationType": "personal", "id": "a:1personal-rie",
            "tenantId": "tenant-kkr-sjaelland"}


def buttons(card: dict, verb: str) -> list[dict]:
    return [e for e in elements(card) if e.get("type") == "Action.Execute" and e["verb"] == verb]


async def planned(bot) -> int:
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    bot.connector.clear()
    return meeting.id


async def say_unmentioned(bot, text: str) -> None:
    """A group message that does not @mention the bot, as Teams delivers it to a bot allowed
    to read every message of the chat."""
    activity = bot.activity("group_message")
    activity["text"] = text
    activity["entities"] = [e for e in activity["entities"] if e["type"] != "mention"]
    await bot.post(activity)


async def say_in_personal_chat(bot, text: str, locale: str = "da-DK") -> None:
    await bot.post(bot.activity("personal_conversation_update"))
    activity = bot.activity("group_message", locale=locale)
    activity.update(text=text, conversation=PERSONAL, entities=[],
                    **{"from": {"id": "29:1rie-nielsen", "name": "Rie Nielsen",
                                "aadObjectId": "aad-rie"}})
    await bot.post(activity)


async def test_an_unsure_reading_offers_the_likeliest_questions_and_one_click_answers(bot):
    await planned(bot)
    await bot.say("referat eller næste møde", user="rie")
    card = bot.connector.cards()[-1]
    assert "Mente du …?" in card_text(card)
    offered = buttons(card, "question.ask")
    assert {b["data"]["intent"] for b in offered} >= {"next_meeting", "minutes"}
    assert all(b["data"]["text"] == "referat eller næste møde" and b["data"]["lang"] == "da"
               for b in offered)
    chosen = next(b for b in offered if b["data"]["intent"] == "next_meeting")
    answer = await bot.click("question.ask", chosen["data"], user="rie")
    assert "Næste møde" in card_text(answer["value"])
    assert "fredag den 5. februar 2027" in card_text(answer["value"])


async def test_two_questions_in_one_message_get_the_likelier_answered_and_the_other_offered(bot):
    await planned(bot)
    said = "hvem kommer og hvor er mødet?"
    await bot.say(said, user="rie")
    answer, offer = bot.connector.cards()[-2:]
    assert "Eller mente du …?" in card_text(offer)
    # The likelier question answered first, and at once; the other one click away.
    headings = {"attendance": "Hvem kommer?", "next_meeting": "Næste møde"}
    [other] = buttons(offer, "question.ask")
    offered = other["data"]["intent"]
    assert other["data"] == {"intent": offered, "lang": "da", "text": said}
    [answered] = set(headings) - {offered}  # the other of the two, not a third question
    assert card_text(answer).startswith(headings[answered])
    clicked = await bot.click("question.ask", other["data"], user="rie")
    assert card_text(clicked["value"]).startswith(headings[offered])


@pytest.mark.parametrize("said", ["hvornår er mødet og hvad er temaet?",
                                  "hvad er temaet og hvornår er mødet?"])
async def test_a_question_the_answer_shows_too_is_not_offered_again(bot, said):
    """The next meeting's card answers its theme and its date: "Hvornår er næste møde?" is not
    offered under it as if it were not."""
    await planned(bot)
    await bot.say(said, user="rie")
    [answer] = bot.connector.cards()
    assert card_text(answer).startswith("Næste møde")
    assert "fredag den 5. februar 2027" in card_text(answer)
    assert not any("mente du" in card_text(card).casefold() for card in bot.connector.cards())


async def test_a_question_clicked_in_the_1_1_chat_is_answered_for_the_persons_group(bot):
    await planned(bot)
    await bot.say("hjælp", user="rie")  # Rie is a member of the group with the meeting
    _, cards = await ask_in_personal_chat(bot, "referat eller næste møde")
    [chosen] = [b for b in buttons(cards[-1], "question.ask")
                if b["data"]["intent"] == "next_meeting"]
    answer = await click_in_chat(bot, chosen, person=USERS["rie"])
    assert "fredag den 5. februar 2027" in card_text(answer["value"])


async def test_a_button_reads_its_question_from_the_message_it_came_with(bot):
    await planned(bot)
    answer = await bot.click("question.ask", {"intent": "propose_item", "lang": "da",
                                              "text": "et punkt om efterværn"}, user="rie")
    inputs = {e["id"]: e.get("value") for e in elements(answer["value"]) if "id" in e}
    assert inputs["title"] == "Efterværn"


async def test_a_forged_button_never_runs_a_command_that_changes_something(bot):
    await planned(bot)
    answer = await bot.click("question.ask", {"intent": "cancel_meeting", "lang": "da",
                                              "text": "aflys næste møde"})
    assert "bruges ikke længere" in answer["value"]
    [meeting] = await meetings(bot)
    assert meeting.status == "planned"


@pytest.mark.parametrize(("said", "heading", "status"), [
    ("jeg kan ikke komme til næste møde", "Meld afbud til mødet?", "regrets"),
    ("jeg deltager i næste møde", "Kommer du til mødet?", "attending"),  # not as regrets
])
async def test_regrets_or_coming_by_a_sentence_are_recorded_after_one_confirming_click(
    bot, said, heading, status,
):
    meeting_id = await planned(bot)
    await bot.say(said, user="rie")
    card = bot.connector.cards()[-1]
    assert heading in card_text(card)
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(Attendance))) == []
    [confirm] = [b for b in buttons(card, "attendance.answer")]
    assert confirm["data"] == {"meeting_id": meeting_id, "status": status, "lang": "da"}
    await bot.click("attendance.answer", confirm["data"], user="rie")
    async with bot.uow() as uow:
        [answer] = await uow.session.scalars(select(Attendance))
    assert answer.status == status


@pytest.mark.parametrize(("intent", "status"), [("attend", "attending"),
                                              ("send_regrets", "regrets")])
async def test_coming_or_regrets_chosen_on_did_you_mean_are_recorded_on_that_one_click(
    bot, intent, status,
):
    meeting_id = await planned(bot)
    said = "fredag er fint for mig" if intent == "attend" else "fredag går ikke for mig"
    answer = await bot.click("question.ask", {"intent": intent, "lang": "da", "text": said,
                                              "learn": True}, user="rie")
    async with bot.uow() as uow:
        [recorded] = await uow.session.scalars(select(Attendance))
    assert (recorded.meeting_id, recorded.status) == (meeting_id, status)
    # The agenda card answers, with the buttons to change the answer
    assert "Dagsorden" in card_text(answer["value"])
    assert buttons(answer["value"], "attendance.answer")


async def test_coming_chosen_on_did_you_mean_with_no_meeting_planned_records_nothing(bot):
    await bot.install()
    answer = await bot.click("question.ask", {"intent": "attend", "lang": "da",
                                              "text": "jeg er med"}, user="rie")
    assert "møde" in str(answer["value"])
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(Attendance))) == []


async def test_coming_said_in_english_asks_to_confirm_coming_in_english(bot):
    await planned(bot)
    await bot.say("count me in for the next meeting", user="daniel", locale="da-DK")
    card = bot.connector.cards()[0]
    assert "Are you coming to the meeting?" in card_text(card)
    assert [b["data"]["status"] for b in buttons(card, "attendance.answer")] == ["attending"]


async def test_a_meeting_asked_for_by_its_month_is_that_months_or_said_to_be_none(bot):
    await planned(bot)  # fredag den 5. februar 2027
    await bot.say("nyt møde fredag 7. maj 2027 kl. 10-13 i Køge")
    bot.connector.clear()
    await bot.say("hvornår er mødet i maj?", user="rie")
    may = card_text(bot.connector.cards()[-1])
    assert may.startswith("Mødet i maj 2027") and "fredag den 7. maj 2027" in may

    bot.connector.clear()
    await bot.say("where is the meeting in April?", user="rie")
    assert bot.connector.texts()[0] == "No meeting is planned in April 2027. This is the next one:"
    assert "Friday 5 February 2027" in card_text(bot.connector.cards()[-1])


async def test_a_wish_for_an_item_opens_the_proposal_form_with_its_subject(bot):
    await planned(bot)
    await bot.say("Vi vil gerne have et punkt om plejefamilier", user="rie")
    card = bot.connector.cards()[-1]
    inputs = {e["id"]: e.get("value") for e in elements(card) if "id" in e}
    assert inputs["title"] == "Plejefamilier"
    assert "Udfyld resten" in bot.connector.texts()[-1]


async def test_an_item_about_a_section_of_the_law_keeps_its_paragraph_sign(bot):
    await planned(bot)
    await bot.say("vi vil gerne have et punkt om § 32 institutioner", user="rie")
    inputs = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert inputs["title"] == "§ 32 institutioner"
    await bot.say("hvornår talte vi om § 32 institutioner?", user="rie")
    said = " ".join(bot.connector.texts() + [card_text(c) for c in bot.connector.cards()[-1:]])
    assert "“§ 32 institutioner”" in said, said


async def test_the_reply_is_in_the_language_of_the_text_not_of_the_client(bot):
    await planned(bot)
    await bot.say("when is the next meeting?", user="rie", locale="da-DK")
    assert "Next meeting" in card_text(bot.connector.cards()[-1])
    await bot.say("hvornår er vi samlet næste gang", user="rie", locale="en-GB")
    assert "Næste møde" in card_text(bot.connector.cards()[-1])
    await bot.say("#beslutning Godkendt", locale="en-GB")
    assert "Der er ikke noget møde i gang" in bot.connector.texts()[-1]


async def test_a_message_too_short_to_tell_is_answered_in_the_groups_language(bot):
    await planned(bot)
    await bot.say("blabla", user="rie", locale="en-GB")
    assert "Skriv “hjælp”" in card_text(bot.connector.cards()[-1])


async def test_small_talk_in_a_group_gets_a_friendly_word_when_the_bot_is_mentioned(bot):
    await planned(bot)
    await bot.say("tak", user="rie")
    assert bot.connector.texts()[-1] == "Selv tak!"
    await bot.say("god weekend", user="rie")
    assert bot.connector.texts()[-1] == "Tak, i lige måde!"


async def test_small_talk_in_a_group_not_to_the_bot_gets_no_answer(bot):
    await planned(bot)
    await say_unmentioned(bot, "tak for et godt møde")
    await say_unmentioned(bot, "møde")
    assert bot.connector.texts() == [] and bot.connector.cards() == []


async def test_small_talk_in_a_personal_chat_gets_a_friendly_word(bot):
    await bot.install()
    bot.connector.clear()
    await say_in_personal_chat(bot, "thanks", locale="da-DK")
    assert bot.connector.texts()[-1] == "You are welcome!"


async def test_the_help_card_offers_the_questions_asked_most_in_the_persons_language(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("what can you do?", locale="da-DK")
    card = bot.connector.cards()[-1]
    titles = [b["title"] for b in buttons(card, "question.ask")]
    assert titles[:3] == ["When is the next meeting?", "What is on the agenda?", "My tasks"]
    answer = await bot.click("question.ask", buttons(card, "question.ask")[2]["data"])
    assert "My tasks" in card_text(answer["value"])
