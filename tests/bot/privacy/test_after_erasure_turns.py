"""What a person does after "slet mine data" is theirs again: it is stored on a new member
row of their own, never on the anonymised one, and their 1:1 chat answers at once."""

from sqlalchemy import select

from meetings.agenda.entities import Attendance
from meetings.groups.entities import Member
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import RIE, rie_in_two_groups
from tests.bot.privacy.test_privacy_turns import erase_rie
from tests.card_reading import card_text


async def test_an_answer_given_just_after_erasure_is_stored_as_the_person_not_the_erased_row(
        bot):
    meeting_id = await rie_in_two_groups(bot)
    await erase_rie(bot)
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    async with bot.uow() as uow:
        answered = (await uow.session.execute(
            select(Member.name, Member.teams_id).join(Attendance,
                                                      Attendance.member_id == Member.id))).all()
    assert answered == [(RIE[0], RIE[1])]
    bot.connector.clear()
    await bot.say("hvem kommer?")
    who = card_text(bot.connector.cards()[-1])
    assert "Rie Nielsen: deltager" in who and "Tidligere medlem: deltager" not in who


async def test_the_1_1_chat_answers_the_first_message_after_erasure(bot):
    await rie_in_two_groups(bot)
    await erase_rie(bot)
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    assert "/mydata/" in text
