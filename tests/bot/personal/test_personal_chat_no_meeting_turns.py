"""Daniel writes to the bot in his 1:1 chat before his group has planned any meeting: whether he
types or clicks the help card's buttons, the answer names his group and says who plans its
meetings, in the language he wrote in, instead of a bare "no meeting"."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import elements

DANIEL = USERS["daniel"]
NOBODY_YET_DA = ("Der er ikke planlagt noget møde i Netværksgruppe Børn og Unge. Formanden "
                 "eller sekretæren planlægger møderne i gruppens chat; spørg mig så igen her.")
NOBODY_YET_EN = ("No meeting is planned in Netværksgruppe Børn og Unge. The chair or the "
                 "secretary plans its meetings in the group's chat; then ask me again here.")


@pytest.mark.parametrize("text", ["møde?", "hvornår er næste møde?", "dagsorden", "afbud",
                                  "hvem kommer?", "hvornår er fristen?"])
async def test_typed_in_danish_the_answer_says_who_plans_the_meetings(bot, text):
    await bot.install()
    texts, cards = await ask_in_personal_chat(bot, text, person=DANIEL)
    assert (texts, cards) == ([NOBODY_YET_DA], [])


async def test_typed_in_english_it_is_answered_in_english(bot):
    await bot.install()
    texts, _ = await ask_in_personal_chat(bot, "when is the next meeting?", locale="en-GB",
                                          person=DANIEL)
    assert texts == [NOBODY_YET_EN]


@pytest.mark.parametrize(("question", "title", "said"), [
    ("hjælp", "Hvornår er næste møde?", NOBODY_YET_DA),
    ("hjælp", "Næste møde", NOBODY_YET_DA),
    ("hjælp", "Hvem kommer?", NOBODY_YET_DA),
    ("help", "When is the next meeting?", NOBODY_YET_EN),
    ("help", "Next meeting", NOBODY_YET_EN),
])
async def test_the_help_cards_buttons_say_the_same(bot, question, title, said):
    await bot.install()
    locale = "en-GB" if question == "help" else "da-DK"
    _, [card] = await ask_in_personal_chat(bot, question, locale=locale, person=DANIEL)
    [button] = [e for e in elements(card)
                if e.get("type") == "Action.Execute" and e.get("title") == title]
    answer = await click_there(bot, "a:1personal-aad-daniel", button, person=DANIEL,
                               locale=locale)
    assert answer["value"] == said
