"""The task lists turn by turn: a row shows that it opens, and opening it, or changing the task
from it, brings the same list back with the task open under its row."""

from datetime import UTC, datetime

import pytest

from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat, install_steering_group
from tests.bot.tasks.task_turn_steps import task_for_rie, tasks
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements


def rows(card: dict) -> list[dict]:
    """The click of each row that opens a task (the row's selectAction)."""
    return [e["selectAction"] for e in elements(card)
            if e.get("selectAction", {}).get("verb") == "task.show"]


def buttons(card: dict, verb: str) -> list[dict]:
    return [e for e in elements(card) if e.get("type") == "Action.Execute"
            and e.get("verb") == verb]


async def open_tasks_card(bot) -> dict:
    bot.connector.clear()
    await bot.say("åbne opgaver")
    return bot.connector.cards()[-1]


async def test_a_row_says_it_opens_and_opens_its_task_inside_the_same_list(bot):
    task = await task_for_rie(bot)
    listed = await open_tasks_card(bot)
    [row] = rows(listed)
    assert row["data"] == {"list": "open", "task_id": task.id, "lang": "da"}
    assert "Undersøge om Socialtilsyn Øst kan deltage\nFrist om 7 arbejdsdage, fredag den " \
           "4. december 2026\nVis ▾" in card_text(listed)

    opened = (await bot.click("task.show", row["data"]))["value"]
    text = card_text(opened)
    assert text.startswith("Åbne opgaver\nRie Nielsen\n") and "Luk ▴" in text
    assert "Ansvarlig\nRie Nielsen" in text and "Status\nÅben" in text
    [done] = buttons(opened, "task.done")
    assert done["data"]["list"] == "open"
    closed = (await bot.click("task.list", {"list": "open"}))["value"]
    assert "Ansvarlig" not in card_text(closed) and rows(closed) == rows(listed)


async def test_done_from_the_list_keeps_the_list_and_the_task_on_top_to_reopen(bot):
    task = await task_for_rie(bot)
    [row] = rows(await open_tasks_card(bot))
    opened = (await bot.click("task.show", row["data"]))["value"]
    [done] = buttons(opened, "task.done")
    after = (await bot.click("task.done", done["data"]))["value"]
    text = card_text(after)
    assert text.startswith("Åbne opgaver\nMarkeret som færdig. Tak!")
    assert text.index("Undersøge om Socialtilsyn") < text.index("Gruppen har ingen åbne opgaver")
    assert [b["data"]["task_id"] for b in buttons(after, "task.reopen")] == [task.id]
    assert (await tasks(bot))[0].status == "done"


async def test_the_whole_task_leads_back_to_the_list_it_was_opened_from(bot):
    await task_for_rie(bot)
    [row] = rows(await open_tasks_card(bot))
    opened = (await bot.click("task.show", row["data"]))["value"]
    [whole] = buttons(opened, "task.show")
    card = (await bot.click("task.show", whole["data"]))["value"]
    assert "Historik" in card_text(card)
    [back] = buttons(card, "task.list")
    assert back["title"] == "Tilbage til listen"
    again = (await bot.click("task.list", back["data"]))["value"]
    assert card_text(again).startswith("Åbne opgaver\nRie Nielsen")


async def test_a_forged_list_in_a_click_shows_the_task_as_before(bot):
    task = await task_for_rie(bot)
    card = (await bot.click("task.show", {"task_id": task.id, "list": "everybody's"}))["value"]
    assert card_text(card).startswith("Opgave\n")


@pytest.mark.parametrize("group", ["²", "١٢", "-3"])
async def test_a_forged_group_in_a_click_on_her_own_list_shows_all_of_them(bot, group):
    # "²".isdigit() is true, and int() of it fails: the click must not go unanswered
    task = await task_for_rie(bot)
    card = (await bot.click("task.list", {"list": "mine", "group": group}, user="rie"))["value"]
    assert card_text(card).startswith("Mine opgaver")
    assert task.title in card_text(card)


@pytest.mark.parametrize(("due", "today", "said"), [
    # Juleaftensdag is closed: the chase reminds Rie on the 23rd that it is due.
    ("24.12", datetime(2026, 12, 23, 9, 0, tzinfo=UTC),
     "Frist i dag: torsdag den 24. december 2026 er ingen arbejdsdag"),
    ("28.11", datetime(2026, 11, 27, 9, 0, tzinfo=UTC),  # a Saturday, looked at on the Friday
     "Frist i dag: lørdag den 28. november 2026 er ingen arbejdsdag"),
    ("28.11", datetime(2026, 11, 25, 9, 0, tzinfo=UTC),  # ... and on the Wednesday before
     "Frist om 2 arbejdsdage, fredag den 27. november 2026: lørdag den 28. november 2026 er "
     "ingen arbejdsdag"),
])
async def test_a_task_due_on_christmas_eve_is_not_called_due_the_next_working_day(bot, due,
                                                                                today, said):
    """A due day that is no working day is due the working day before it, in "mine opgaver"
    as in the chase's reminders; never "Frist næste arbejdsdag" for a day nobody works."""
    await bot.install()
    await bot.say(f"opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist {due}")
    assert len(await tasks(bot)) == 1
    bot.clock.set(today)
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")
    mine = card_text(bot.connector.cards()[-1])
    assert said in mine and "Frist næste arbejdsdag" not in mine, mine


@pytest.mark.parametrize("question", ["åbne opgaver", "hvad mangler Rie?"])
async def test_a_task_row_read_in_the_1_1_chat_offers_no_show_link_it_cannot_follow(bot,
                                                                                  question):
    await bot.install()
    await bot.say(LINE)
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december")
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, question)
    assert "Rie undersøger om Socialtilsyn Øst kan deltage" in card_text(card)
    assert not [e for e in elements(card) if "selectAction" in e
                or e.get("type", "").startswith("Action.")]
    assert "Vis ▾" not in card_text(card)
    bot.connector.clear()
    await bot.say(question)  # in the group's chat the row still opens
    assert "Vis ▾" in card_text(bot.connector.cards()[-1])
