"""The rows of the annual plan card against each other and against the group's meetings: a
theme emptied on its row, a row overlapping a meeting, two rows at one time."""

from tests.bot.reports.test_year_turns import plan_card, save
from tests.bot.test_turns import meetings
from tests.card_reading import card_text


async def test_a_theme_cleared_on_its_row_is_taken_off_the_meeting(bot):
    await bot.install()
    await save(bot, await plan_card(bot), theme_0="Psykiatrien")
    response = await save(bot, await plan_card(bot), theme_0="")

    text = card_text(response["value"])
    assert "1 møde ændret" in text and "Psykiatrien" not in text, text
    assert [m.theme for m in await meetings(bot)] == [None, None, None, None]
    assert "Psykiatrien" not in card_text(await plan_card(bot, "årshjul 2027"))


async def test_the_plan_saved_again_unchanged_changes_no_meeting(bot):
    await bot.install()
    await save(bot, await plan_card(bot), theme_0="Psykiatrien")
    response = await save(bot, await plan_card(bot))

    assert "ændret" not in card_text(response["value"]).replace("ikke ændret", "")
    assert [m.sequence for m in await meetings(bot)] == [0, 0, 0, 0]
