"""Bot turn tests: recorded Teams activities posted to the app, replies caught by a fake
Bot Connector on loopback, a real SQLite database, a fake clock."""

import copy
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app import create_app
from bot.settings import Settings
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory
from tests.fake_connector import FakeConnector
from tests.fakes import FakeClock

RECORDED = Path(__file__).with_name("activities")


def recorded(name: str) -> Any:
    return json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))


class BotUnderTest:
    """Sends recorded activities, with changes, to the app as Teams would."""

    def __init__(self, client, connector: FakeConnector, connector_url: str, uow_factory,
                 clock: FakeClock) -> None:
        self.client, self.connector, self.clock = client, connector, clock
        self.connector_url = connector_url
        self.uow = uow_factory
        self._ids = itertools.count(1795600000001)

    def activity(self, name: str, **changes: Any) -> dict[str, Any]:
        """A recorded activity with its own id, as Teams gives each message (an activity
        with the id of one already handled is a redelivery, not handled again)."""
        activity = copy.deepcopy(recorded(name))
        activity["serviceUrl"] = self.connector_url
        activity["id"] = str(next(self._ids))
        activity.update(changes)
        return activity

    async def post(self, activity: dict[str, Any]):
        response = await self.client.post("/api/messages", json=activity)
        assert response.status in (200, 201), await response.text()
        return response

    async def say(self, text: str, *, user: str = "lisbet", locale: str = "da-DK",
                  mention: bool = True) -> None:
        activity = self.activity("group_message", locale=locale)
        activity["from"] = USERS[user]
        activity["text"] = f"<at>Mødebot</at> {text}" if mention else text
        await self.post(activity)

    async def click(self, verb: str, data: dict | None = None, *, user: str = "lisbet",
                    locale: str = "da-DK") -> dict[str, Any]:
        activity = self.activity("card_action", locale=locale)
        activity["from"] = USERS[user]
        activity["value"]["action"].update(verb=verb, data=data or {})
        response = await self.post(activity)
        return await response.json()

    async def install(self) -> None:
        await self.post(self.activity("group_installation_update"))


USERS = {
    "lisbet": {"id": "29:1lisbet-daugaard-hansen", "name": "Lisbet Daugaard-Hansen",
               "aadObjectId": "aad-lisbet"},
    "rie": {"id": "29:1rie-nielsen", "name": "Rie Nielsen", "aadObjectId": "aad-rie"},
    "daniel": {"id": "29:1daniel-gottrup", "name": "Daniel Gottrup",
               "aadObjectId": "aad-daniel"},
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def bot_database(migrated_url) -> str:
    """Bot turns run once on SQLite and once on PostgreSQL, like the rest of the suite."""
    return migrated_url


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Settings a test file gives the bot besides these (override the fixture there)."""
    return {}


@pytest.fixture
async def bot(aiohttp_client, aiohttp_server, bot_database, clock, settings_env):
    url = bot_database
    connector = FakeConnector(members=recorded("roster"))
    server = await aiohttp_server(connector.app())
    settings = Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False,
                        FILES_FROM_LOOPBACK=True,  # files sent in a 1:1 chat: a loopback server
                        **settings_env)
    client = await aiohttp_client(create_app(settings, clock=clock))
    engine = create_engine(url)
    yield BotUnderTest(client, connector, str(server.make_url("/")), unit_of_work_factory(engine),
                       clock)
    await engine.dispose()
