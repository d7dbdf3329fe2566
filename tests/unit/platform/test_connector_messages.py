"""The Bot Connector client's pure parts: Retry-After headers, how an error reads, and the JSON
an activity is sent as."""

from datetime import UTC, datetime

import pytest
from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.teams.connector import ConnectorError, activity_json, retry_after_seconds
from tests.fakes import FakeClock

CHAT = "19:netvaerk-boern-unge@thread.v2;messageid=1795606102336"
BOT = "28:00000000-0000-0000-0000-00000000b075"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize("header, seconds", [
    (None, None), ("", None), ("soon", None), ("-5", 0.0), ("1.5", 1.5), ("nan", None),
    ("Wed, 25 Nov 2026 09:00:30 GMT", 30.0), ("Wed, 25 Nov 2026 08:00:00 GMT", 0.0),
])
def test_retry_after_headers(header, seconds, clock):
    assert retry_after_seconds(header, clock.now()) == seconds


def test_an_error_reads_as_status_code_and_message():
    error = ConnectorError(403, code="MessageWritesBlocked", message="blocked")

    assert str(error) == "403 MessageWritesBlocked blocked"


def card_reply() -> Activity:
    card = {"type": "AdaptiveCard", "version": "1.5",
            "body": [{"type": "TextBlock", "text": "Næste møde", "wrap": True}],
            "actions": [{"type": "Action.Execute", "verb": "meeting.show", "data": {"id": 1}}]}
    reply = MessageFactory.attachment(CardFactory.adaptive_card(card))
    reply.text, reply.reply_to_id, reply.locale = "hej", "1795606102336", "da-DK"
    reply.conversation = ConversationAccount(id=CHAT, is_group=True)
    reply.from_property = ChannelAccount(id=BOT, name="Mødebot")
    return reply


@pytest.mark.parametrize("reply", [card_reply(), MessageFactory.text("bare tekst")],
                         ids=["card", "text"])
def test_activity_json_is_what_msrest_would_send(reply):
    assert activity_json(reply) == reply.serialize()


def test_activity_json_leaves_the_activity_as_it_was():
    reply = card_reply()
    before = reply.serialize()

    activity_json(reply)

    assert reply.serialize() == before and reply.attachments[0].content["version"] == "1.5"
