"""The help card in a 1:1 chat offers *Planlæg et møde* only to one without groups: clicked by
Daniel, whose group's meetings are planned in its chat, it would plan a meeting of his own that
his group never sees."""

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import elements

SOFIE = {"id": "29:1sofie-holm", "name": "Sofie Holm", "aadObjectId": "aad-sofie"}


def buttons(card: dict) -> list[str]:
    return [e["title"] for e in elements(card) if e.get("type") == "Action.Execute"]


async def test_a_member_of_a_group_gets_no_plan_button_in_the_1_1_chat(bot):
    await bot.install()
    _, [card] = await ask_in_personal_chat(bot, "hjælp", person=USERS["daniel"])
    assert "Planlæg et møde" not in buttons(card)
    assert "Næste møde" in buttons(card) and "Ny opgave" in buttons(card)
    _, [card] = await ask_in_personal_chat(bot, "hjælp", person=USERS["lisbet"])
    assert "Planlæg et møde" not in buttons(card)  # the secretary plans in the group's chat


async def test_one_of_no_group_keeps_it_for_her_own_meetings(bot):
    _, [card] = await ask_in_personal_chat(bot, "help", locale="en-GB", person=SOFIE)
    assert "Plan a meeting" in buttons(card)
