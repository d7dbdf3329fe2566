"""The Bot Framework's signing keys, fetched by us from a loopback OpenID server: a slow
metadata host holds up no other request, a key published since the last fetch is accepted, and
a failed fetch keeps the keys in hand."""

import asyncio

import pytest

from app import create_app
from bot.settings import Settings
from bot.teams.openid_keys import DAILY, UNKNOWN_KEY_PAUSE, OpenIdKeys
from storage.migrate import upgrade
from tests.bot.platform.auth.keys_server import KeysServer
from tests.bot.platform.auth.test_auth import APP_ID, SERVICE_URL, TYPING


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keys():
    with KeysServer() as server:
        server.publish("first")
        yield server


@pytest.fixture
def database(tmp_path) -> str:
    url = f"sqlite:///{tmp_path}/auth.db"
    upgrade(url)
    return url


@pytest.fixture
async def client(aiohttp_client, database, keys):
    url = database
    settings = Settings(APP_ID=APP_ID, APP_PASSWORD="secret", APP_TYPE="MultiTenant",
                        DATABASE_URL=url, TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=keys.url,
                        DELIVERY_WORKER=False)
    return await aiohttp_client(create_app(settings))


def bearer(keys: KeysServer, kid: str) -> dict:
    token = keys.token(kid, audience=APP_ID, service_url=SERVICE_URL)
    return {"Authorization": f"Bearer {token}"}


async def test_healthz_answers_while_the_signing_keys_are_being_fetched(client, keys):
    keys.gate.clear()  # the keys do not come until released
    turn = asyncio.create_task(client.post("/api/messages", json=TYPING,
                                           headers=bearer(keys, "first")))
    await keys.wait_until_asked()
    health = await client.get("/healthz")
    assert health.status == 200
    assert not turn.done()  # /healthz was answered while the turn waited for the keys
    keys.gate.set()
    assert (await turn).status in (200, 201)


async def test_a_key_published_after_the_last_fetch_is_fetched_once_an_hour_at_most(keys):
    clock = Clock()
    provider = OpenIdKeys(keys.url, monotonic=clock)
    assert (await provider.get("first")) is not None
    keys.publish("rotated")
    clock.now += 2 * 3600  # Microsoft starts signing with a key published since
    assert (await provider.get("rotated")) is not None
    fetches = keys.key_fetches
    assert await provider.get("made-up") is None  # a forged key id: within the hour, no fetch
    assert await provider.get("made-up-too") is None
    assert keys.key_fetches == fetches
    clock.now += UNKNOWN_KEY_PAUSE + 1
    assert await provider.get("made-up") is None
    assert keys.key_fetches == fetches + 1


async def test_the_daily_fetch_runs_aside_of_the_requests(keys):
    clock = Clock()
    provider = OpenIdKeys(keys.url, monotonic=clock)
    assert (await provider.get("first")) is not None
    keys.gate.clear()  # the next keys do not come until released
    clock.now += DAILY + 1
    keys.asked.clear()
    found = await provider.get("first")
    await keys.wait_until_asked()
    assert found is not None  # answered from the keys in hand, the daily fetch still held
    assert keys.key_fetches == 2


async def test_a_failed_fetch_keeps_the_keys_in_hand(keys):
    clock = Clock()
    provider = OpenIdKeys(keys.url, monotonic=clock)
    assert (await provider.get("first")) is not None
    keys.failing = True
    clock.now += DAILY + UNKNOWN_KEY_PAUSE + 1
    assert await provider.get("unknown") is None  # fetched at once, and failed
    assert (await provider.get("first")) is not None


async def test_a_host_that_never_answers_gives_401_and_the_next_request_gets_the_keys(keys):
    keys.gate.clear()
    provider = OpenIdKeys(keys.url, timeout=0.2)
    assert await provider.get("first") is None  # timed out: the token is refused
    keys.gate.set()
    assert (await provider.get("first")) is not None
