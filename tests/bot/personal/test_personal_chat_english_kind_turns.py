"""A member of groups with Danish names writes English in her 1:1 chat and names a group by its
kind: "my tasks in the steering group" (Styregruppen), "next meeting of the network" (Netværket
…), "the working group" (Arbejdsgruppen …). She gets that group's answer alone, as "i
styregruppen" does in Danish; a kind two of her groups are of names neither."""

from tests.bot.personal.test_personal_chat_turns import (
    ask_in_personal_chat,
    install_another_group,
    install_steering_group,
    sections,
)
from tests.bot.privacy.privacy_steps import say_in_steering_group
from tests.bot.test_turns import LINE
from tests.card_reading import card_text

WORKING = "19:arbejdsgruppe-takster@thread.v2"
WORKING_LINE = "nyt møde fredag 26. februar 2027 kl. 9-11 i Sorø"
OTHER_WORKING = "19:arbejdsgruppe-born@thread.v2"


async def rie_in_three_groups(bot) -> None:
    """Netværksgruppe Børn og Unge, Styregruppen and Arbejdsgruppen om takster, a task of Rie's
    in the first two."""
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await install_another_group(bot, WORKING, "Arbejdsgruppen om takster", WORKING_LINE)
    await bot.say("opgave: Rie skriver til KL, frist 2. december")
    await say_in_steering_group(bot, "opgave: Rie samler rammeaftalens tal, frist 2. december")


async def test_english_kinds_name_her_groups_of_those_danish_kinds(bot):
    await rie_in_three_groups(bot)
    _, [steering] = await ask_in_personal_chat(bot, "my tasks in the steering group",
                                               locale="en-GB")
    assert "My tasks" in card_text(steering)
    assert "Rie samler rammeaftalens tal" in card_text(steering)
    assert "Rie skriver til KL" not in card_text(steering)

    _, [network] = await ask_in_personal_chat(bot, "next meeting of the network",
                                              locale="en-GB")
    assert sections(network) == ["Netværksgruppe Børn og Unge"]
    assert "5 February 2027" in card_text(network)

    _, [working] = await ask_in_personal_chat(bot, "when does the working group meet next?",
                                              locale="en-GB")
    assert sections(working) == ["Arbejdsgruppen om takster"]
    assert "26 February 2027" in card_text(working) and "5 February" not in card_text(working)

    _, [none] = await ask_in_personal_chat(bot, "my tasks in the working group", locale="en-GB")
    assert "You have no open tasks in Arbejdsgruppen om takster." in card_text(none)


async def test_an_english_kind_two_of_her_groups_are_of_names_neither(bot):
    await rie_in_three_groups(bot)
    await install_another_group(bot, OTHER_WORKING, "Arbejdsgruppe Børn",
                                "nyt møde fredag 19. marts 2027 kl. 9-11 i Sorø")
    _, [card] = await ask_in_personal_chat(bot, "when does the working group meet next?",
                                           locale="en-GB")
    assert len(sections(card)) == 4  # every group's next meeting, none narrowed to
