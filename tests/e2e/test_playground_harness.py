"""The end-to-end harness itself, against a minimal echo bot served in the test's event loop.

One playground serves the whole module (it starts in about a second). Each test checks that
no HTTP exchange between the playground and the bot failed.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from botbuilder.core import (
    ActivityHandler,
    CardFactory,
    InvokeResponse,
    MessageFactory,
    TurnContext,
)
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import AdaptiveCardInvokeResponse

from tests.e2e.browser import Browser
from tests.e2e.playground import Playground
from tests.e2e.playground_mock import MOCK_DATA
from tests.e2e.playground_process import PlaygroundError
from tests.e2e.playground_streams import ADAPTIVE_CARD

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

TENANT = "00000000-0000-0000-0000-0000000000aa"
BOT = "28:00000000-0000-0000-0000-0000000000b0"


def vote_card(title: str) -> dict:
    return {
        "type": "AdaptiveCard",
        "version": "1.5",
        "body": [
            {"type": "TextBlock", "text": title, "wrap": True},
            {"type": "Input.Text", "id": "note", "label": "Bemærkning"},
        ],
        "actions": [
            {"type": "Action.Execute", "title": "Ja", "verb": "vote", "data": {"choice": "ja"}},
            {"type": "Action.Submit", "title": "Send", "data": {"form": "note"}},
        ],
    }


def write_without_last_user(path: Path) -> Path:
    """The mock data with four `users` instead of the five the schema wants."""
    lines = MOCK_DATA.read_text(encoding="utf-8").splitlines(keepends=True)
    last = next(i for i, line in enumerate(lines) if '"29:mette"' in line)
    path.write_text("".join(lines[:last] + lines[last + 7 :]), encoding="utf-8")
    return path


class EchoBot(ActivityHandler):
    """Echoes text, posts a card on "card", answers card actions with who clicked what."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.value is not None:
            await turn_context.send_activity(
                f"Submit fra {activity.from_property.name}: "
                + json.dumps(activity.value, sort_keys=True)
            )
            return
        text = (TurnContext.remove_recipient_mention(activity) or "").strip()
        if text == "card":
            card = CardFactory.adaptive_card(vote_card("Kommer du til mødet?"))
            await turn_context.send_activity(MessageFactory.attachment(card))
        else:
            await turn_context.send_activity(f"Ekko: {text}")

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        activity = turn_context.activity
        if activity.name != "adaptiveCard/action":
            return await super().on_invoke_activity(turn_context)
        action = activity.value["action"]
        title = f"{activity.from_property.name}: {action['verb']} {action['data']['choice']}"
        # botbuilder 4.17.1 serializes a dict body twice (HTTP 500): give it an msrest Model.
        body = AdaptiveCardInvokeResponse(
            status_code=200, type=ADAPTIVE_CARD, value=vote_card(title)
        )
        return InvokeResponse(status=200, body=body)


class _NoCredentials:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot_url() -> AsyncIterator[str]:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_NoCredentials()))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/api/messages"
    finally:
        await runner.cleanup()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def playground(
    bot_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    async with Playground.running(bot_url, tmp_path_factory.mktemp("playground")) as pg:
        yield pg


@pytest_asyncio.fixture(loop_scope="module")
async def pg(playground: Playground) -> AsyncIterator[Playground]:
    """The module's playground with no bot messages pending; fails the test on HTTP errors."""
    playground.clear()
    failed_before = len(playground.failures)
    yield playground
    assert playground.failures[failed_before:] == []


async def test_startup_is_measured_and_mock_data_loaded(pg: Playground) -> None:
    assert pg.startup_seconds is not None and pg.startup_seconds < 20
    assert pg.mock.tenant_id == TENANT
    assert [u.given_name for u in pg.mock.users] == [
        "Lisbet",
        "Rie",
        "Daniel",
        "Christel",
        "Povl",
        "Mette",
    ]
    assert pg.mock.group_chat_name == "Netværksgruppe Børn og Unge"
    assert set(pg.mock.channels) == {"General", "Møder"}


async def test_bad_mock_data_fails_fast_with_the_reason(bot_url: str, tmp_path: Path) -> None:
    playground = Playground(mock_data=write_without_last_user(tmp_path / "four-users.yml"))

    with pytest.raises(PlaygroundError, match="must NOT have fewer than 5 items"):
        await playground.start(bot_url, tmp_path / "run", timeout=15)
    with pytest.raises(ProcessLookupError):
        os.killpg(playground.pid, 0)


async def test_opening_the_personal_chat_installs_the_bot(pg: Playground) -> None:
    since = pg.mark()
    await pg.open("personal")
    install = await pg.wait_for_exchange(lambda x: x.name == "installationUpdate", since=since)
    added = await pg.wait_for_exchange(lambda x: x.name == "conversationUpdate", since=since)

    assert install.status == 201 and install.activity["action"] == "add"  # CloudAdapter: 201
    assert install.activity["channelData"]["tenant"]["id"] == TENANT
    assert install.activity["from"]["aadObjectId"] == pg.mock.current_user.aad_object_id
    assert install.activity["serviceUrl"] == pg.service_url
    assert added.activity["conversation"]["conversationType"] == "personal"
    assert [m["id"] for m in added.activity["membersAdded"]] == ["29:lisbet", BOT]


async def test_personal_message_round_trip(pg: Playground) -> None:
    sent = await pg.send("hej med dig")
    reply = await pg.next_bot_activity()
    handled = await pg.handled(sent)

    assert reply.text == "Ekko: hej med dig"
    assert reply.conversation_id == pg.mock.personal_chat == sent.conversation_id
    assert handled.status == 201
    assert handled.activity["from"]["id"] == "29:lisbet"


async def test_group_chat_delivers_only_mentions(pg: Playground) -> None:
    silent = await pg.send("uden omtale", "group", mention=False)
    await pg.send("med omtale", "group")
    reply = await pg.next_bot_activity()

    assert reply.text == "Ekko: med omtale"
    assert reply.conversation_id == pg.mock.group_chat
    assert all(a.get("text") != silent.text for a in pg.received("message"))


async def test_other_users_write_through_custom_activities(pg: Playground) -> None:
    sent = await pg.send("jeg kommer", "group", user="Rie")
    reply = await pg.next_bot_activity()
    handled = await pg.handled(sent)

    assert reply.text == "Ekko: jeg kommer"
    sender = handled.activity["from"]
    assert (sender["id"], sender["aadObjectId"]) == (
        "29:rie",
        "00000000-0000-0000-0000-0000000000c2",
    )
    assert handled.activity["conversation"]["conversationType"] == "groupChat"


async def test_channel_message_starts_a_thread(pg: Playground) -> None:
    sent = await pg.send("dagsorden", "channel")
    reply = await pg.next_bot_activity()
    handled = await pg.handled(sent)

    assert sent.conversation_id.startswith(pg.mock.channels["Møder"] + ";messageid=")
    assert reply.conversation_id == sent.conversation_id
    assert handled.activity["channelData"]["team"]["id"] == pg.mock.team_id
    assert handled.activity["channelData"]["channel"]["id"] == pg.mock.channels["Møder"]

    answer = await pg.send("enig", sent.conversation_id, user="Daniel")
    reply = await pg.next_bot_activity()
    handled = await pg.handled(answer)
    assert (reply.text, reply.conversation_id) == ("Ekko: enig", sent.conversation_id)
    assert handled.activity["from"]["id"] == "29:daniel"
    assert handled.activity["channelData"]["channel"]["id"] == pg.mock.channels["Møder"]
    with pytest.raises(PlaygroundError, match="channel thread"):
        await pg.send("ny tråd", "channel", user="Daniel")


async def test_invoke_round_trip(pg: Playground) -> None:
    await pg.send("card", "group")
    card = await pg.wait_for(lambda m: m.card is not None)
    since = pg.mark()
    result = await pg.invoke(card, "vote", {"note": "lidt forsinket"}, user="Povl")
    invoke = (await pg.wait_for_exchange(lambda x: x.name == "invoke", since=since)).activity

    assert result.card is not None
    assert result.card["body"][0]["text"] == "Povl Skov: vote ja"
    assert invoke["from"]["aadObjectId"] == "00000000-0000-0000-0000-0000000000c5"
    assert invoke["replyToId"] == card.id
    assert invoke["value"]["action"]["data"] == {"choice": "ja", "note": "lidt forsinket"}
    with pytest.raises(LookupError):
        await pg.invoke(card, "no-such-verb")
    with pytest.raises(PlaygroundError, match="ActivityNotFoundInConversation"):
        await pg.invoke("unknown-message", "vote", conversation="group")


async def test_submit_arrives_as_message_value(pg: Playground) -> None:
    await pg.send("card", "personal")
    card = await pg.wait_for(lambda m: m.card is not None)
    since = pg.mark()
    await pg.submit(card, {"note": "ok"}, title="Send", user="Lisbet")
    reply = await pg.next_bot_activity()
    submitted = await pg.wait_for_exchange(lambda x: "value" in x.activity, since=since)

    assert reply.text == 'Submit fra Lisbet Daugaard-Hansen: {"form": "note", "note": "ok"}'
    assert submitted.activity["replyToId"] == card.id
    assert submitted.activity["type"] == "message" and "text" not in submitted.activity


async def test_browser_shows_the_card(pg: Playground) -> None:
    since = pg.mark()
    async with Browser.launch() as browser:
        page = await browser.open(pg.url)
        await page.select(pg.mock.group_chat_name)
        await page.type("card", mention=pg.mock.bot_name)
        card = await page.wait_for_card("Kommer du til mødet?")
        shot = await page.screenshot("harness-group-card")
        await card.locator("input").fill("ses i morgen")
        await card.get_by_role("button", name="Ja").click()
        await page.wait_for_card("Lisbet Daugaard-Hansen: vote ja")

    posted = await pg.wait_for(lambda m: m.card is not None)
    assert posted.conversation_id == pg.mock.group_chat
    png = await asyncio.to_thread(shot.read_bytes)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    invoke = (await pg.wait_for_exchange(lambda x: x.name == "invoke", since=since)).activity
    assert invoke["from"]["id"] == "29:lisbet" and invoke["value"]["action"]["verb"] == "vote"
    assert invoke["value"]["action"]["data"] == {"choice": "ja", "note": "ses i morgen"}
