"""A weekday of next week in meeting commands ("fredag i næste uge", "Friday next week"),
typed on Monday 25 January 2027: Friday 5 February, never this Friday with "næste uge" left
over as the place."""

from datetime import UTC, date, datetime

from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.test_turns import meetings
from tests.card_reading import card_text

MONDAY = datetime(2027, 1, 25, 9, 0, tzinfo=UTC)
NEXT_WEEKS_FRIDAY_10 = datetime(2027, 2, 5, 9, 0, tzinfo=UTC)  # 10.00 in Copenhagen


async def test_nyt_moede_fredag_i_naeste_uge_is_next_weeks_friday_in_ringsted(bot):
    await bot.install()
    bot.clock.set(MONDAY)
    await bot.say("nyt møde fredag i næste uge kl. 10-13 i Ringsted")
    assert [(m.starts_at, m.place) for m in await meetings(bot)] == [
        (NEXT_WEEKS_FRIDAY_10, "Ringsted")]


async def test_new_meeting_friday_next_week_is_next_weeks_friday(bot):
    await bot.install()
    bot.clock.set(MONDAY)
    await bot.say("new meeting Friday next week 10:00-13:00 in Ringsted", locale="en-GB")
    assert [(m.starts_at, m.place) for m in await meetings(bot)] == [
        (NEXT_WEEKS_FRIDAY_10, "Ringsted")]


async def test_regrets_for_the_meeting_friday_next_week_are_for_that_meeting(bot):
    await bot.install()
    bot.clock.set(MONDAY)
    await bot.say("nyt møde torsdag 28. januar 2027 kl. 10-13 i Køge")
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    bot.connector.clear()
    await bot.say("afbud til mødet fredag i næste uge", user="rie")
    [card] = bot.connector.cards()
    assert "5. februar 2027" in card_text(card), card_text(card)


async def test_regrets_for_friday_are_for_this_friday_when_the_next_sentence_is_next_week(bot):
    await bot.install()
    bot.clock.set(MONDAY)
    await bot.say("nyt møde fredag 29. januar 2027 kl. 10-13 i Køge")
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    bot.connector.clear()
    await bot.say("afbud til fredag. Næste uge kan jeg godt", user="rie")
    [card] = bot.connector.cards()
    assert "29. januar 2027" in card_text(card), card_text(card)


async def test_a_task_due_friday_is_this_friday_when_the_next_sentence_is_next_week(bot):
    await bot.install()
    bot.clock.set(MONDAY)
    await bot.say("opgave: Rie ringer til KL senest fredag. Næste uge er hun væk")
    [task] = await tasks(bot)
    assert task.due_on == date(2027, 1, 29)
    assert "Næste uge er hun væk" in task.title, task.title
