"""The bot was stopped on Friday (a deploy gone wrong) and comes back late at a weekend: what
the agenda cycle missed and may still send waits for 09.00 on the next working day, while that
is before the meeting, as the task reminders and the minutes' notices do."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.bot.agenda.cycle_steps import sent_texts, tick_everything
from tests.bot.agenda.test_agenda_cycle_delivery import GROUP
from tests.bot.agenda.test_agenda_turns import planned

CPH = ZoneInfo("Europe/Copenhagen")


def one_to_one(bot) -> list[dict]:
    return [a for a in bot.connector.sent if a["_conversation"] != GROUP]


async def test_a_nudge_missed_on_friday_waits_for_monday_morning_not_saturday_night(bot):
    await planned(bot)  # fredag 5. februar 2027; nudge Friday 22 January 09.00, deadline Tue 26
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # the call went out
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 1, 23, 22, 0, tzinfo=CPH))  # back: Saturday 22.00
    assert one_to_one(bot) == []
    await tick_everything(bot, datetime(2027, 1, 24, 12, 0, tzinfo=CPH))  # Sunday noon
    assert one_to_one(bot) == []
    await tick_everything(bot, datetime(2027, 1, 25, 9, 0, tzinfo=CPH))  # Monday 09.00
    assert len(one_to_one(bot)) == 3


async def test_a_meeting_reminder_missed_on_friday_is_posted_on_monday_morning_not_sunday_night(
        bot):
    await bot.install()
    await bot.say("nyt møde mandag 8. februar 2027 kl. 13-16 i Ringsted")  # reminder Fri 5 Feb
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 2, 7, 23, 30, tzinfo=CPH))  # back: Sunday 23.30
    assert bot.connector.sent == []
    await tick_everything(bot, datetime(2027, 2, 8, 9, 0, tzinfo=CPH))  # Monday 09.00
    assert any("8. februar 2027" in text for text in sent_texts(bot, GROUP))
    assert one_to_one(bot) != []  # the attendance reminders
