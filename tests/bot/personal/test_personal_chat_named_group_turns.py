"""A member of several groups names one of them in her 1:1 chat: "hvornår er næste møde i
styregruppen?", "what's on the agenda for the Roskilde network?". She gets that group's answer
only, under its name, and the name is no part of what is asked (a search's subject, an item's
title); a message naming none of her groups is answered for all of them, as before. Her own
tasks and a group's open tasks are narrowed so too."""

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_minutes_turns import imported
from tests.bot.personal.test_personal_chat_turns import (
    ask_in_personal_chat,
    install_another_group,
    install_steering_group,
    sections,
)
from tests.bot.privacy.privacy_steps import say_in_steering_group
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements

ROSKILDE = "19:roskilde@thread.v2"


async def install_roskilde_network(bot) -> None:
    """A third group of Rie's, "Netværk Roskilde", meeting on 12 March 2027."""
    await install_another_group(bot, ROSKILDE, "Netværk Roskilde",
                                "nyt møde fredag 12. marts 2027 kl. 9-12 i Roskilde")


async def test_the_next_meeting_of_the_group_named_is_answered_alone_under_its_name(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "hvornår er næste møde i styregruppen?")
    assert sections(card) == ["Styregruppen"]
    assert "fredag den 22. januar 2027" in card_text(card)
    assert "5. februar" not in card_text(card)

    _, [network] = await ask_in_personal_chat(bot, "Hvornår mødes netvaerksgruppen næste gang?")
    assert sections(network) == ["Netværksgruppe Børn og Unge"]
    assert "22. januar" not in card_text(network)

    _, [both] = await ask_in_personal_chat(bot, "hvornår er næste møde?")  # none named: both
    assert sections(both) == ["Styregruppen", "Netværksgruppe Børn og Unge"]


async def test_the_agenda_of_the_group_named_by_part_of_its_name_in_english(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await install_roskilde_network(bot)
    _, [card] = await ask_in_personal_chat(
        bot, "what's on the agenda for the Roskilde network?", locale="en-GB")
    assert sections(card) == ["Netværk Roskilde"]
    assert "12 March 2027" in card_text(card) and "Agenda" in card_text(card)
    assert "22 January" not in card_text(card) and "5 February" not in card_text(card)

    _, [agenda] = await ask_in_personal_chat(bot, "hvad er dagsordenen for styregruppen?")
    assert sections(agenda) == ["Styregruppen"] and "Dagsorden" in card_text(agenda)


async def test_the_agenda_for_the_network_meeting_is_the_network_groups_agenda(bot):
    # "network meeting" names her one network group, and the meeting stays in what is asked:
    # "agenda for the meeting", not "agenda meeting"
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    for said, locale, heading, day in (
            ("agenda for the network meeting", "en-GB", "Agenda", "5 February 2027"),
            ("dagsorden til netværksmødet", "da-DK", "Dagsorden", "5. februar 2027")):
        _, [card] = await ask_in_personal_chat(bot, said, locale=locale)
        assert sections(card) == ["Netværksgruppe Børn og Unge"], said
        assert card_text(card).startswith(f"{heading}\n") and day in card_text(card), said
        assert "Rammeaftale 2027" not in card_text(card)  # the steering group's theme


async def test_the_group_named_is_no_part_of_the_searched_subject(bot):
    await imported(bot)
    await install_steering_group(bot)
    texts, [card] = await ask_in_personal_chat(bot, "søg efter Bakkehuset i netværksgruppen")
    assert sections(card) == ["Netværksgruppe Børn og Unge"], texts
    assert "Introduktion til Bakkehuset" in card_text(card)


async def test_an_item_for_the_group_named_is_its_form_with_the_subject_alone(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await install_roskilde_network(bot)
    for said, locale, group, title, day in (
            ("vi vil gerne have et punkt om plejefamilier i styregruppen", "da-DK",
             "Styregruppen", "Plejefamilier", "fredag den 22. januar 2027"),
            ("we'd like an item on foster families for the Roskilde network", "en-GB",
             "Netværk Roskilde", "Foster families", "Friday 12 March 2027")):
        _, [form] = await ask_in_personal_chat(bot, said, locale=locale)
        assert sections(form) == [group], said
        assert [e["value"] for e in elements(form) if e.get("id") == "title"] == [title]
        assert day in card_text(form), card_text(form)
        [send] = [e for e in elements(form) if e.get("verb") == "item.propose"]
        assert send["data"]["group_id"] == await _group_id(bot, group)


async def _group_id(bot, name: str) -> int:
    async with bot.uow() as uow:
        [group] = [g for g in await uow.groups.all() if g.name == name]
        return group.id


async def rie_with_a_task_in_each_group(bot) -> None:
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await bot.say("opgave: Rie skriver til KL, frist 2. december")
    await say_in_steering_group(bot, "opgave: Rie samler rammeaftalens tal, frist 2. december")


async def test_her_tasks_in_the_group_named_are_that_groups_alone(bot):
    await rie_with_a_task_in_each_group(bot)
    _, [both] = await ask_in_personal_chat(bot, "mine opgaver")
    assert "Rie skriver til KL" in card_text(both)
    assert "Rie samler rammeaftalens tal" in card_text(both)

    _, [steering] = await ask_in_personal_chat(bot, "mine opgaver i styregruppen")
    assert "Rie samler rammeaftalens tal" in card_text(steering)
    assert "Rie skriver til KL" not in card_text(steering)
    # Opening a task on the list brings the same list back: still the steering group's alone.
    [row] = [e["selectAction"] for e in elements(steering)
             if e.get("selectAction", {}).get("verb") == "task.show"]
    opened = await click_there(bot, "a:1personal-rie", row, person=USERS["rie"])
    assert "Rie samler rammeaftalens tal" in card_text(opened["value"])
    assert "Rie skriver til KL" not in card_text(opened["value"])

    _, [network] = await ask_in_personal_chat(bot, "my tasks in the network group",
                                              locale="en-GB")
    assert "My tasks" in card_text(network) and "Rie skriver til KL" in card_text(network)
    assert "Rie samler rammeaftalens tal" not in card_text(network)


async def test_none_in_the_group_named_says_so_with_its_name(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await bot.say("opgave: Rie skriver til KL, frist 2. december")
    _, [card] = await ask_in_personal_chat(bot, "mine opgaver i styregruppen")
    assert "Du har ingen åbne opgaver i Styregruppen." in card_text(card)
    assert "Rie skriver til KL" not in card_text(card)


async def test_the_open_tasks_of_the_group_named_are_that_groups_alone(bot):
    await rie_with_a_task_in_each_group(bot)
    _, [both] = await ask_in_personal_chat(bot, "åbne opgaver")
    assert sections(both) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    for said in ("åbne opgaver i netværksgruppen", "åbne opgaver i netværket"):
        _, [network] = await ask_in_personal_chat(bot, said)
        assert sections(network) == ["Netværksgruppe Børn og Unge"], said
        assert "Rie skriver til KL" in card_text(network)
        assert "Rie samler rammeaftalens tal" not in card_text(network)
