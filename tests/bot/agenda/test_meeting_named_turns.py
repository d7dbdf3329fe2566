"""With two meetings planned, the agenda cycle's chat acts on the meeting its date or month
names, and without one on the meeting it concerns: the call still open, the meeting not begun."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem, Attendance, InputResponse
from tests.bot.agenda.test_agenda_manager_turns import propose
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.test_turns import meetings
from tests.card_reading import card_text, elements

SECOND = "nyt møde fredag 19. februar 2027 kl. 10-13 i Ringsted"


async def two_meetings(bot) -> tuple[int, int]:
    first = await planned(bot)  # fredag 5. februar 2027, deadline 26 January 12.00
    await bot.say(SECOND)  # deadline 9 February 12.00
    second = [m.id for m in await meetings(bot) if m.id != first][0]
    bot.connector.clear()
    return first, second


async def answer_to(bot, text: str, user: str = "rie") -> str:
    bot.connector.clear()
    await bot.say(text, user=user)
    return " | ".join(bot.connector.texts() + [card_text(c) for c in bot.connector.cards()])


async def test_questions_naming_the_second_meeting_by_its_date_are_answered_about_it(bot):
    _, second = await two_meetings(bot)
    await propose(bot, second, "Punkt til mødet den 19. februar")
    for text, user in (("dagsorden for mødet 19. februar", "rie"),
                       ("hvem kommer den 19. februar?", "rie"),
                       ("gennemgå punkter til mødet 19. februar", "lisbet"),
                       ("who is coming to the meeting on 19 February?", "rie")):
        said = await answer_to(bot, text, user)
        assert "19. februar 2027" in said or "19 February 2027" in said, (text, said)
        assert "5. februar" not in said and "5 February" not in said, (text, said)
    assert "Punkt til mødet den 19. februar" in await answer_to(
        bot, "gennemgå punkter til mødet 19. februar", "lisbet")
    assert "9. februar 2027" in await answer_to(bot, "hvornår er fristen for mødet 19. februar?")


async def test_regrets_for_the_meeting_named_by_its_date_are_stored_for_that_meeting(bot):
    first, second = await two_meetings(bot)
    for text in ("afbud til mødet 19. februar", "I can't make the meeting on 19 February"):
        assert "19" in await answer_to(bot, text, "daniel")
        [card] = bot.connector.cards()
        [button] = [a for a in elements(card) if a.get("verb") == "attendance.answer"]
        assert button["data"]["meeting_id"] == second
    await bot.click("attendance.answer", button["data"], user="daniel")
    async with bot.uow() as uow:
        stored = [(a.meeting_id, a.status) for a in await uow.session.scalars(select(Attendance))]
    assert stored == [(second, "regrets")]


async def test_an_item_line_ending_with_the_meeting_goes_to_that_meeting_without_the_words(bot):
    _, second = await two_meetings(bot)
    await answer_to(bot, "punkt: Plejefamilier – rekruttering, 20 min, til mødet 19. februar")
    await answer_to(bot, "item: Foster families, 20 min, for the meeting on 19 February")
    async with bot.uow() as uow:
        items = {i.title: i.meeting_id for i in await uow.session.scalars(select(AgendaItem))}
    assert items == {"Plejefamilier – rekruttering": second, "Foster families": second}


async def test_a_date_naming_no_planned_meeting_is_answered_with_the_planned_dates(bot):
    await two_meetings(bot)
    said = await answer_to(bot, "afbud til mødet 12. februar", "daniel")
    assert "12. februar" in said and "5. februar 2027, 19. februar 2027" in said
    assert "afbud til mødet 19. februar 2027" in said
    said = await answer_to(bot, "agenda for the meeting on 12 February")
    assert "5 February 2027, 19 February 2027" in said
    assert "agenda for the meeting on 19 February 2027" in said
    said = await answer_to(bot, "dagsorden for mødet i marts")
    assert "5. februar 2027, 19. februar 2027" in said
    assert not bot.connector.cards()


async def test_without_a_date_the_call_still_open_gets_items_and_nothing_from_us(bot):
    first, second = await two_meetings(bot)
    bot.clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))  # past 5 February's deadline
    assert "foreslået" in await answer_to(bot, "punkt: Plejefamilier – rekruttering, 20 min")
    assert "9. februar 2027" in await answer_to(bot, "hvornår er fristen?")
    await answer_to(bot, "intet fra os", "daniel")
    async with bot.uow() as uow:
        items = [i.meeting_id for i in await uow.session.scalars(select(AgendaItem))]
        answered = [r.meeting_id for r in await uow.session.scalars(select(InputResponse))]
    assert items == [second] and answered == [second]


async def test_during_the_first_meeting_regrets_go_to_the_next_one_not_begun(bot):
    first, second = await two_meetings(bot)
    bot.clock.set(datetime(2027, 2, 5, 10, 0, tzinfo=UTC))  # 11.00, the meeting under way
    said = await answer_to(bot, "jeg kan ikke komme til næste møde")
    assert "19. februar 2027" in said and "5. februar" not in said


async def test_a_date_naming_a_cancelled_meeting_is_answered_that_it_is_cancelled(bot):
    first, _ = await two_meetings(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": first})
    said = await answer_to(bot, "jeg kan ikke komme til mødet 5. februar", "daniel")
    assert "Mødet fredag den 5. februar 2027 er aflyst." in said, said
    assert "19. februar 2027" in said and "Intet planlagt møde" not in said, said
    said = await answer_to(bot, "I can't make the meeting on 5 February", "daniel")
    assert "The meeting on Friday 5 February 2027 is cancelled." in said, said
    assert not bot.connector.cards()
