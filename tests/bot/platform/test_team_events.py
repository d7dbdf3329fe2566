"""The bot in a team: what Teams says about the team as a whole reaches the group of every
channel the bot serves. Teams (learn.microsoft.com, "Conversation events in your Teams bot"):
when the bot is added the conversation id is the channel chosen at installation; "Conversation
id is set to team id for all other conversation update scenarios"."""

from datetime import timedelta

from sqlalchemy import select

from bot.outbox.ticks import AGENDA
from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group, Member
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.conftest import USERS
from tests.bot.platform.test_channel_thread_turns import (
    BOT,
    CHANNEL,
    PLANNING_THREAD,
    install_in_channel,
    write_in_thread,
)
from tests.bot.test_turns import LINE
from tests.card_reading import card_text
from tests.fake_connector import Fault

TEAM = "19:netvaerk-team@thread.tacv2"  # the team's id (= its General channel's)
OTHER = "19:styregruppe-kanal@thread.tacv2"  # a second channel of the team
OTHER_THREAD = f"{OTHER};messageid=1763650000000"
KOEGE = "nyt møde fredag 12. februar 2027 kl. 10-13 i Køge"
POVL = {"id": "29:1povl-skov", "name": "Povl Skov", "aadObjectId": "aad-povl",
        "userPrincipalName": "povl.skov@ringsted.dk"}  # as the roster gives a newcomer


def team_event(bot, event_type: str | None, activity_type: str = "conversationUpdate",
               **changes) -> dict:
    """An event about the team, addressed to the team's id as Teams sends it."""
    recorded = bot.activity("channel_message_unmentioned")
    activity = bot.activity("group_installation_update")
    activity.pop("action")
    activity.update(type=activity_type, **changes)
    activity["conversation"] = {**recorded["conversation"], "id": TEAM}
    activity["channelData"] = {"team": {"id": TEAM, "name": "Netværksgruppe Børn og Unge"},
                               "tenant": recorded["channelData"]["tenant"]}
    if event_type:
        activity["channelData"]["eventType"] = event_type
    return activity


async def in_two_channels(bot) -> None:
    """Installed in the channel Møder, planned there; the group also uses Styregruppe."""
    await install_in_channel(bot)
    await write_in_thread(bot, PLANNING_THREAD, LINE)
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?",
                          message_id="1763650000001")


async def stored(bot) -> tuple[list[Group], list[Member]]:
    async with bot.uow() as uow:
        groups = list(await uow.session.scalars(select(Group).order_by(Group.id)))
        members = list(await uow.session.scalars(select(Member).order_by(Member.id)))
    return groups, members


async def test_the_bot_removed_from_the_team_stops_every_channels_group(bot):
    await in_two_channels(bot)
    await bot.post(team_event(bot, "teamMemberRemoved", membersRemoved=[BOT]))
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    groups, _ = await stored(bot)
    assert [g.conversation_id for g in groups] == [CHANNEL, OTHER]
    assert all(g.bot_removed_at is not None and g.erase_at is not None for g in groups)

    bot.connector.clear()
    bot.clock.advance(timedelta(days=60))  # past the meeting's agenda call
    await AGENDA.run(bot.uow, bot.clock)
    async with worker(bot) as delivery:
        await delivery.drain()
    assert bot.connector.sent == []


async def test_a_member_who_leaves_the_team_leaves_every_channels_group(bot):
    await in_two_channels(bot)
    for i, thread in enumerate((PLANNING_THREAD, OTHER_THREAD)):
        await write_in_thread(bot, thread, "hvornår er næste møde?", user="daniel",
                              message_id=f"176364000099{i}")
    await bot.post(team_event(bot, "teamMemberRemoved", membersRemoved=[USERS["daniel"]]))
    _, members = await stored(bot)
    daniels = [m for m in members if m.name == "Daniel Gottrup"]
    assert len(daniels) == 2
    assert all(m.left_at is not None for m in daniels)
    assert all(m.left_at is None for m in members if m.name == "Lisbet Daugaard-Hansen")


async def test_a_member_added_to_the_team_joins_every_channels_group_and_makes_none(bot):
    await in_two_channels(bot)
    await bot.post(team_event(bot, "teamMemberAdded", membersAdded=[POVL]))
    groups, members = await stored(bot)
    assert [g.conversation_id for g in groups] == [CHANNEL, OTHER]
    povls = [(m.group_id, m.role, m.left_at) for m in members if m.name == "Povl Skov"]
    assert povls == [(groups[0].id, "member", None), (groups[1].id, "member", None)]


async def test_a_member_added_to_a_team_the_bot_serves_nowhere_makes_no_group(bot):
    await bot.post(team_event(bot, "teamMemberAdded", membersAdded=[POVL]))
    groups, members = await stored(bot)
    assert (groups, members) == ([], [])


async def test_the_bot_added_to_the_team_again_calls_off_every_channels_erasure(bot):
    await in_two_channels(bot)
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    bot.clock.advance(timedelta(days=3))
    await install_in_channel(bot)
    groups, _ = await stored(bot)
    assert [(g.bot_removed_at, g.erase_at) for g in groups] == [(None, None), (None, None)]


async def addressed(bot) -> list[str]:
    async with bot.uow() as uow:
        return sorted(await uow.session.scalars(select(ConversationAddress.conversation_id)))


async def test_the_bot_added_to_the_team_again_reaches_every_channel_it_served(bot):
    await in_two_channels(bot)
    await write_in_thread(bot, OTHER_THREAD, KOEGE, message_id="1763650000002")
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    bot.clock.advance(timedelta(days=3))
    bot.connector.channels = [{"id": TEAM}, {"id": CHANNEL, "name": "Møder"},
                              {"id": OTHER, "name": "Styregruppe"}]
    await install_in_channel(bot)
    assert await addressed(bot) == sorted([CHANNEL, OTHER])

    bot.connector.clear()
    bot.clock.advance(timedelta(days=60))  # past the Køge meeting's call for items
    await AGENDA.run(bot.uow, bot.clock)
    async with worker(bot) as delivery:
        await delivery.drain()
    [call] = [a for a in bot.connector.sent if a["_conversation"].startswith(OTHER)]
    assert "Punkter til dagsordenen?" in card_text(call["attachments"][0]["content"])


async def test_a_channel_deleted_while_the_bot_was_away_gets_no_address(bot):
    await in_two_channels(bot)
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    bot.connector.channels = [{"id": TEAM}, {"id": CHANNEL, "name": "Møder"}]
    await install_in_channel(bot)
    assert await addressed(bot) == [CHANNEL]


async def test_the_bot_added_again_when_teams_lists_no_channels_reaches_its_own(bot):
    await in_two_channels(bot)
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    bot.connector.channels = [{"id": TEAM}, {"id": CHANNEL}, {"id": OTHER}]
    bot.connector.fail_next(Fault(403, code="Forbidden"))
    await install_in_channel(bot)
    groups, _ = await stored(bot)
    assert [g.bot_removed_at for g in groups] == [None, None]
    assert not bot.connector.faults  # the channel list was asked for, and refused
    assert await addressed(bot) == [CHANNEL]  # the other when somebody writes there


async def daniel_leaves_while_the_bot_is_away(bot, channels: list[dict]) -> list[Member]:
    """Daniel writes in both channels; the bot is removed from the team, Daniel leaves the team
    unseen, and the bot is added again with the team's channels listed as given."""
    await in_two_channels(bot)
    for i, thread in enumerate((PLANNING_THREAD, OTHER_THREAD)):
        await write_in_thread(bot, thread, "hvornår er næste møde?", user="daniel",
                              message_id=f"176364000099{i}")
    await bot.post(team_event(bot, None, "installationUpdate", action="remove"))
    bot.connector.members = [m for m in bot.connector.members
                             if m.get("aadObjectId") != USERS["daniel"]["aadObjectId"]]
    bot.connector.channels = channels
    await install_in_channel(bot)
    _, members = await stored(bot)
    return [m for m in members if m.name == "Daniel Gottrup"]


async def test_a_member_gone_from_the_team_while_the_bot_was_away_left_every_channel(bot):
    daniels = await daniel_leaves_while_the_bot_is_away(bot, [
        {"id": TEAM}, {"id": CHANNEL, "name": "Møder"}, {"id": OTHER, "name": "Styregruppe"}])
    assert len(daniels) == 2
    assert all(m.left_at == bot.clock.now() for m in daniels)


async def test_a_shared_channel_keeps_members_from_outside_the_team(bot):
    daniels = await daniel_leaves_while_the_bot_is_away(bot, [
        {"id": TEAM}, {"id": CHANNEL, "name": "Møder"},
        {"id": OTHER, "name": "Styregruppe", "type": "shared"}])
    groups, _ = await stored(bot)
    left = {m.group_id: m.left_at for m in daniels}
    assert left == {groups[0].id: bot.clock.now(), groups[1].id: None}
