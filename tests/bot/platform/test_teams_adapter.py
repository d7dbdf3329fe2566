"""TeamsAdapter: a turn's replies leave through TeamsConnector, invoke responses do not leave
at all, and botbuilder's own outbound clients are built once, not per turn."""

from types import SimpleNamespace

import pytest
from aiohttp import web
from botbuilder.core import ActivityHandler, InvokeResponse, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity

from bot.teams.adapter import TeamsAdapter
from bot.teams.connector import ConnectorError, TeamsConnector
from bot.teams.sdk_authentication import ClientCachingAuthentication
from tests.bot.platform.loopback_connector import LoopbackConnector

SERVICE = "https://smba.trafficmanager.net/emea/"
CHAT = "19:netvaerk-boern-unge@thread.v2"


def configuration() -> ConfigurationBotFrameworkAuthentication:
    return ConfigurationBotFrameworkAuthentication(SimpleNamespace(
        APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID=""))


class AnsweringBot(ActivityHandler):
    """Replies, then updates its reply; answers an invoke with a body."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        sent = await turn_context.send_activity(MessageFactory.text("svar"))
        update = MessageFactory.text("rettet svar")
        update.id = sent.id
        await turn_context.update_activity(update)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        return InvokeResponse(status=200, body={"statusCode": 200})


def incoming(service_url: str, kind: str = "message") -> Activity:
    return Activity().deserialize({
        "type": kind, "id": "1795606102336", "channelId": "msteams", "serviceUrl": service_url,
        "text": "hej", "name": "adaptiveCard/action" if kind == "invoke" else None,
        "from": {"id": "29:lisbet"}, "recipient": {"id": "28:bot", "name": "Mødebot"},
        "conversation": {"id": CHAT, "conversationType": "groupChat"}})


@pytest.fixture
async def adapter_and_connector(aiohttp_server):
    fake = LoopbackConnector(body={"id": "1795606112769"})
    server = await aiohttp_server(fake.app())
    connector = TeamsConnector()
    yield TeamsAdapter(configuration(), connector), fake, str(server.make_url("/"))
    await connector.close()


async def test_a_reply_and_its_update_go_out_through_our_aiohttp_client(adapter_and_connector):
    adapter, fake, url = adapter_and_connector

    await adapter.process_activity("", incoming(url), AnsweringBot().on_turn)

    reply, update = fake.seen
    assert (reply.method, reply.path) == (
        "POST", "/v3/conversations/19%3Anetvaerk-boern-unge%40thread.v2/activities/1795606102336")
    assert reply.body["text"] == "svar" and reply.body["replyToId"] == "1795606102336"
    assert reply.body["from"] == {"id": "28:bot", "name": "Mødebot"}
    assert "aiohttp" in reply.headers["User-Agent"]  # not msrest's "Microsoft-BotFramework"
    assert (update.method, update.path.rsplit("/", 1)[1]) == ("PUT", "1795606112769")
    assert update.body["text"] == "rettet svar"


async def test_an_invoke_response_is_returned_not_sent(adapter_and_connector):
    adapter, fake, url = adapter_and_connector

    response = await adapter.process_activity("", incoming(url, "invoke"),
                                              AnsweringBot().on_turn)

    assert response.status == 200 and response.body == {"statusCode": 200}
    assert fake.seen == []


@pytest.fixture
async def bot_server(aiohttp_client, adapter_and_connector):
    """An aiohttp app that hands /api/messages to TeamsAdapter.process, as the samples do."""
    adapter, fake, url = adapter_and_connector
    bot = AnsweringBot()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return await aiohttp_client(app), fake, url


async def test_process_runs_the_turn_of_a_posted_activity_and_answers_201(bot_server):
    client, fake, url = bot_server

    response = await client.post("/api/messages", json=incoming(url).serialize())

    assert response.status == 201
    assert [seen.body["text"] for seen in fake.seen] == ["svar", "rettet svar"]


async def test_process_answers_an_invoke_with_its_body(bot_server):
    client, fake, url = bot_server

    response = await client.post("/api/messages", json=incoming(url, "invoke").serialize())

    assert (response.status, await response.json()) == (200, {"statusCode": 200})
    assert fake.seen == []


async def test_process_refuses_what_is_not_json_or_not_an_activity(bot_server):
    client, fake, url = bot_server

    not_json = await client.post("/api/messages", data="hej",
                                 headers={"Content-Type": "text/plain"})
    no_type = await client.post("/api/messages", json={"text": "hej", "serviceUrl": url})

    assert (not_json.status, no_type.status) == (415, 400)
    assert fake.seen == []


def authentication() -> ClientCachingAuthentication:
    return ClientCachingAuthentication(configuration())


async def turn_clients(auth: ClientCachingAuthentication, service_url: str):
    activity = Activity(type="message", channel_id="msteams", service_url=service_url)
    result = await auth.authenticate_request(activity, "")
    connector = await result.connector_factory.create(service_url, result.audience)
    return connector, await auth.create_user_token_client(result.claims_identity)


async def test_turns_share_the_sdk_clients_of_their_service_url():
    auth = authentication()

    first, second = await turn_clients(auth, SERVICE), await turn_clients(auth, SERVICE)

    assert first[0] is second[0] and first[1] is second[1]
    assert first[0].config.base_url == SERVICE


async def test_another_service_url_gets_its_own_connector_client():
    auth = authentication()

    emea, amer = (await turn_clients(auth, SERVICE),
                  await turn_clients(auth, "https://smba.trafficmanager.net/amer/"))

    assert emea[0] is not amer[0]
    assert amer[0].config.base_url == "https://smba.trafficmanager.net/amer/"


async def test_made_up_service_urls_push_out_the_oldest_clients():
    auth = authentication()
    oldest, _ = await turn_clients(auth, "http://127.0.0.1:1/")
    for port in range(2, 100):
        newest, _ = await turn_clients(auth, f"http://127.0.0.1:{port}/")

    assert (await turn_clients(auth, "http://127.0.0.1:1/"))[0] is not oldest
    assert (await turn_clients(auth, "http://127.0.0.1:99/"))[0] is newest


async def test_a_throttled_reply_waits_for_retry_after_and_a_long_wait_is_not_waited_for(
        aiohttp_server):
    fake = LoopbackConnector(status=429, body={}, headers={"Retry-After": "2"})
    url = str((await aiohttp_server(fake.app())).make_url("/"))
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    connector = TeamsConnector()
    adapter = TeamsAdapter(configuration(), connector, sleep=sleep)
    with pytest.raises(ConnectorError):
        await adapter.process_activity("", incoming(url), AnsweringBot().on_turn)
    fake.headers["Retry-After"] = "120"
    with pytest.raises(ConnectorError):
        await adapter.process_activity("", incoming(url), AnsweringBot().on_turn)
    await connector.close()

    assert waits == [2.0, 2.0]  # three tries of the first reply; one of the second
    assert len(fake.seen) == 4
