""""Kommer Daniel?", "er der nogen fra Holbæk?": the attendance card with the answers of the
person or the organisation asked about first, read from the group's own members."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.outbox.ticks import AGENDA
from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import card_text


def answers(card: dict) -> list[str]:
    """The bold lines between the meeting's line and the counts."""
    found = []
    for block in card["body"][2:]:
        runs = block.get("inlines", [])
        if not runs or runs[0].get("weight") != "Bolder":
            break
        found.append(runs[0]["text"])
    return found


async def answered(bot, meeting_id: int) -> None:
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "regrets"},
                    user="daniel")
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    bot.connector.clear()


@pytest.mark.parametrize(("said", "expected"), [
    ("Kommer Daniel?", ["Daniel Gottrup: afbud"]),
    ("kommer daniel", ["Daniel Gottrup: afbud"]),  # a name in lower case too
    # A member's name in lower case the classifier alone would ask about ("Mente du …?"):
    # in the member's group it is read as the name it is
    ("har daniel meldt afbud", ["Daniel Gottrup: afbud"]),
    ("er rie med", ["Rie Nielsen: deltager"]),
    # After a greeting, or a sentence before, the word that opens the question is no name
    ("Godmorgen! Ved du om Daniel kommer i dag?", ["Daniel Gottrup: afbud"]),
    ("Hej! Er Rie med?", ["Rie Nielsen: deltager"]),
    # Everyone of the organisation
    ("er der nogen fra Holbæk?", ["Lisbet Daugaard-Hansen: har ikke svaret",
                                  "Rie Nielsen: deltager"]),
    # Two names, each answered for
    ("kommer Daniel og Rie?", ["Rie Nielsen: deltager", "Daniel Gottrup: afbud"]),
    # A municipality in lower case
    ("kommer der nogen fra holbæk", ["Lisbet Daugaard-Hansen: har ikke svaret",
                                     "Rie Nielsen: deltager"]),
    ("Kommer Mogens?", []),  # nobody of that name: the card alone
    ("hvem kommer?", []),
])
async def test_who_is_coming_asked_about_someone_answers_for_them_first(bot, said, expected):
    await answered(bot, await planned(bot))
    await bot.say(said, user="lisbet")
    card = bot.connector.cards()[-1]
    assert "Hvem kommer?" in card_text(card)
    assert answers(card) == expected
    # Everyone is still listed under their organisation
    assert {"Daniel Gottrup: afbud", "Rie Nielsen: deltager"} <= set(card_text(card).splitlines())


async def test_asked_in_english_the_answer_is_in_english(bot):
    await answered(bot, await planned(bot))
    await bot.say("is Daniel coming?", user="lisbet", locale="da-DK")
    assert answers(bot.connector.cards()[-1]) == ["Daniel Gottrup: regrets"]


async def test_asked_in_the_1_1_chat_the_persons_group_answers_for_the_one_named(bot):
    await answered(bot, await planned(bot))
    await bot.say("hjælp", user="rie")  # Rie writes in the group, so she is known as a member
    _, cards = await ask_in_personal_chat(bot, "Kommer Daniel?")
    assert "Daniel Gottrup: afbud" in card_text(cards[-1]).splitlines()[:4]


async def reminded_before(bot, day: datetime) -> list[str]:
    bot.clock.set(day)
    await AGENDA.run(bot.uow, bot.clock)
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == OutboxKind.ATTENDANCE_REMINDER))
        names = {m.id: m.name for m in await uow.members.of_group(1)}
        return sorted(names[row.member_id] for row in rows)


async def test_answers_for_the_old_day_are_cleared_by_a_move_to_another_day(bot):
    await answered(bot, await planned(bot))  # fredag 5. februar: Daniel afbud, Rie deltager
    await bot.say("flyt næste møde til fredag 12. marts 2027 kl. 10-13")
    bot.connector.clear()
    await bot.say("hvem kommer?", user="lisbet")
    text = card_text(bot.connector.cards()[-1])
    assert "0 kommer, 0 afbud, 3 har ikke svaret." in text
    assert "Daniel Gottrup: afbud" not in text.splitlines()
    assert await reminded_before(bot, datetime(2027, 3, 11, 8, 0, tzinfo=UTC)) == [
        "Daniel Gottrup", "Lisbet Daugaard-Hansen", "Rie Nielsen"]


async def test_answers_are_kept_by_a_move_within_the_same_day(bot):
    await answered(bot, await planned(bot))
    await bot.say("flyt næste møde til fredag 5. februar 2027 kl. 12-15")
    bot.connector.clear()
    await bot.say("hvem kommer?", user="lisbet")
    lines = card_text(bot.connector.cards()[-1]).splitlines()
    assert {"Daniel Gottrup: afbud", "Rie Nielsen: deltager"} <= set(lines)
    assert await reminded_before(bot, datetime(2027, 2, 4, 8, 0, tzinfo=UTC)) == [
        "Lisbet Daugaard-Hansen"]


async def test_who_is_coming_on_a_date_answers_for_nobody_named_by_its_month(bot):
    june = {"id": "29:1june-holm", "name": "June Holm", "aadObjectId": "aad-june",
            "email": "june@holbaek.dk", "userPrincipalName": "june@holbaek.dk",
            "tenantId": "tenant-kkr-sjaelland", "userRole": "user"}
    bot.connector.members = [*bot.connector.members, june]
    await planned(bot)
    await bot.say("nyt møde fredag 11. juni 2027 kl. 10-13 i Ringsted")
    for said, expected in (("who is coming to the meeting on 11 June 2027?", []),
                           ("who is coming on Friday 11 June?", []),
                           ("is June coming on 11 June?", ["June Holm: has not answered"])):
        bot.connector.clear()
        await bot.say(said, user="lisbet")
        card = bot.connector.cards()[-1]
        assert "11 June 2027" in card_text(card), said
        assert answers(card) == expected, said
