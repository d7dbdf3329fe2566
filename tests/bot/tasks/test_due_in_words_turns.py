"""A task's due day written as a week or a month, as minutes and chats give them ("frist næste
uge", "by next week", "senest i august"): that week's Friday or the month's last working day,
and the words gone from the title, never the default day with the words left in the title."""

from datetime import UTC, date, datetime

from tests.bot.tasks.task_turn_steps import tasks

MONDAY_IN_WEEK_53 = datetime(2026, 12, 28, 9, 0, tzinfo=UTC)
FRIDAY_OF_WEEK_1 = date(2027, 1, 8)


async def test_frist_naeste_uge_is_next_weeks_friday_not_left_in_the_title(bot):
    await bot.install()
    bot.clock.set(MONDAY_IN_WEEK_53)
    await bot.say("opgave: Rie ringer til KL, frist næste uge")
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [
        ("Rie ringer til KL", FRIDAY_OF_WEEK_1)]


async def test_by_next_week_is_next_weeks_friday_not_left_in_the_title(bot):
    await bot.install()
    bot.clock.set(MONDAY_IN_WEEK_53)
    await bot.say("task: Rie calls KL by next week", locale="en-GB")
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [("Rie calls KL", FRIDAY_OF_WEEK_1)]


async def test_frist_fredag_i_naeste_uge_typed_on_monday_is_next_weeks_friday(bot):
    await bot.install()
    bot.clock.set(datetime(2027, 1, 25, 9, 0, tzinfo=UTC))  # Monday
    await bot.say("opgave: Rie ringer til KL, frist fredag i næste uge")
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [
        ("Rie ringer til KL", date(2027, 2, 5))]


async def test_senest_i_august_is_due_at_the_end_of_august_not_before_the_next_meeting(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("opgave: Rie undersøger om tilsynet kan deltage, senest i august")
    # 31 August 2027 is a Tuesday
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [
        ("Rie undersøger om tilsynet kan deltage", date(2027, 8, 31))]


async def test_by_the_end_of_august_is_due_at_the_end_of_august(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("task: Rie checks whether the inspectorate can attend by the end of August",
                  locale="en-GB")
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [
        ("Rie checks whether the inspectorate can attend", date(2027, 8, 31))]


async def test_a_month_and_its_day_after_a_due_word_is_that_day_not_the_month_before(bot):
    await bot.install()
    bot.clock.set(datetime(2027, 1, 25, 9, 0, tzinfo=UTC))  # Monday
    await bot.say("task: Rie calls KL, due March 3", locale="en-GB")
    await bot.say("task: Daniel books the room by January 29", locale="en-GB")
    assert [(t.title, t.due_on) for t in await tasks(bot)] == [
        ("Rie calls KL", date(2027, 3, 3)), ("Daniel books the room", date(2027, 1, 29))]


async def test_a_month_in_a_word_after_a_due_word_is_no_due_day_and_stays_in_the_title(bot):
    await bot.install()
    bot.clock.set(datetime(2027, 1, 25, 9, 0, tzinfo=UTC))  # Monday
    await bot.say("opgave: Rie sender bilag inden august-mødet")
    [task] = await tasks(bot)
    assert task.title == "Rie sender bilag inden august-mødet"
    assert task.due_on != date(2027, 7, 30)
