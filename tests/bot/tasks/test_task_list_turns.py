"""The task lists turn by turn: a row shows that it opens, and opening it, or changing the task
from it, brings the same list back with the task open under its row."""

from tests.bot.tasks.task_turn_steps import task_for_rie, tasks
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
