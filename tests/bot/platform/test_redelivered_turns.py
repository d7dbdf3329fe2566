"""Teams delivers an activity again, with the same id, when it thinks the first delivery failed
(a slow or failed HTTP answer): it is acknowledged and not handled twice."""

from datetime import timedelta

from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text

LINE = "opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december"


def task_line(bot, message_id: str) -> dict:
    activity = bot.activity("group_message", id=message_id)
    activity["from"] = USERS["lisbet"]
    activity["text"] = f"<at>Mødebot</at> {LINE}"
    return activity


def answers(bot) -> list[str]:
    return [card_text(card) for card in bot.connector.cards() if "Opgave oprettet" in
            card_text(card)]


async def test_a_task_line_delivered_twice_makes_one_task_and_one_answer(bot):
    await bot.install()
    bot.connector.clear()
    await bot.post(task_line(bot, "1763640000101"))
    await bot.post(task_line(bot, "1763640000101"))
    assert len(await tasks(bot)) == 1
    assert len(answers(bot)) == 1


async def test_the_same_line_sent_twice_as_two_messages_makes_two_tasks(bot):
    await bot.install()
    bot.connector.clear()
    await bot.post(task_line(bot, "1763640000101"))
    await bot.post(task_line(bot, "1763640000102"))
    assert len(await tasks(bot)) == 2
    assert len(answers(bot)) == 2


async def test_an_id_seen_long_ago_is_handled_again(bot):
    await bot.install()
    await bot.post(task_line(bot, "1763640000101"))
    bot.clock.advance(timedelta(minutes=11))
    await bot.post(task_line(bot, "1763640000101"))
    assert len(await tasks(bot)) == 2


async def test_a_card_click_delivered_twice_makes_one_task_and_is_acknowledged(bot):
    await bot.install()
    rie = (await members(bot))["rie"]
    click = bot.activity("card_action", id="f:click-1")
    click["from"] = USERS["lisbet"]
    click["value"]["action"].update(verb="task.create", data={
        "title": "Undersøge om Socialtilsyn Øst kan deltage", "owner_id": str(rie.id),
        "owner_name": "", "due": "2026-12-04"})
    first = await bot.post(click)
    again = await bot.post(click)
    assert "Undersøge om Socialtilsyn" in card_text((await first.json())["value"])
    assert again.status == 200
    assert len(await tasks(bot)) == 1
