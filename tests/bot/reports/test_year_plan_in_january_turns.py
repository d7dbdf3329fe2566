"""In January and February a group often has only the first meeting of the year planned (its
date set at the meeting before, "Næste møde: …"): "planlæg året" then plans the year begun,
whose other quarters are still empty, not the year after."""

from datetime import UTC, datetime

from tests.bot.reports.test_year_turns import plan_card, save
from tests.card_reading import card_text


async def test_in_january_with_only_februarys_meeting_planned_the_year_begun_is_planned(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    bot.clock.set(datetime(2027, 1, 6, 9, 0, tzinfo=UTC))
    card = await plan_card(bot, "planlæg året")
    assert card_text(card).splitlines()[0] == "Planlæg året 2027"


async def test_in_february_after_its_first_meeting_the_year_begun_is_planned_in_english(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    bot.clock.set(datetime(2027, 2, 8, 9, 0, tzinfo=UTC))  # that meeting held
    card = await plan_card(bot, "plan the year", locale="en-GB")
    assert card_text(card).splitlines()[0] == "Plan the year 2027"


async def test_in_january_with_the_later_quarters_planned_the_next_year_is_planned(bot):
    await bot.install()
    await save(bot, await plan_card(bot))  # 2027's four meetings, planned in November 2026
    bot.clock.set(datetime(2027, 1, 6, 9, 0, tzinfo=UTC))
    card = await plan_card(bot, "planlæg året")
    assert card_text(card).splitlines()[0] == "Planlæg året 2028"
