"""The meeting was on Friday 5 February; the secretary writes the minutes on Monday morning, as
the seed groups' secretaries do, or later in the week. "referat" opens the draft, and her next
lines, with or without @Mødebot, go into it: a meeting takes the chat's lines until the end of
the next working day, and a draft opened again (or written in) takes them for as long."""

from datetime import UTC, datetime

from tests.bot.minutes.minutes_turn_steps import DECISION, entry, held, opened
from tests.bot.understanding.test_unmentioned_turns import unmentioned

MONDAY = datetime(2027, 2, 8, 8, 0, tzinfo=UTC)  # 09.00 in Copenhagen
WEDNESDAY = datetime(2027, 2, 10, 8, 0, tzinfo=UTC)


async def test_decision_lines_on_monday_go_into_fridays_open_draft(bot):
    await held(bot)
    bot.clock.set(MONDAY)
    await bot.say("referat")
    bot.connector.clear()
    await bot.say("#punkt 4")
    await bot.say("#beslutning " + DECISION)
    assert not any("intet referat" in text for text in bot.connector.texts())
    assert (await entry(bot, 4)).decision == DECISION


async def test_unmentioned_lines_on_monday_go_into_the_draft_opened_on_friday(bot):
    await held(bot)
    await opened(bot)
    bot.clock.set(MONDAY)
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4")
    await unmentioned(bot, "#beslutning " + DECISION)
    assert bot.connector.texts()[-1] == "Noteret under pkt. 4: beslutning."
    assert (await entry(bot, 4)).decision == DECISION


async def test_a_draft_opened_again_days_later_takes_the_lines_written_after_it(bot):
    await held(bot)
    await opened(bot)
    bot.clock.set(WEDNESDAY)
    await opened(bot)  # "referat" again
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4")
    await bot.say("#beslutning " + DECISION)
    assert (await entry(bot, 4)).decision == DECISION


async def test_a_line_days_later_without_referat_first_says_to_open_the_minutes(bot):
    await held(bot)
    await opened(bot)
    bot.clock.set(WEDNESDAY)
    bot.connector.clear()
    await bot.say("#beslutning " + DECISION)
    [answer] = bot.connector.texts()
    assert "Skriv “referat”" in answer, answer
    assert (await entry(bot, 4)).decision is None


async def test_a_draft_behind_a_later_meeting_takes_no_unmentioned_line(bot):
    await held(bot)  # Friday 5 February, its minutes opened and left a draft
    await opened(bot)
    await bot.say("nyt møde tirsdag 9. februar 2027 kl. 10-13 i Køge")
    bot.clock.set(MONDAY)
    await unmentioned(bot, "#punkt 4")  # Friday's draft, written in on Monday
    bot.clock.set(datetime(2027, 2, 9, 14, 0, tzinfo=UTC))  # Tuesday's meeting is under way
    bot.connector.clear()
    await unmentioned(bot, "#beslutning " + DECISION)
    assert bot.connector.sent == []
    assert (await entry(bot, 4)).decision is None
