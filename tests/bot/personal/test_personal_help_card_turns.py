"""The help card in a member's 1:1 chat: its *Næste møde* and *Kommende møder* buttons show her
groups' meetings, as the questions typed there do, not the personal chat's own (none)."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat, install_steering_group
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements


async def clicked_on_help(bot, title: str) -> str:
    _, [help_card] = await ask_in_personal_chat(bot, "hjælp")
    [button] = [e for e in elements(help_card)
                if e.get("type") == "Action.Execute" and e.get("title") == title]
    answer = await click_there(bot, "a:1personal-rie", button, person=USERS["rie"])
    value = answer["value"]
    return value if isinstance(value, str) else card_text(value)


@pytest.mark.parametrize("title", ["Næste møde", "Kommende møder"])
async def test_the_help_cards_meeting_buttons_in_the_1_1_chat_show_the_groups_meeting(bot, title):
    await bot.install()
    await bot.say(LINE)
    shown = await clicked_on_help(bot, title)
    assert "fredag den 5. februar 2027" in shown, shown
    assert "nyt møde" not in shown, shown


@pytest.mark.parametrize("title", ["Næste møde", "Kommende møder"])
async def test_with_two_groups_the_buttons_show_each_groups_meeting(bot, title):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    shown = await clicked_on_help(bot, title)
    assert "fredag den 5. februar 2027" in shown and "fredag den 22. januar 2027" in shown, shown
    assert shown.index("Styregruppen") < shown.index("Netværksgruppe Børn og Unge"), shown
