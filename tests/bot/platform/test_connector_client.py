"""TeamsConnector against a loopback aiohttp server playing the Bot Connector."""

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import jwt
import pytest

from bot.teams.connector import (
    ConnectorError,
    Target,
    TeamsConnector,
)
from meetings.common.delivery_policy import Failure, after_failure
from meetings.common.vocabulary import OutboxStatus
from tests.bot.platform.loopback_connector import LoopbackConnector
from tests.fakes import FakeClock

CHAT = "19:netvaerk-boern-unge@thread.v2;messageid=1795606102336"
QUOTED_CHAT = "19%3Anetvaerk-boern-unge%40thread.v2%3Bmessageid%3D1795606102336"
BOT = "28:00000000-0000-0000-0000-00000000b075"


class FakeCredentials:
    """botbuilder's AppCredentials as far as TeamsConnector uses them."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.calls = clock, 0

    def get_access_token(self, force_refresh: bool = False) -> str:
        self.calls += 1
        expires = self.clock.now() + timedelta(hours=1)
        return jwt.encode({"n": self.calls, "exp": int(expires.timestamp())}, "k" * 32)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
async def served(aiohttp_server):
    """Starts a LoopbackConnector; returns (connector, its URL ending in "/")."""
    async def serve(fake: LoopbackConnector, prefix: str = "/"):
        server = await aiohttp_server(fake.app())
        return str(server.make_url(prefix))
    return serve


@pytest.fixture
async def teams(clock):
    connector = TeamsConnector(clock=clock)
    yield connector
    await connector.close()


async def test_send_posts_the_activity_to_the_quoted_conversation_and_returns_its_id(
        served, teams):
    fake = LoopbackConnector()
    url = await served(fake)

    sent = await teams.send(Target(url, CHAT, "tenant-1", BOT), {"text": "hej"})

    assert sent == "1795606112769"
    [seen] = fake.seen
    assert (seen.method, seen.path) == ("POST", f"/v3/conversations/{QUOTED_CHAT}/activities")
    assert "Authorization" not in seen.headers
    assert seen.headers["Content-Type"].startswith("application/json")
    assert seen.body == {"type": "message", "text": "hej", "serviceUrl": url,
                         "conversation": {"id": CHAT, "tenantId": "tenant-1"},
                         "from": {"id": BOT}}


async def test_what_the_caller_addressed_is_kept(served, teams):
    fake = LoopbackConnector()
    url = await served(fake)
    activity = {"type": "typing", "from": {"id": "28:other"}, "conversation": {"id": "x"}}

    await teams.send(Target(url, CHAT, bot_id=BOT), activity)

    assert fake.seen[0].body["type"] == "typing"
    assert fake.seen[0].body["from"] == {"id": "28:other"}
    assert fake.seen[0].body["conversation"] == {"id": "x"}
    assert activity == {"type": "typing", "from": {"id": "28:other"}, "conversation": {"id": "x"}}


@pytest.mark.parametrize("suffix", ["", "/"])
async def test_a_service_url_with_a_path_is_joined_with_or_without_its_slash(
        served, teams, suffix):
    fake = LoopbackConnector()
    url = (await served(fake, "/_connector")).rstrip("/") + suffix

    await teams.send(Target(url, "a:personal-lisbet"), {"text": "hej"})

    assert fake.seen[0].path == "/_connector/v3/conversations/a%3Apersonal-lisbet/activities"


async def test_reply_posts_under_the_activity_replied_to(served, teams):
    fake = LoopbackConnector()
    url = await served(fake)

    await teams.reply(Target(url, CHAT), "1795606102336", {"text": "svar"})

    assert fake.seen[0].method == "POST"
    assert fake.seen[0].path == f"/v3/conversations/{QUOTED_CHAT}/activities/1795606102336"


async def test_update_puts_the_activity_with_its_id(served, teams):
    fake = LoopbackConnector(status=200, body={"id": "1795606112769"})
    url = await served(fake)

    await teams.update(Target(url, CHAT), "1795606112769", {"attachments": []})

    [seen] = fake.seen
    assert (seen.method, seen.path) == (
        "PUT", f"/v3/conversations/{QUOTED_CHAT}/activities/1795606112769")
    assert seen.body["id"] == "1795606112769" and seen.body["type"] == "message"


async def test_create_personal_conversation_sends_the_bot_the_member_and_the_tenant(
        served, teams):
    fake = LoopbackConnector(body={"id": "a:new-personal-chat"})
    url = await served(fake)

    created = await teams.create_personal_conversation(
        service_url=url, tenant_id="tenant-1", bot_id=BOT, user_id="29:1rie-nielsen")

    assert created == "a:new-personal-chat"
    assert (fake.seen[0].method, fake.seen[0].path) == ("POST", "/v3/conversations")
    assert fake.seen[0].body == {
        "isGroup": False, "bot": {"id": BOT}, "members": [{"id": "29:1rie-nielsen"}],
        "tenantId": "tenant-1", "channelData": {"tenant": {"id": "tenant-1"}}}


def given_up(error: ConnectorError) -> bool:
    """Whether the outbox gives a message up at its first failure with this error, read as the
    delivery worker reads it: the connector reports, the delivery policy decides."""
    failure = Failure(error.status, error.code, error.retry_after)
    return after_failure(failure, 1, datetime(2026, 11, 25, 9, 0, tzinfo=UTC)).status \
        == OutboxStatus.DEAD


async def failure(served, teams, fake: LoopbackConnector) -> ConnectorError:
    url = await served(fake)
    with pytest.raises(ConnectorError) as caught:
        await teams.send(Target(url, CHAT), {"text": "hej"})
    return caught.value


async def test_429_with_retry_after_in_seconds_is_throttled_for_that_long(served, teams):
    error = await failure(served, teams, LoopbackConnector(
        status=429, headers={"Retry-After": "3"}, body={"error": {"code": "Throttled"}}))

    assert error.status == 429 and not given_up(error)
    assert error.retry_after == 3.0 and error.code == "Throttled"


async def test_429_with_retry_after_as_a_date_counts_from_the_clock(served, teams, clock):
    until = format_datetime(clock.now() + timedelta(seconds=90), usegmt=True)
    error = await failure(served, teams, LoopbackConnector(
        status=429, headers={"Retry-After": until}, body={}))

    assert error.status == 429 and error.retry_after == 90.0


async def test_403_message_writes_blocked_is_permanent_with_its_code(served, teams):
    error = await failure(served, teams, LoopbackConnector(status=403, body={"error": {
        "code": "MessageWritesBlocked", "message": "Thread is blocked from message writes"}}))

    assert given_up(error)
    assert (error.status, error.code) == (403, "MessageWritesBlocked")
    assert error.retry_after is None


@pytest.mark.parametrize("status", [400, 404, 413])
async def test_other_client_errors_are_permanent(served, teams, status):
    error = await failure(served, teams, LoopbackConnector(status=status, body={}))

    assert error.status == status and given_up(error)


async def test_503_with_a_body_that_is_not_json_is_worth_retrying(served, teams):
    fake = LoopbackConnector(status=503)
    fake.body = "upstream down"
    error = await failure(served, teams, fake)

    assert error.status == 503 and error.code is None
    assert not given_up(error)


async def test_a_connector_slower_than_the_timeout_is_status_0(served, clock):
    fake = LoopbackConnector(hold=asyncio.Event())
    teams = TeamsConnector(timeout=0.2, clock=clock)
    try:
        error = await failure(served, teams, fake)
    finally:
        fake.hold.set()
        await teams.close()

    assert error.status == 0 and not given_up(error)


async def test_an_unreachable_connector_is_status_0(teams, unused_tcp_port):
    with pytest.raises(ConnectorError) as caught:
        await teams.send(Target(f"http://127.0.0.1:{unused_tcp_port}/", CHAT), {"text": "hej"})

    assert caught.value.status == 0


async def test_several_sends_share_one_kept_alive_connection(served, teams):
    fake = LoopbackConnector()
    url = await served(fake)

    for text in ("en", "to", "tre", "fire"):
        await teams.send(Target(url, CHAT), {"text": text})

    assert len(fake.seen) == 4
    assert len({seen.port for seen in fake.seen}) == 1


async def test_a_proxy_named_by_the_environment_carries_the_calls(served, monkeypatch):
    proxy = LoopbackConnector()
    proxy_url = await served(proxy)
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    teams = TeamsConnector()
    try:
        await teams.send(Target("http://smba.example.invalid/emea/", CHAT), {"text": "hej"})
        await teams.send(Target("http://smba.example.invalid/emea/", CHAT), {"text": "igen"})
    finally:
        await teams.close()

    # The proxy got the absolute URL of a host that does not even resolve.
    assert [seen.body["text"] for seen in proxy.seen] == ["hej", "igen"]
    assert proxy.seen[0].path == (
        f"http://smba.example.invalid/emea/v3/conversations/{QUOTED_CHAT}/activities")


async def test_no_proxy_lets_a_host_be_called_directly(served, monkeypatch, unused_tcp_port):
    fake = LoopbackConnector()
    url = await served(fake)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{unused_tcp_port}/")  # nobody there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    teams = TeamsConnector()
    try:
        await teams.send(Target(url, CHAT), {"text": "hej"})
    finally:
        await teams.close()

    assert [seen.body["text"] for seen in fake.seen] == ["hej"]


async def test_with_credentials_a_bearer_token_is_sent_and_reused_until_near_expiry(
        served, clock):
    fake = LoopbackConnector()
    url = await served(fake)
    credentials = FakeCredentials(clock)
    teams = TeamsConnector(app_id="app", credentials=credentials, clock=clock)
    try:
        await asyncio.gather(*(teams.send(Target(url, CHAT), {"text": "x"}) for _ in range(5)))
        clock.advance(timedelta(minutes=56))
        await teams.send(Target(url, CHAT), {"text": "y"})
    finally:
        await teams.close()

    tokens = [seen.headers["Authorization"].removeprefix("Bearer ") for seen in fake.seen]
    assert credentials.calls == 2
    assert [jwt.decode(t, options={"verify_signature": False})["n"] for t in tokens] == [
        1, 1, 1, 1, 1, 2]


async def test_a_401_makes_the_next_call_fetch_a_new_token(served, clock):
    fake = LoopbackConnector(status=401, body={"error": {"code": "Unauthorized"}})
    url = await served(fake)
    credentials = FakeCredentials(clock)
    teams = TeamsConnector(credentials=credentials, clock=clock)
    try:
        for _ in range(2):
            with pytest.raises(ConnectorError):
                await teams.send(Target(url, CHAT), {"text": "x"})
    finally:
        await teams.close()

    assert credentials.calls == 2
