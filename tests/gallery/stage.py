"""Mødebot in this process with a fake Bot Connector, a fake clock and a SQLite file of its own:
the stage on which the card gallery plays a network group's year, turn by turn.

People talk to it as Teams would send their messages and clicks (the recorded activities of
the bot turn tests); the ticks of the agenda cycle, the chase and the minutes run when the
scene moves the clock, and the delivery worker sends what they queue to the fake connector.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import random
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from app import create_app
from bot.outbox.delivery import DeliveryOptions, DeliveryWorker
from bot.outbox.rate_limits import RateLimiter, TokenBucket
from bot.outbox.ticks import TICKS
from bot.settings import Settings
from bot.teams.connector import TeamsConnector
from storage.database import create_engine
from storage.migrate import upgrade
from storage.unit_of_work import UnitOfWorkFactory, unit_of_work_factory
from tests.bot.conftest import recorded
from tests.fake_connector import FakeConnector, Fault
from tests.fakes import FakeClock

GROUP = "19:netvaerk-boern-unge@thread.v2"
TENANT = "tenant-kkr-sjaelland"
CARD = "application/vnd.microsoft.card.adaptive"
BASE_URL = "http://127.0.0.1:3978"


def person(name: str, org: str) -> dict[str, Any]:
    key = name.split()[0].lower() + "-" + name.split()[-1].lower()
    return {"id": f"29:1{key}", "name": name, "aadObjectId": f"aad-{key}",
            "email": f"{key}@{org}.dk", "userPrincipalName": f"{key}@{org}.dk",
            "tenantId": TENANT, "userRole": "user"}


# The members of the seed minutes who are in Teams; the rest come in with the minutes.
# Rie Holm is the one person the minutes do not name: a namesake, so that the bot has to ask
# which Rie a task is for.
PEOPLE = {
    "lisbet": person("Lisbet Daugaard-Hansen", "holbaek"),
    "rie": person("Rie Nielsen", "holbaek"),
    "daniel": person("Daniel Gottrup", "naestved"),
    "christel": person("Christel Jørgensen", "roskilde"),
    "lotte": person("Lotte Christensen", "lolland"),
    "helle": person("Helle Stisen", "solroed"),
}
NAMESAKE = person("Rie Holm", "kalundborg")


class Stage:
    """The app behind a test client; `say` and `click` answer with what the person sees."""

    def __init__(self, client: TestClient, connector: FakeConnector, connector_url: str,
                 uow: UnitOfWorkFactory, clock: FakeClock, locale: str) -> None:
        self.client, self.connector, self.connector_url = client, connector, connector_url
        self.uow, self.clock, self.locale = uow, clock, locale
        self._ids = itertools.count(1795600000001)

    @classmethod
    @contextlib.asynccontextmanager
    async def open(cls, folder: Path, now: datetime, locale: str) -> AsyncIterator[Stage]:
        url = f"sqlite:///{folder / 'gallery.db'}"
        # Alembic runs its own event loop, which cannot nest in this one.
        await asyncio.to_thread(upgrade, url)
        connector = FakeConnector(members=list(PEOPLE.values()))
        clock = FakeClock(now)
        settings = Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL=BASE_URL,
                            DELIVERY_WORKER=False)
        engine = create_engine(url)
        async with TestServer(connector.app()) as server, \
                TestClient(TestServer(create_app(settings, clock=clock))) as client:
            try:
                yield cls(client, connector, str(server.make_url("/")),
                          unit_of_work_factory(engine), clock, locale)
            finally:
                await engine.dispose()

    # What people do

    def activity(self, name: str, user: str, personal: bool = False) -> dict[str, Any]:
        """A recorded activity with its own id: one with a handled id is not handled again."""
        activity = copy.deepcopy(recorded(name))
        activity["id"] = str(next(self._ids))
        who = PEOPLE.get(user, NAMESAKE)
        activity.update(serviceUrl=self.connector_url, locale=self.locale,
                        **{"from": {key: who[key] for key in ("id", "name", "aadObjectId")}})
        if personal:
            activity["conversation"] = {"conversationType": "personal", "tenantId": TENANT,
                                        "id": f"a:personal-{who['id']}"}
        return activity

    async def post(self, activity: dict[str, Any]) -> Any:
        response = await self.client.post("/api/messages", json=activity)
        if response.status not in (200, 201):
            raise AssertionError(f"{response.status}: {await response.text()}")
        return await response.json() if response.content_length else None

    async def install(self) -> None:
        await self.post(self.activity("group_installation_update", "lisbet"))

    async def say(self, text: str, user: str = "lisbet", personal: bool = False) -> dict | None:
        """Write in the group chat (mentioning the bot) or 1:1; the card answered, if any."""
        activity = self.activity("group_message", user, personal)
        activity["text"] = text if personal else f"<at>Mødebot</at> {text}"
        before = len(self.connector.sent)
        await self.post(activity)
        cards = [attachment["content"] for sent in self.connector.sent[before:]
                 for attachment in sent.get("attachments") or []
                 if attachment.get("contentType") == CARD]
        return cards[-1] if cards else None

    async def click(self, verb: str, data: dict | None = None, user: str = "lisbet",
                    personal: bool = False) -> dict[str, Any]:
        """Click a card's Action.Execute; the card that replaces it, or the short message."""
        activity = self.activity("card_action", user, personal)
        activity["value"]["action"].update(verb=verb, data={"lang": self.locale[:2],
                                                            **(data or {})})
        answer = await self.post(activity)
        return answer["value"]

    # Time passing

    async def at(self, moment: datetime, fail: Fault | None = None) -> list[dict[str, Any]]:
        """Move the clock, run the ticks, deliver what they queued; the activities sent."""
        self.clock.set(moment)
        for tick in TICKS:
            await tick.run(self.uow, self.clock)
        return await self.deliver(fail)

    async def deliver(self, fail: Fault | None = None) -> list[dict[str, Any]]:
        sent, updated = len(self.connector.sent), len(self.connector.updated)
        if fail is not None:
            self.connector.fail_next(fail)
        connector = TeamsConnector(timeout=5.0, clock=self.clock)
        try:
            worker = DeliveryWorker(self.uow, connector, self.clock,
                                    RateLimiter(TokenBucket(rate=10_000)), BASE_URL,
                                    DeliveryOptions(), owner="gallery", rng=random.Random(7))
            await worker.drain()
        finally:
            await connector.close()
        return self.connector.sent[sent:] + self.connector.updated[updated:]
