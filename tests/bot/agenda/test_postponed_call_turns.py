"""A meeting postponed past its call: the call goes out again for the new date, and an
"Intet fra os" given for the old date does not count for it; everyone is asked again."""

from datetime import UTC, datetime

from tests.bot.agenda.cycle_steps import tick_everything
from tests.bot.agenda.test_agenda_turns import planned

GROUP = "19:netvaerk-boern-unge@thread.v2"


def nudged(bot) -> set[str]:
    return {a["_conversation"] for a in bot.connector.sent if a["_conversation"] != GROUP}


async def test_nothing_from_us_for_february_does_not_silence_the_nudge_for_may(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # the call
    await bot.click("item.nothing", {"meeting_id": meeting_id}, user="daniel")
    bot.clock.set(datetime(2027, 1, 18, 9, 0, tzinfo=UTC))
    await bot.say("flyt næste møde til 7. maj 2027")
    await tick_everything(bot, datetime(2027, 4, 16, 8, 0, tzinfo=UTC))  # the new call
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 4, 23, 8, 0, tzinfo=UTC))  # the new nudge
    assert any("daniel" in conversation for conversation in nudged(bot)), nudged(bot)


async def test_nothing_from_us_still_counts_when_the_call_is_not_made_again(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027; the call on 15 January
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    await bot.click("item.nothing", {"meeting_id": meeting_id}, user="daniel")
    await bot.say("flyt næste møde til 4. februar 2027")  # the same call still stands
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 1, 22, 8, 0, tzinfo=UTC))  # the nudge
    assert nudged(bot), "nobody nudged: the test shows nothing"
    assert not any("daniel" in conversation for conversation in nudged(bot))
