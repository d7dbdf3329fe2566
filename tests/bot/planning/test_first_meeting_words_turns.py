"""Lisbet plans the group's first meeting in her own words: "planlæg første møde", "plan our
first meeting", "kan du lave et nyt møde?", "nyt mode …" typed without the ø."""

import pytest

from tests.bot.platform.test_channel_thread_turns import (
    PLANNING_THREAD,
    install_in_channel,
    write_in_thread,
)
from tests.card_reading import card_text, elements


def buttons(card: dict) -> list[str]:
    return [e["title"] for e in elements(card) if e.get("type") == "Action.Execute"]


@pytest.mark.parametrize("text", ["planlæg første møde", "planlæg vores første møde",
                                  "opret det første møde", "planlæg næste møde",
                                  "kan du planlægge vores første møde?",
                                  "kan du lave et nyt møde?", "planlæg første møde tak",
                                  "planlæg vores første møde, tak!"])
async def test_planning_the_first_meeting_in_her_own_words_opens_the_form(bot, text):
    await bot.install()
    bot.connector.clear()
    await bot.say(text)
    [card] = bot.connector.cards()
    assert "Planlæg et møde" in card_text(card) and "Planlæg mødet" in buttons(card), card_text(
        card)


@pytest.mark.parametrize("text", ["plan our first meeting", "schedule the first meeting",
                                  "plan our first meeting please", "new meeting, thanks"])
async def test_in_english_too(bot, text):
    await bot.install()
    bot.connector.clear()
    await bot.say(text, locale="en-GB")
    [card] = bot.connector.cards()
    assert "Plan a meeting" in card_text(card) and "Plan meeting" in buttons(card)


async def test_new_meeting_written_without_the_ø_plans_it(bot):
    await install_in_channel(bot)
    bot.connector.clear()
    await write_in_thread(bot, PLANNING_THREAD, "nyt mode tirsdag 12. januar kl 10-12 i holbæk")
    [card] = bot.connector.cards()
    assert "Mødet er planlagt" in card_text(card), card_text(card)
    assert "tirsdag den 12. januar 2027 kl. 10.00–12.00" in card_text(card)


async def test_thanks_after_a_meeting_line_is_no_part_of_it(bot):
    await install_in_channel(bot)
    bot.connector.clear()
    await write_in_thread(bot, PLANNING_THREAD, "nyt møde 14. januar kl. 10-12 i Holbæk tak")
    [card] = bot.connector.cards()
    assert "Mødet er planlagt" in card_text(card), card_text(card)
    assert "Holbæk" in card_text(card) and "tak" not in card_text(card).split()
