"""Fixtures: a group whose conversation points at a fake Bot Connector (delivery tests), and
the network group of the seed minutes (agenda tests)."""

import random
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.outbox.delivery import DeliveryOptions, DeliveryWorker
from bot.outbox.rate_limits import RateLimiter, TokenBucket
from bot.teams.connector import TeamsConnector
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind, Role
from storage.database import create_engine
from storage.migrate import upgrade
from storage.unit_of_work import unit_of_work_factory
from tests.fake_connector import FakeConnector
from tests.fakes import FakeClock
from tests.support.agenda_world import World, local

GROUP_CHAT = "19:group@thread.v2"


@pytest.fixture
async def engine(migrated_url):
    """An engine on the migrated database of the test (SQLite or PostgreSQL)."""
    engine = create_engine(migrated_url)
    yield engine
    await engine.dispose()


class Setup:
    def __init__(self, uow_factory, connector: FakeConnector, url: str, clock: FakeClock):
        self.uow, self.connector, self.url, self.clock = uow_factory, connector, url, clock
        self.client = TeamsConnector(timeout=1.0, clock=clock)
        self.group_id: int = 0

    def worker(self, owner: str = "w1", client: TeamsConnector | None = None,
               limiter: RateLimiter | None = None, **options) -> DeliveryWorker:
        limiter = limiter or RateLimiter(TokenBucket(rate=10_000))
        return DeliveryWorker(self.uow, client or self.client, self.clock, limiter,
                              "http://bot.test",
                              DeliveryOptions(**options), owner=owner, rng=random.Random(7))

    async def enqueue(self, key: str, *, member_id: int | None = None, **values) -> None:
        async with self.uow() as uow:
            await uow.outbox.enqueue(
                dedupe_key=key, kind="text", payload={"text": key}, group_id=self.group_id,
                conversation_id=None if member_id else GROUP_CHAT, member_id=member_id,
                due_at=values.pop("due_at", self.clock.now()), created_at=self.clock.now(),
                **values)
            await uow.commit()

    async def rows(self) -> dict[str, OutboxMessage]:
        async with self.uow() as uow:
            rows = await uow.session.scalars(select(OutboxMessage))
            return {row.dedupe_key: row for row in rows}


@pytest.fixture
async def setup(migrated_url, aiohttp_server):
    connector = FakeConnector()
    server = await aiohttp_server(connector.app())
    engine = create_engine(migrated_url)
    clock = FakeClock(datetime(2027, 1, 11, 9, 0, tzinfo=UTC))
    setup = Setup(unit_of_work_factory(engine), connector, migrated_url, clock)
    service_url = str(server.make_url("/"))
    async with setup.uow() as uow:
        group = Group(conversation_id=GROUP_CHAT, kind=ConversationKind.GROUP_CHAT, name="G",
                      tenant_id="t", time_zone="Europe/Copenhagen", language="da",
                      created_at=clock.now())
        uow.groups.add(group)
        await uow.flush()
        uow.addresses.add(ConversationAddress(
            conversation_id=GROUP_CHAT, conversation_type=ConversationKind.GROUP_CHAT,
            channel_id="msteams", service_url=service_url, tenant_id="t", bot_id="28:bot",
            group_id=group.id, updated_at=clock.now()))
        for n in range(3):
            uow.members.add(Member(group_id=group.id, teams_id=f"29:m{n}",
                                   aad_object_id=f"aad-{n}", name=f"M{n}", role=Role.MEMBER,
                                   joined_at=clock.now()))
        await uow.commit()
        setup.group_id = group.id
    yield setup
    await setup.client.close()
    await engine.dispose()


@pytest.fixture
async def world(migrated_url):
    """The network group of the seed minutes, for the agenda tests (tests/support/agenda_world)."""
    engine = create_engine(migrated_url)
    yield await World(unit_of_work_factory(engine), FakeClock(local(2027, 6, 1, 9, 0))).build()
    await engine.dispose()


@pytest.fixture
def postgres_url(postgres) -> str:
    """A database of its own on the suite's PostgreSQL: concurrent replicas need a server,
    SQLite is one process by design."""
    name = "t_" + uuid.uuid4().hex[:16]
    postgres.psql(f"CREATE DATABASE {name}")
    upgrade(postgres.url(name))
    return postgres.url(name)


@pytest.fixture
async def shared_world(postgres_url):
    """The network group on PostgreSQL, for tests where two replicas act at once."""
    engine = create_engine(postgres_url)
    yield await World(unit_of_work_factory(engine), FakeClock(local(2027, 6, 1, 9, 0))).build()
    await engine.dispose()
