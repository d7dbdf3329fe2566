"""A minutes word in the plural ("#beslutninger …", "#opgaver …", "#decisions …") is that word:
the line is noted as the singular's would be, not answered as a slip to write again."""

from tests.bot.minutes.minutes_turn_steps import DECISION, entry, held, opened
from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.understanding.test_unmentioned_turns import unmentioned


async def test_danish_plurals_are_noted_as_the_singular(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#punkter 4")
    await unmentioned(bot, "#beslutninger " + DECISION)
    await unmentioned(bot, "#infos Socialtilsynet har fået ny leder")
    await bot.say("#opgaver Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. marts")
    said = bot.connector.texts()
    assert said[:2] == ["Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse.",
                        "Noteret under pkt. 4: beslutning."], said
    assert not any("ikke noteret" in text for text in said), said
    noted = await entry(bot)
    assert noted.decision == DECISION and "ny leder" in (noted.notes or "")
    [task] = await tasks(bot)
    assert "Socialtilsyn Øst kan deltage" in task.title, task.title


async def test_english_plurals_are_noted_as_the_singular(bot):
    await held(bot)
    await opened(bot, locale="en-GB")
    await bot.say("#items 4", locale="en-GB")
    bot.connector.clear()
    await bot.say("#decisions we recommend more foster families", locale="en-GB")
    await bot.say("#tasks Rie finds out whether the inspectorate can attend by 1 March",
                  locale="en-GB")
    said = bot.connector.texts()
    assert said[0] == "Noted under item 4: decision.", said
    assert not any("Not noted" in text for text in said), said
    assert (await entry(bot)).decision == "we recommend more foster families"
    assert len(await tasks(bot)) == 1


async def test_a_real_slip_is_still_answered_not_noted(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#beslutnig " + DECISION)
    await bot.say("#decison we recommend more foster families", locale="en-GB")
    assert bot.connector.texts() == [
        f"Det blev ikke noteret. Skriv linjen sådan: “#beslutning {DECISION}”",
        "Not noted. Write the line like this: “#decision we recommend more foster families”"]
    assert (await entry(bot)).decision is None
