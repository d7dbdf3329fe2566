"""The inbound deserializer gives the bot exactly what msrest's `Activity().deserialize` gives:
on every recorded Teams activity, on the other shapes Teams sends, and on malformed input."""

import copy
import json
from pathlib import Path

import pytest
from botbuilder.schema import Activity
from msrest.exceptions import DeserializationError

from bot.teams.inbound import inbound_activity

RECORDED = Path(__file__).parents[2] / "bot" / "activities"
SERVICE = "https://smba.trafficmanager.net/emea/"
LISBET = {"id": "29:1lisbet", "name": "Lisbet Daugaard-Hansen", "aadObjectId": "aad-lisbet"}
BOT = {"id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}
CHAT = {"isGroup": True, "conversationType": "groupChat", "tenantId": "t1",
        "id": "19:netvaerk-boern-unge@thread.v2"}


def recorded() -> list[dict]:
    bodies = [json.loads(path.read_text()) for path in sorted(RECORDED.glob("*.json"))]
    return [body for body in bodies if isinstance(body, dict) and body.get("type")]


def base(**fields) -> dict:
    return {"type": "message", "id": "1763630141361", "channelId": "msteams",
            "serviceUrl": SERVICE, "from": LISBET, "recipient": BOT, "conversation": CHAT,
            "timestamp": "2026-11-20T09:15:41.3612345Z", **fields}


TEAMS_SHAPES = {
    "channel message with team and channel": base(
        text="<at>Mødebot</at> dagsorden", conversation={
            "isGroup": True, "conversationType": "channel", "tenantId": "t1",
            "id": "19:abc@thread.tacv2;messageid=1763630141361"},
        channelData={"teamsChannelId": "19:abc@thread.tacv2", "teamsTeamId": "19:team",
                     "channel": {"id": "19:abc@thread.tacv2"},
                     "team": {"id": "19:team", "name": "KKR Sjælland"},
                     "tenant": {"id": "t1"}}),
    "personal chat with an html attachment": base(
        conversation={"conversationType": "personal", "tenantId": "t1", "id": "a:1xyz"},
        attachments=[{"contentType": "text/html", "content": "<p>mine opgaver</p>"}],
        text="mine opgaver", textFormat="plain", locale="en-GB",
        localTimestamp="2026-11-20T10:15:41.361+01:00", localTimezone="Europe/Copenhagen"),
    "Action.Execute invoke": base(
        type="invoke", name="adaptiveCard/action", replyToId="1763630141000",
        value={"action": {"type": "Action.Execute", "verb": "task.done",
                          "data": {"task": 12, "lang": "da", "seen": None, "n": 1.5}},
               "trigger": "manual"}),
    "Action.Submit from an older client": base(
        value={"verb": "agenda.add", "title": "Plejefamilier", "minutes": "20"}),
    "members added and removed": base(
        type="conversationUpdate",
        membersAdded=[{"id": "29:rie", "aadObjectId": "aad-rie"}],
        membersRemoved=[{"id": "29:daniel"}],
        channelData={"eventType": "teamMemberAdded", "tenant": {"id": "t1"},
                     "settings": {"selectedChannel": {"id": "19:abc"}}}),
    "reaction": base(type="messageReaction", reactionsAdded=[{"type": "like"}],
                     replyToId="1763630141000"),
    "installation update": base(type="installationUpdate", action="add"),
    "unknown keys, top-level and nested": base(
        futureField={"a": [1, 2, {"b": None}]}, recipient={**BOT, "role": "bot", "extra": 1},
        entities=[{"type": "mention", "mentioned": BOT, "text": "<at>Mødebot</at>"},
                  {"type": "clientInfo", "locale": "da-DK", "timezone": "Europe/Copenhagen"}]),
    "nulls everywhere": base(text=None, entities=None, attachments=None, value=None,
                             channelData=None, locale=None),
    "an unknown activity type stays a string": base(type="somethingNew"),
    "numbers where text is expected": base(id=1763630141361, text=42,
                                           conversation={**CHAT, "isGroup": "true"}),
}


@pytest.mark.parametrize("body", recorded(), ids=lambda body: body["type"])
def test_recorded_activities_come_out_as_msrest_makes_them(body):
    assert inbound_activity(copy.deepcopy(body)) == Activity().deserialize(copy.deepcopy(body))


@pytest.mark.parametrize("body", TEAMS_SHAPES.values(), ids=TEAMS_SHAPES.keys())
def test_other_teams_shapes_come_out_as_msrest_makes_them(body):
    ours, theirs = inbound_activity(copy.deepcopy(body)), Activity().deserialize(body)

    assert ours == theirs
    assert ours.serialize() == theirs.serialize()


def test_what_the_bot_reads_is_typed_as_msrest_types_it():
    activity = inbound_activity(TEAMS_SHAPES["Action.Execute invoke"])

    assert activity.from_property.aad_object_id == "aad-lisbet"
    assert activity.conversation.is_group is True
    assert activity.timestamp.isoformat() == "2026-11-20T09:15:41.361234+00:00"
    assert activity.value["action"]["data"]["task"] == 12
    unknown = inbound_activity(TEAMS_SHAPES["unknown keys, top-level and nested"])
    assert unknown.additional_properties == {"futureField": {"a": [1, 2, {"b": None}]}}
    recipient = unknown.recipient
    assert (recipient.role, recipient.additional_properties) == ("bot", {"extra": 1})
    assert unknown.entities[0].additional_properties["mentioned"] == BOT


MALFORMED = {
    "from is a string": base(**{"from": "29:lisbet"}),
    "entities is a dict": base(entities={"type": "mention"}),
    "membersAdded holds strings": base(membersAdded=["29:rie"]),
    "timestamp is not a date": base(timestamp="i går"),
    "isGroup is not a boolean": base(conversation={**CHAT, "isGroup": "måske"}),
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_activities_are_refused_as_msrest_refuses_them(body):
    with pytest.raises(DeserializationError):
        Activity().deserialize(copy.deepcopy(body))
    with pytest.raises(DeserializationError):
        inbound_activity(body)
