"""A group whose last minutes are more than a year old (imported by the secretary, or a group
that paused): "hvad besluttede vi sidst?" shows those minutes, not that no meeting was held."""

from pathlib import Path

from tests.card_reading import card_text, elements

SEED = (Path(__file__).parents[2] / "fixtures" / "minutes" / "network_2023_09_29.txt").read_text(
    encoding="utf-8")


async def test_what_did_we_decide_last_time_finds_minutes_older_than_a_year(bot):
    await bot.install()
    await bot.say("importér referat\n" + SEED)  # the minutes of 29 September 2023
    [action] = [e for e in elements(bot.connector.cards()[-1])
                if e.get("verb") == "minutes.import"]
    await bot.click("minutes.import", action["data"])
    bot.connector.clear()
    await bot.say("hvad besluttede vi sidst?", user="rie")  # the clock is 25 November 2026
    said = " ".join(bot.connector.texts() + [card_text(c) for c in bot.connector.cards()])
    assert "ikke holdt noget møde" not in said, said
    assert "29. september 2023" in said, said
