"""Two replicas serve Teams from one PostgreSQL database; a delivery Teams sends again may
reach the other one. It is handled once, and the repeat gets the first one's answer."""

import asyncio

import pytest
from sqlalchemy import select

from app import create_app
from bot.settings import Settings
from meetings.planning.entities import Meeting
from tests.bot.conftest import USERS, BotUnderTest
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

GROUP = "19:netvaerk-boern-unge@thread.v2"
LINE = "opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december"
MEETING_LINE = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"


@pytest.fixture
async def replica(aiohttp_client, bot, bot_database, clock) -> BotUnderTest:
    """A second app process on the same database, behind the same load balancer."""
    settings = Settings(APP_ID="", DATABASE_URL=bot_database, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False, FILES_FROM_LOOPBACK=True)
    client = await aiohttp_client(create_app(settings, clock=clock))
    return BotUnderTest(client, bot.connector, bot.connector_url, bot.uow, clock)


async def test_a_task_line_delivered_again_to_the_other_replica_makes_one_task(bot, replica):
    await bot.install()
    bot.connector.clear()
    line = bot.activity("group_message", id="1763640000101")
    line["from"], line["text"] = USERS["lisbet"], f"<at>Mødebot</at> {LINE}"
    await bot.post(line)
    await replica.post(line)
    assert len(await tasks(bot)) == 1
    assert len([c for c in bot.connector.cards() if "Opgave oprettet" in card_text(c)]) == 1


async def test_a_click_delivered_again_to_the_other_replica_gets_the_first_ones_card(
        bot, replica):
    await bot.install()
    rie = (await members(bot))["rie"]
    click = bot.activity("card_action", id="f:click-1")
    click["value"]["action"].update(verb="task.create", data={
        "title": "Undersøge om Socialtilsyn Øst kan deltage", "owner_id": str(rie.id),
        "owner_name": "", "due": "2026-12-04"})
    first = await bot.post(click)
    again = await replica.post(click)
    assert "Undersøge om Socialtilsyn" in card_text((await first.json())["value"])
    assert (again.status, await again.json()) == (first.status, await first.json())
    assert len(await tasks(bot)) == 1


async def test_a_click_the_other_replica_is_still_handling_is_not_handled_twice(bot, replica):
    await bot.install()
    await bot.say(MEETING_LINE)
    async with bot.uow() as uow:
        [meeting] = await uow.session.scalars(select(Meeting))
    click = bot.activity("card_action", id="f:cancel-1")
    click["value"]["action"].update(verb="meeting.cancel.confirm",
                                    data={"meeting_id": meeting.id})
    gate = bot.connector.gates[GROUP] = asyncio.Event()  # the first updates the posted card
    first = asyncio.create_task(bot.post(click))
    await bot.connector.at_gate.wait()
    again = await (await replica.post(click)).json()
    gate.set()
    assert "Mødet er aflyst" in card_text((await (await first).json())["value"])
    assert again["value"] == "Jeg er stadig i gang med dette klik; svaret kommer om et øjeblik."
    assert len(bot.connector.updated) == 1  # not "already cancelled" from the other
    later = await replica.post(click)  # and once the first has answered, its card
    assert "Mødet er aflyst" in card_text((await later.json())["value"])
