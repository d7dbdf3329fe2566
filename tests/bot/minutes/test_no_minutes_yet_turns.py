"""Daniel, a member, asks for "the minutes from last time" before his group has held a meeting:
he is told who starts the minutes and where, not to write "referat" himself (a member cannot
open them), in his 1:1 chat and in the group's chat alike."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat

SAID_DA = ("Der er ikke holdt noget møde endnu, så der er intet referat. Formanden eller "
           "sekretæren starter referatet ved at skrive “referat” i gruppens chat under eller "
           "efter mødet.")
SAID_EN = ("No meeting has been held yet, so there are no minutes. The chair or the secretary "
           "starts them by writing “minutes” in the group's chat during or after the meeting.")


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("kan du sende mig referatet fra sidst?", "da-DK", SAID_DA),
    ("send me the minutes from last time", "en-GB", SAID_EN),
])
async def test_in_the_1_1_chat(bot, text, locale, said):
    await bot.install()
    texts, _ = await ask_in_personal_chat(bot, text, locale=locale, person=USERS["daniel"])
    assert texts == [said]


async def test_in_the_groups_chat(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("kan du sende mig referatet fra sidst?", user="daniel")
    assert bot.connector.texts() == [SAID_DA]
