"""Danish short dates in meeting commands, as the seed minutes and Danish e-mails write them
("15.1.", "26.2."), typed on 5 December 2026: the next such day, never dropped for the coming
Friday nor answered "Jeg kunne ikke finde en dato"."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from tests.bot.test_turns import meetings
from tests.card_reading import card_text

CPH = ZoneInfo("Europe/Copenhagen")
EARLY_DECEMBER = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


async def days(bot) -> list[date]:
    return [m.starts_at.astimezone(CPH).date() for m in await meetings(bot)]


async def test_a_meeting_planned_for_15_1_is_on_15_january_not_the_coming_friday(bot):
    await bot.install()
    bot.clock.set(EARLY_DECEMBER)
    await bot.say("nyt møde fredag den 15.1. kl. 10-13 i Ringsted")
    assert await days(bot) == [date(2027, 1, 15)]


async def test_a_meeting_moved_to_26_2_is_moved_there(bot):
    await bot.install()
    bot.clock.set(EARLY_DECEMBER)
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("flyt næste møde til 26.2.")
    assert await days(bot) == [date(2027, 2, 26)]


async def test_a_meeting_named_by_22_1_is_moved_by_it(bot):
    await bot.install()
    bot.clock.set(EARLY_DECEMBER)
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde fredag 22. januar 2027 kl. 10-13 i Ringsted")
    await bot.say("flyt mødet 22.1. til 29.1.")
    assert await days(bot) == [date(2027, 1, 15), date(2027, 1, 29)]


async def test_a_weekday_that_is_not_the_short_days_is_answered_and_nothing_planned(bot):
    await bot.install()
    bot.clock.set(EARLY_DECEMBER)
    bot.connector.clear()
    await bot.say("nyt møde fredag den 14.1. kl. 10-13 i Ringsted")
    [answer] = bot.connector.texts()
    assert "14. januar 2027 er en torsdag, ikke en fredag." in answer, answer
    assert "Skriv fx: nyt møde" in answer
    assert await days(bot) == []


async def test_a_cancel_names_its_meeting_by_a_short_date_after_den_or_paa(bot):
    """"aflys mødet den 15.1." and "aflys mødet på fredag 22/1" ask about that meeting; neither
    is taken for a question about the next meeting."""
    await bot.install()
    bot.clock.set(EARLY_DECEMBER)
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde fredag 22. januar 2027 kl. 10-13 i Ringsted")
    for line, day in (("aflys mødet den 15.1.", "15. januar 2027"),
                      ("aflys mødet på fredag 22/1", "22. januar 2027")):
        bot.connector.clear()
        await bot.say(line)
        question = card_text(bot.connector.cards()[-1])
        assert "Aflys" in question and day in question, (line, question)
