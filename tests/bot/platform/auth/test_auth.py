"""With APP_ID set, only requests with a valid Bot Framework token reach the bot."""

import pytest

from app import create_app
from bot.settings import Settings
from storage.migrate import upgrade
from tests.bot.platform.auth.openid_server import OpenIdServer

APP_ID = "11111111-2222-3333-4444-555555555555"
SERVICE_URL = "https://smba.trafficmanager.net/emea/"
TYPING = {"type": "typing", "id": "1", "channelId": "msteams", "serviceUrl": SERVICE_URL,
          "from": {"id": "29:1"}, "recipient": {"id": "28:" + APP_ID},
          "conversation": {"id": "a:1", "conversationType": "personal"}}


@pytest.fixture
def openid():
    with OpenIdServer() as server:
        yield server


@pytest.fixture
def settings(tmp_path, openid) -> Settings:
    url = f"sqlite:///{tmp_path}/auth.db"
    upgrade(url)
    return Settings(APP_ID=APP_ID, APP_PASSWORD="secret", APP_TYPE="MultiTenant",
                    DATABASE_URL=url, TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=openid.url,
                    MAX_BODY_BYTES=64 * 1024)


@pytest.fixture
async def client(aiohttp_client, settings):
    return await aiohttp_client(create_app(settings))


async def post(client, headers=None, **kwargs):
    return await client.post("/api/messages", headers=headers or {}, **kwargs)


async def test_a_request_without_a_token_is_401(client):
    response = await post(client, json=TYPING)
    assert response.status == 401


@pytest.mark.parametrize("header", [
    "Bearer garbage", "Bearer", "Basic dXNlcjpwYXNz", "Bearer a.b.c", "eyJhbGciOi",
])
async def test_a_garbage_or_malformed_token_is_401_not_500(client, header):
    response = await post(client, headers={"Authorization": header}, json=TYPING)
    assert response.status == 401


async def test_a_well_signed_token_for_another_audience_is_401(client, openid):
    token = openid.token(audience="99999999-2222-3333-4444-555555555555",
                         service_url=SERVICE_URL)
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=TYPING)
    assert response.status == 401


async def test_a_token_from_another_issuer_is_401(client, openid):
    token = openid.token(audience=APP_ID, service_url=SERVICE_URL,
                         issuer="https://evil.example")
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=TYPING)
    assert response.status == 401


async def test_a_token_for_another_service_url_is_401(client, openid):
    token = openid.token(audience=APP_ID, service_url="https://evil.example/")
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=TYPING)
    assert response.status == 401


async def test_a_well_signed_token_without_an_expiry_is_401(client, openid):
    """PyJWT checks "exp" only when it is there: such a token would be good for ever."""
    token = openid.token(audience=APP_ID, service_url=SERVICE_URL, leave_out=("exp",))
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=TYPING)
    assert response.status == 401


async def test_a_valid_token_gets_through(client, openid):
    """The control: the same checks accept a correct token, so the 401s above mean refusal."""
    token = openid.token(audience=APP_ID, service_url=SERVICE_URL)
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=TYPING)
    assert response.status in (200, 201)


async def test_a_body_above_the_cap_is_413(client):
    big = {**TYPING, "text": "x" * (70 * 1024)}
    response = await post(client, json=big)
    assert response.status == 413


async def test_a_body_that_is_not_json_is_400_and_a_wrong_type_415(client):
    assert (await post(client, data=b"{nope", headers={"Content-Type": "application/json"})
            ).status == 400
    assert (await post(client, data=b"hello", headers={"Content-Type": "text/plain"})
            ).status == 415


async def test_json_nested_60000_deep_is_400_before_any_work_not_500(aiohttp_client, settings):
    """Under the default 256 KB cap: the parser's recursion would otherwise end in a 500."""
    client = await aiohttp_client(create_app(settings.model_copy(
        update={"max_body_bytes": 256 * 1024})))
    for deep in (b"[" * 60_000 + b"]" * 60_000, b'{"a":' * 30_000 + b"1" + b"}" * 30_000,
                 b"[" * 100 + b"]" * 100):  # deeper than any activity, under the recursion limit
        response = await post(client, data=deep, headers={"Content-Type": "application/json"})
        assert response.status == 400
        assert "nested" in await response.text()


MEMBERS = {**TYPING, "type": "conversationUpdate"}


@pytest.mark.parametrize("bad", [
    {**TYPING, "timestamp": "i går"}, {**TYPING, "localTimestamp": "2026-13-45T10:00:00Z"},
    {**TYPING, "entities": "junk"}, {**TYPING, "entities": [1, "x"]},
    {**TYPING, "entities": [{"type": "mention", "mentioned": "Mødebot"}]},
    {**MEMBERS, "membersAdded": "junk"}, {**MEMBERS, "membersAdded": [1]},
    {**MEMBERS, "membersAdded": [{}]}, {**MEMBERS, "membersRemoved": [{"id": ""}]},
], ids=["timestamp", "local-timestamp", "entities", "entity-scalars", "mention",
        "members-added", "member-scalar", "member-without-id", "member-removed-empty-id"])
async def test_a_parseable_body_that_is_no_activity_is_400_with_a_token_or_without(
        client, openid, bad):
    """Not 401: the token is not what is wrong; and not 500 from the turn either."""
    token = openid.token(audience=APP_ID, service_url=SERVICE_URL)
    assert (await post(client, json=bad)).status == 400
    response = await post(client, headers={"Authorization": f"Bearer {token}"}, json=bad)
    assert response.status == 400, await response.text()


async def test_an_activity_without_its_addresses_is_400_not_500(aiohttp_client, settings):
    open_settings = settings.model_copy(update={"app_id": ""})
    client = await aiohttp_client(create_app(open_settings))
    for broken in ({"type": "message"}, {**TYPING, "recipient": None},
                   {**TYPING, "conversation": {}}, [TYPING]):
        assert (await post(client, json=broken)).status == 400


async def test_health_answers_when_the_database_does(client):
    response = await client.get("/healthz")
    assert response.status == 200
    assert (await response.json())["status"] == "ok"


def test_without_app_id_the_app_refuses_to_listen_beyond_loopback():
    with pytest.raises(SystemExit, match="Refusing to listen on 0.0.0.0"):
        Settings(APP_ID="", HOST="0.0.0.0").refuse_unsafe_binding()
    Settings(APP_ID="", HOST="127.0.0.1").refuse_unsafe_binding()
    Settings(APP_ID=APP_ID, HOST="0.0.0.0").refuse_unsafe_binding()
