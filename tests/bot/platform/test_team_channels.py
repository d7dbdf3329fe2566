"""A team's other channels. Teams delivers @mentions from every channel of the team, and each
channel is a group of its own; it is led as the team's other channels are, and keeps the name
the team and the channel have now."""

from sqlalchemy import select

from meetings.groups.entities import Group, Member
from tests.bot.platform.test_channel_thread_turns import (
    CHANNEL,
    PLANNING_THREAD,
    install_in_channel,
    write_in_thread,
)
from tests.bot.platform.test_team_events import OTHER, OTHER_THREAD, TEAM, team_event
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text

KOEGE = "nyt møde fredag 12. februar 2027 kl. 10-13 i Køge"


async def roles(bot, conversation_id: str) -> list[tuple[str, str]]:
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(conversation_id)
        members = await uow.session.scalars(
            select(Member).where(Member.group_id == group.id).order_by(Member.id))
        return [(m.name, m.role) for m in members]


async def test_a_second_channel_of_the_team_is_led_by_the_teams_chair_and_secretary(bot):
    await install_in_channel(bot)  # Lisbet installs the app in the team, channel Møder
    await write_in_thread(bot, PLANNING_THREAD, "gør Rie til formand")
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?", user="daniel",
                          message_id="1763650000001")
    assert await roles(bot, OTHER) == [("Daniel Gottrup", "member"),
                                       ("Lisbet Daugaard-Hansen", "secretary"),
                                       ("Rie Nielsen", "chair")]
    bot.connector.clear()
    await write_in_thread(bot, OTHER_THREAD, KOEGE, user="rie", message_id="1763650000002")
    assert "Det kan kun formanden og sekretæren." not in bot.connector.texts()
    assert len(await meetings(bot)) == 1
    await write_in_thread(bot, OTHER_THREAD, "nyt møde fredag 19. februar 2027 kl. 10-13",
                          user="daniel", message_id="1763650000003")
    assert bot.connector.texts()[-1] == "Det kan kun formanden og sekretæren."


async def test_a_channel_used_before_the_bot_was_installed_is_led_by_the_installer(bot):
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?", user="daniel",
                          message_id="1763650000001")
    await install_in_channel(bot)
    assert await roles(bot, OTHER) == [("Daniel Gottrup", "member"),
                                       ("Lisbet Daugaard-Hansen", "secretary")]
    assert await roles(bot, CHANNEL) == [("Lisbet Daugaard-Hansen", "secretary"),
                                         ("Rie Nielsen", "member"),
                                         ("Daniel Gottrup", "member")]


async def names(bot) -> list[str]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Group.name).order_by(Group.id)))


async def test_a_renamed_team_and_channel_are_named_anew_in_the_next_answer(bot):
    await install_in_channel(bot)
    await write_in_thread(bot, PLANNING_THREAD, LINE)
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?",
                          message_id="1763650000001")
    renamed = team_event(bot, "teamRenamed")
    renamed["channelData"]["team"]["name"] = "Netværk Børn, Unge og Familie"
    await bot.post(renamed)
    renamed = team_event(bot, "channelRenamed")
    renamed["channelData"]["channel"] = {"id": CHANNEL, "name": "Mødeplan"}
    await bot.post(renamed)
    # (the recorded message that made the second channel's group names the channel "Møder")
    assert await names(bot) == ["Netværk Børn, Unge og Familie – Mødeplan",
                                "Netværk Børn, Unge og Familie – Møder"]

    # The next mention, as Teams sends it: the team's and channel's ids, no names.
    bot.connector.clear()
    activity = bot.activity("channel_message_unmentioned", id="1763640000555")
    activity["conversation"] = {**activity["conversation"], "id": PLANNING_THREAD}
    activity["channelData"] = {"tenant": activity["channelData"]["tenant"],
                               "team": {"id": TEAM}, "channel": {"id": CHANNEL}}
    activity["text"] = "<at>Mødebot</at> hvornår er næste møde?"
    activity["entities"].append({"type": "mention", "text": "<at>Mødebot</at>",
                                 "mentioned": {"id": activity["recipient"]["id"],
                                               "name": "Mødebot"}})
    await bot.post(activity)
    [card] = bot.connector.cards()
    assert "Netværk Børn, Unge og Familie – Mødeplan" in card_text(card)


async def test_a_dash_in_a_channels_name_stays_in_the_channels_name_through_renames(bot):
    recorded = bot.activity("channel_message_unmentioned")
    channel_data = {**recorded["channelData"], "team": {"id": TEAM, "name": "Børn"},
                    "channel": {"id": CHANNEL, "name": "Budget – 2027"}}
    installed = bot.activity("group_installation_update", channelData=channel_data)
    installed["conversation"] = {**recorded["conversation"], "id": CHANNEL}
    await bot.post(installed)
    assert await names(bot) == ["Børn – Budget – 2027"]

    renamed = team_event(bot, "teamRenamed")
    renamed["channelData"]["team"]["name"] = "Børn og Unge"
    await bot.post(renamed)
    assert await names(bot) == ["Børn og Unge – Budget – 2027"]

    renamed = team_event(bot, "channelRenamed")
    renamed["channelData"]["channel"] = {"id": CHANNEL, "name": "Økonomi – 2028"}
    await bot.post(renamed)
    assert await names(bot) == ["Børn og Unge – Økonomi – 2028"]
