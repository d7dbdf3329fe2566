"""Who the minutes name as minute-taker when the group has a standing one, turn by turn."""

from tests.bot.minutes.minutes_turn_steps import held, opened, the_minutes
from tests.bot.tasks.task_turn_steps import members
from tests.card_reading import card_text
from tests.links import minutes_path


async def test_the_standing_minute_taker_takes_minutes_the_secretary_opened_first(bot):
    await held(bot)  # Rie answered Deltager
    await bot.say("Rie tager referat")
    overview = card_text(await opened(bot))  # Lisbet, the secretary, looks first
    assert "Referent\nRie Nielsen" in overview
    lisbet = (await members(bot))["lisbet"]
    minutes = await the_minutes(bot)
    await bot.click("minutes.presence.save", {"minutes_id": minutes.id,
                                              f"presence_{lisbet.id}": "present"})
    await bot.say("#punkt 4", user="rie")
    await bot.say("#beslutning Netværket anbefaler flere plejefamilier", user="rie")
    markdown = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    assert "Deltagere: Lisbet Daugaard-Hansen (Holbæk). " \
           "Referat: Rie Nielsen (Holbæk)" in markdown
