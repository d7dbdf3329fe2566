"""Three meetings' minutes imported into the recorded group, for the search turn tests: the
network's two of 2023 (tests/fixtures/minutes) and a short one of February 2024 that speaks of
placements and the budget."""

from datetime import UTC, datetime
from pathlib import Path

from tests.card_reading import card_text, elements

SEEDS = Path(__file__).parents[2] / "fixtures" / "minutes"
FEBRUARY_2024 = """REFERAT - Netværksgruppe Børn og Unge den 2/2 2024 kl. 10.00-13.00

Dagsordenspunkt\tReferat
1. Velkommen\tLisbet bød velkommen.
2. Anbringelser af unge\tNetværket drøftede hjemtagelse af anbragte unge. Budgettet er presset.
3. Eventuelt\tIntet.
"""
MARCH_2024 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)  # "sidste år" is 2023


async def imported(bot, text: str) -> None:
    bot.connector.clear()
    await bot.say("importér referat\n" + text)
    [button] = [e for e in elements(bot.connector.cards()[-1])
                if e.get("verb") == "minutes.import"]
    done = await bot.click("minutes.import", button["data"])
    assert "Referat importeret" in card_text(done["value"])


async def three_meetings_minutes(bot) -> None:
    bot.clock.set(MARCH_2024)
    await bot.install()
    for name in ("network_2023_09_29.txt", "network_2023_11_24.txt"):
        await imported(bot, (SEEDS / name).read_text(encoding="utf-8"))
    await imported(bot, FEBRUARY_2024)
    bot.connector.clear()


async def answer(bot, text: str, *, user: str = "rie", locale: str = "da-DK") -> str:
    """What the bot answers, card or text, as one text."""
    bot.connector.clear()
    await bot.say(text, user=user, locale=locale)
    cards = bot.connector.cards()
    return card_text(cards[-1]) if cards else bot.connector.texts()[-1]


def days(shown: str) -> list[str]:
    """The meetings' days of a search card's hits, in order."""
    return [line.split(" · ")[0] for line in shown.splitlines() if " · " in line
            and line.split(" · ")[1] in ("Referat", "Beslutning", "Notes", "Decision")]
