""""Kommer Daniel?", "er der nogen fra Holbæk?": the attendance card with the answers of the
person or the organisation asked about first, read from the group's own members."""

import pytest

from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.groups.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import card_text


def answers(card: dict) -> list[str]:
    """The bold lines between the meeting's line and the counts."""
    found = []
    for block in card["body"][2:]:
        runs = block.get("inlines", [])
        if not runs or runs[0].get("weight") != "Bolder":
            break
        found.append(runs[0]["text"])
    return found


async def answered(bot, meeting_id: int) -> None:
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "regrets"},
                    user="daniel")
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    bot.connector.clear()


@pytest.mark.parametrize(("said", "expected"), [
    ("Kommer Daniel?", ["Daniel Gottrup: afbud"]),
    ("kommer daniel", ["Daniel Gottrup: afbud"]),  # a name in lower case too
    # A member's name in lower case the classifier alone would ask about ("Mente du …?"):
    # in the member's group it is read as the name it is
    ("har daniel meldt afbud", ["Daniel Gottrup: afbud"]),
    ("er rie med", ["Rie Nielsen: deltager"]),
    # Everyone of the organisation
    ("er der nogen fra Holbæk?", ["Lisbet Daugaard-Hansen: har ikke svaret",
                                  "Rie Nielsen: deltager"]),
    ("Kommer Mogens?", []),  # nobody of that name: the card alone
    ("hvem kommer?", []),
])
async def test_who_is_coming_asked_about_someone_answers_for_them_first(bot, said, expected):
    await answered(bot, await planned(bot))
    await bot.say(said, user="lisbet")
    card = bot.connector.cards()[-1]
    assert "Hvem kommer?" in card_text(card)
    assert answers(card) == expected
    # Everyone is still listed under their organisation
    assert {"Daniel Gottrup: afbud", "Rie Nielsen: deltager"} <= set(card_text(card).splitlines())


async def test_asked_in_english_the_answer_is_in_english(bot):
    await answered(bot, await planned(bot))
    await bot.say("is Daniel coming?", user="lisbet", locale="da-DK")
    assert answers(bot.connector.cards()[-1]) == ["Daniel Gottrup: regrets"]


async def test_asked_in_the_1_1_chat_the_persons_group_answers_for_the_one_named(bot):
    await answered(bot, await planned(bot))
    await bot.say("hjælp", user="rie")  # Rie writes in the group, so she is known as a member
    _, cards = await ask_in_personal_chat(bot, "Kommer Daniel?")
    assert "Daniel Gottrup: afbud" in card_text(cards[-1]).splitlines()[:4]
