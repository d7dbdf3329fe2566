"""Rie writes an item the day after the deadline of the next meeting (5 February). The bot
quietly files it for the meeting after (12 March), but answers only "Dit punkt er foreslået",
so Rie believes it is on the agenda of 5 February. The answer must name the meeting the item
went to, in both languages."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.planning.entities import Meeting
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import card_text

AFTER_DEADLINE = datetime(2027, 1, 27, 9, 0, tzinfo=UTC)  # deadline was 26 January 12.00


async def two_meetings_after_the_first_deadline(bot) -> None:
    await planned(bot)  # fredag 5. februar 2027
    await bot.say("nyt møde fredag 12. marts 2027 kl. 10-13 i Køge")
    bot.clock.set(AFTER_DEADLINE)
    bot.connector.clear()


async def test_an_item_after_the_deadline_is_answered_with_the_meeting_it_went_to(bot):
    await two_meetings_after_the_first_deadline(bot)
    await bot.say("punkt: Plejefamilier – rekruttering og fastholdelse, 20 min", user="rie")
    [answer] = [text for text in bot.connector.texts() if text]
    assert answer == ("Tak. Fristen for punkter til næste møde er overskredet, så dit punkt er "
                      "foreslået til mødet fredag den 12. marts 2027; formanden og sekretæren "
                      "sammensætter den dagsorden."), answer


async def test_an_english_item_after_the_deadline_names_the_meeting_it_went_to(bot):
    await two_meetings_after_the_first_deadline(bot)
    await bot.say("item: Foster families, 20 min", user="rie", locale="en-GB")
    [answer] = [text for text in bot.connector.texts() if text]
    assert "12 March 2027" in answer, answer


async def test_the_proposal_form_for_the_later_meeting_names_it_in_its_notice(bot):
    await two_meetings_after_the_first_deadline(bot)
    async with bot.uow() as uow:
        later = await uow.session.scalar(select(Meeting).order_by(Meeting.starts_at.desc()))
    response = await bot.click("item.propose", {**ITEM, "meeting_id": later.id}, user="rie")
    assert "foreslået til mødet fredag den 12. marts 2027" in card_text(response["value"])


async def test_an_item_for_the_next_meeting_is_thanked_as_before(bot):
    await planned(bot)
    bot.connector.clear()
    await bot.say("punkt: Plejefamilier – rekruttering og fastholdelse, 20 min", user="rie")
    assert bot.connector.texts() == [
        "Tak. Dit punkt er foreslået; formanden og sekretæren sammensætter dagsordenen."]


async def test_an_item_for_the_later_meeting_she_named_is_not_said_to_be_late(bot):
    await two_meetings_after_the_first_deadline(bot)
    await bot.say("punkt: Plejefamilier, 20 min, til mødet 12. marts", user="rie")
    [answer] = [text for text in bot.connector.texts() if text]
    assert answer == ("Tak. Dit punkt er foreslået til mødet fredag den 12. marts 2027; "
                      "formanden og sekretæren sammensætter den dagsorden."), answer
