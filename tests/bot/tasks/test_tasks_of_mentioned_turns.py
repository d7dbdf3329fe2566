"""A person's tasks asked with an @mention ("hvad mangler @Rie?", "what is @Rie working on?"):
the mention's id says who, not the name Teams writes into the text, which the writer may have
shortened to a first name two members share. A name typed without a mention is read as before."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import RIE_HOLM, members, say_as, task_for_rie
from tests.bot.tasks.test_task_list_turns import rows
from tests.card_reading import card_text

HOLMS_TASK = "Bestille lokale til netværksmødet"


async def two_ries_with_a_task_each(bot) -> None:
    await task_for_rie(bot)  # Rie Nielsen's: "Undersøge om Socialtilsyn Øst kan deltage"
    await say_as(bot, RIE_HOLM, "hjælp")  # a second Rie in the chat
    holm = (await members(bot))["holm"]
    await bot.click("task.create", {"title": HOLMS_TASK, "owner_id": str(holm.id),
                                    "owner_name": "", "due": "2026-12-10"})
    bot.connector.clear()


async def ask_mentioning(bot, question: str, person: dict, *, locale: str) -> dict:
    """`question` with "{rie}" where the writer @mentioned `person`, shortened to "Rie"."""
    activity = bot.activity("group_message", locale=locale)
    activity["from"] = USERS["daniel"]
    activity["text"] = "<at>Mødebot</at> " + question.format(rie="<at>Rie</at>")
    activity["entities"].append({"type": "mention", "text": "<at>Rie</at>",
                                 "mentioned": {"id": person["id"], "name": person["name"]}})
    await bot.post(activity)
    return bot.connector.cards()[-1]


@pytest.mark.parametrize(("question", "locale", "heading"), [
    ("hvad mangler {rie}?", "da-DK", "Åbne opgaver"),
    ("what is {rie} working on?", "en-GB", "Open tasks"),
])
async def test_a_mentioned_rie_is_the_one_the_mention_names_not_every_rie(
    bot, question, locale, heading,
):
    await two_ries_with_a_task_each(bot)
    holms = await ask_mentioning(bot, question, RIE_HOLM, locale=locale)
    text = card_text(holms)
    assert text.startswith(f"{heading}\nRie Holm\n") and HOLMS_TASK in text
    assert "Rie Nielsen" not in text and "Socialtilsyn" not in text

    nielsens = card_text(await ask_mentioning(bot, question, USERS["rie"], locale=locale))
    assert "Undersøge om Socialtilsyn" in nielsens and HOLMS_TASK not in nielsens


async def test_a_task_opened_from_a_mentioned_persons_list_keeps_to_that_person(bot):
    await two_ries_with_a_task_each(bot)
    [row] = rows(await ask_mentioning(bot, "hvad mangler {rie}?", RIE_HOLM, locale="da-DK"))
    opened = card_text((await bot.click("task.show", row["data"], user="daniel"))["value"])
    assert HOLMS_TASK in opened and "Ansvarlig\nRie Holm" in opened
    assert "Socialtilsyn" not in opened


async def test_ids_in_a_click_that_are_no_members_of_the_group_list_nobody(bot):
    await two_ries_with_a_task_each(bot)
    listed = {"list": "of", "who": "Rie", "ids": "999999,abc"}
    text = card_text((await bot.click("task.list", listed, user="daniel"))["value"])
    assert "Rie har ingen åbne opgaver." in text
    assert HOLMS_TASK not in text and "Socialtilsyn" not in text


@pytest.mark.parametrize(("question", "locale"), [
    ("hvad mangler Rie?", "da-DK"),
    ("what is Rie working on?", "en-GB"),
])
async def test_a_typed_first_name_two_members_share_still_lists_both(bot, question, locale):
    await two_ries_with_a_task_each(bot)
    await bot.say(question, user="daniel", locale=locale)
    text = card_text(bot.connector.cards()[-1])
    assert "Rie Holm" in text and HOLMS_TASK in text
    assert "Rie Nielsen" in text and "Undersøge om Socialtilsyn" in text


async def ask_mentioning_both(bot, question: str, *, locale: str) -> str:
    """`question` with "{rie}" and "{daniel}" where Lisbet @mentioned each, by full name."""
    await bot.install()
    bot.connector.clear()
    activity = bot.activity("group_message", locale=locale)
    activity["from"] = USERS["lisbet"]
    people = {key: USERS[key] for key in ("rie", "daniel")}
    activity["text"] = "<at>Mødebot</at> " + question.format(
        **{key: f"<at>{person['name']}</at>" for key, person in people.items()})
    activity["entities"] += [{"type": "mention", "text": f"<at>{person['name']}</at>",
                              "mentioned": {"id": person["id"], "name": person["name"]}}
                             for person in people.values()]
    await bot.post(activity)
    return card_text(bot.connector.cards()[-1])


@pytest.mark.parametrize(("question", "locale", "empty"), [
    ("what are {rie} and {daniel} working on?", "en-GB",
     "Daniel Gottrup and Rie Nielsen have no open tasks."),
    ("hvad mangler {rie} og {daniel}?", "da-DK",
     "Daniel Gottrup og Rie Nielsen har ingen åbne opgaver."),
])
async def test_two_people_mentioned_without_tasks_have_none_in_the_plural(
    bot, question, locale, empty,
):
    text = await ask_mentioning_both(bot, question, locale=locale)
    assert empty in text


async def test_one_person_mentioned_without_tasks_has_none_in_the_singular(bot):
    await bot.install()
    activity = bot.activity("group_message", locale="en-GB")
    activity["text"] = "<at>Mødebot</at> what is <at>Daniel Gottrup</at> working on?"
    activity["entities"].append({"type": "mention", "text": "<at>Daniel Gottrup</at>",
                                 "mentioned": {"id": USERS["daniel"]["id"],
                                               "name": USERS["daniel"]["name"]}})
    await bot.post(activity)
    assert "Daniel Gottrup has no open tasks." in card_text(bot.connector.cards()[-1])
