"""A channel group's name is built in one place: the name an activity gives a new group is the
one a rename of the same team and channel would give, so nothing looks renamed that was not."""

from botbuilder.schema import Activity

from bot.teams.activity_facts import conversation_of
from meetings.groups.entities import Group
from meetings.groups.team import NAME_LENGTH, renamed

TEAM_ID = "19:team@thread.tacv2"
CHANNEL_ID = "19:kanal@thread.tacv2"


def channel_activity(team: str, channel: str) -> Activity:
    return Activity().deserialize({
        "type": "message", "id": "1", "channelId": "msteams",
        "serviceUrl": "https://smba.trafficmanager.net/emea/",
        "from": {"id": "29:rie", "name": "Rie"}, "recipient": {"id": "28:bot", "name": "Mødebot"},
        "conversation": {"isGroup": True, "conversationType": "channel", "tenantId": "t",
                         "id": f"{CHANNEL_ID};messageid=1"},
        "channelData": {"team": {"id": TEAM_ID, "name": team},
                        "channel": {"id": CHANNEL_ID, "name": channel}},
    })


def test_a_new_groups_name_is_the_one_a_rename_to_the_same_names_keeps():
    conversation = conversation_of(channel_activity(" KKR Sjælland ", "Møder " + "ø" * 250))
    assert conversation.name.startswith("KKR Sjælland – Møder ")
    assert len(conversation.name) == NAME_LENGTH
    group = Group(id=1, conversation_id=CHANNEL_ID, kind="channel", name=conversation.name,
                  tenant_id="t", team_id=TEAM_ID, time_zone="Europe/Copenhagen",
                  language="da", team_name=conversation.team_name,
                  channel_name=conversation.channel_name)
    assert not renamed(group, team=" KKR Sjælland ", channel="Møder " + "ø" * 250)
    assert group.name == conversation.name


def test_a_group_chat_without_team_or_channel_keeps_the_chats_own_name():
    activity = channel_activity("", "")
    activity.channel_data = {}
    activity.conversation.name = "Netværk Børn og Unge"
    assert conversation_of(activity).name == "Netværk Børn og Unge"
