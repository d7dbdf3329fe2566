"""Teams delivers an activity again, with the same id, when it thinks the first delivery failed
(a slow or failed HTTP answer): it is handled once and answered as the first time."""

import asyncio
import logging
from datetime import timedelta

from sqlalchemy import select

from meetings.planning.entities import Meeting
from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text

GROUP = "19:netvaerk-boern-unge@thread.v2"
MEETING_LINE = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"
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


async def test_a_card_click_delivered_twice_makes_one_task_and_gets_the_same_card_twice(bot):
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
    assert (again.status, await again.json()) == (first.status, await first.json())
    assert len(await tasks(bot)) == 1


async def cancel_click(bot) -> dict:
    await bot.install()
    await bot.say(MEETING_LINE)
    async with bot.uow() as uow:
        [meeting] = await uow.session.scalars(select(Meeting))
    click = bot.activity("card_action", id="f:cancel-1")
    click["value"]["action"].update(verb="meeting.cancel.confirm",
                                    data={"meeting_id": meeting.id})
    return click


class Heard(logging.Handler):
    """Sets `event` when the redelivery log says `message`."""

    def __init__(self, message: str) -> None:
        super().__init__(logging.INFO)
        self.message, self.event = message, asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == self.message:
            self.event.set()


async def test_a_click_delivered_again_while_the_first_is_handled_gets_the_first_ones_card(bot):
    click = await cancel_click(bot)
    gate = bot.connector.gates[GROUP] = asyncio.Event()  # the first updates the posted card
    first = asyncio.create_task(bot.post(click))
    await bot.connector.at_gate.wait()
    log = logging.getLogger("bot.teams.redelivery")
    waiting, level = Heard("activity delivered again while being handled: waits"), log.level
    log.addHandler(waiting)
    log.setLevel(logging.INFO)
    try:
        again = asyncio.create_task(bot.post(click))
        heard = asyncio.create_task(waiting.event.wait())
        await asyncio.wait([again, heard], return_when=asyncio.FIRST_COMPLETED)  # answered early?
        heard.cancel()
    finally:
        log.removeHandler(waiting)
        log.setLevel(level)
    gate.set()
    first, again = await first, await again
    assert "Mødet er aflyst" in card_text((await first.json())["value"])
    assert await again.json() == await first.json()  # not "already cancelled"
    assert len(bot.connector.updated) == 1


async def test_a_click_that_was_not_answered_is_handled_when_delivered_again(bot):
    await bot.install()
    query = bot.activity("card_action", id="f:query-1")
    query["name"] = "composeExtension/query"  # not one the bot answers: 501
    first = await bot.client.post("/api/messages", json=query)
    again = await bot.client.post("/api/messages", json=query)
    assert first.status == again.status == 501  # not "200, handled"
