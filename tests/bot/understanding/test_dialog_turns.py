"""Dialogs keep their state in the card, not in the bot: a question asked or a form sent back
by one app is answered by a fresh one (after a restart, or on another replica)."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app import create_app
from bot.settings import Settings
from meetings.agenda.entities import Attendance
from meetings.planning.vocabulary import MeetingStatus
from tests.bot.conftest import BotUnderTest
from tests.bot.test_turns import LINE, meetings
from tests.bot.understanding.test_understanding_turns import buttons
from tests.card_reading import card_text, elements


@pytest.fixture
def restart(bot, aiohttp_client, bot_database, clock):
    """Stops the bot's app and starts a new one on the same database and Bot Connector."""
    async def restarted() -> BotUnderTest:
        await bot.client.close()
        settings = Settings(APP_ID="", DATABASE_URL=bot_database,
                            PUBLIC_URL="http://127.0.0.1:3978", DELIVERY_WORKER=False)
        client = await aiohttp_client(create_app(settings, clock=clock))
        return BotUnderTest(client, bot.connector, bot.connector_url, bot.uow, clock)
    return restarted


def inputs(card: dict) -> dict:
    """What Teams sends along with a click: every input's value as the card shows it."""
    return {e["id"]: e.get("value") for e in elements(card) if "id" in e and "value" in e}


async def test_a_cancel_asked_before_a_restart_is_confirmed_after_it(bot, restart):
    await bot.install()
    await bot.say(LINE)
    await bot.say("aflys næste møde")
    asked = bot.connector.cards()[-1]
    assert "Aflys mødet?" in card_text(asked)
    [yes] = buttons(asked, "meeting.cancel.confirm")

    fresh = await restart()
    done = await fresh.click(yes["verb"], yes["data"])

    assert "Mødet er aflyst" in card_text(done["value"])
    [meeting] = await meetings(bot)
    assert meeting.status == MeetingStatus.CANCELLED


async def test_regrets_asked_before_a_restart_are_sent_after_it(bot, restart):
    await bot.install()
    await bot.say(LINE)
    await bot.say("jeg kan ikke komme til næste møde", user="rie")
    [yes] = buttons(bot.connector.cards()[-1], "attendance.answer")

    fresh = await restart()
    await fresh.click(yes["verb"], yes["data"], user="rie")

    async with bot.uow() as uow:
        [answer] = await uow.session.scalars(select(Attendance))
    assert answer.status == "regrets"


async def test_a_form_sent_back_before_a_restart_keeps_what_was_typed_and_plans_after_it(
    bot, restart,
):
    await bot.install()
    typed = {"date": "2027-03-12", "start": "13:00", "end": "10:00", "place": "Sorø",
             "online": "false", "theme": "Venskabsfamilier"}
    back = (await bot.click("meeting.plan", typed))["value"]
    assert "Mødet skal slutte, efter det begynder" in card_text(back)
    [send] = buttons(back, "meeting.plan")

    fresh = await restart()
    corrected = {**send["data"], **inputs(back), "start": "10:00", "end": "13:00"}
    planned = await fresh.click(send["verb"], corrected)

    assert "Mødet er planlagt" in card_text(planned["value"])
    [meeting] = await meetings(bot)
    assert (meeting.place, meeting.theme) == ("Sorø", "Venskabsfamilier")
    assert meeting.starts_at == datetime(2027, 3, 12, 9, 0, tzinfo=UTC)
