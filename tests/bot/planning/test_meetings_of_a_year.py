""""Hvilke møder har vi i 2027?": the meetings of the year named, held and planned, not the
next ten from today."""

from tests.card_reading import card_text


async def _plan_three(bot) -> None:
    await bot.install()
    for line in ("nyt møde fredag 5. februar 2027 kl. 10-13 i Sorø",
                 "nyt møde fredag 3. september 2027 kl. 10-13 i Køge",
                 "nyt møde fredag 14. januar 2028 kl. 10-13 i Holbæk"):
        await bot.say(line)
    bot.connector.clear()


async def test_a_year_named_lists_that_years_meetings_only(bot):
    await _plan_three(bot)
    await bot.say("hvilke møder har vi i 2027?")
    shown = card_text(bot.connector.cards()[-1])
    assert "Møder i 2027" in shown
    assert "5. februar 2027" in shown and "3. september 2027" in shown
    assert "2028" not in shown


async def test_the_next_year_asked_in_english_is_counted_from_the_groups_today(bot):
    await _plan_three(bot)
    this_year = bot.clock.now().year
    await bot.say("which meetings are there next year?", locale="en-GB")
    shown = card_text(bot.connector.cards()[-1])
    assert f"Meetings in {this_year + 1}" in shown


async def test_a_year_without_meetings_says_so(bot):
    await _plan_three(bot)
    await bot.say("møderne i 2030")
    assert "Gruppen har ingen møder i 2030." in card_text(bot.connector.cards()[-1])


async def test_upcoming_meetings_without_a_year_are_still_the_next_ones(bot):
    await _plan_three(bot)
    await bot.say("kommende møder")
    shown = card_text(bot.connector.cards()[-1])
    assert "Kommende møder" in shown and "14. januar 2028" in shown
