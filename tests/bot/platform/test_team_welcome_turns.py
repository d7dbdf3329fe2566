"""Somebody added to a team joins the group of every channel the bot serves there, and gets one
welcome in her 1:1 chat naming those groups, not one per channel; one added back to the team,
who had been in its groups before, gets none."""

from datetime import timedelta

from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.conftest import USERS
from tests.bot.platform.test_channel_thread_turns import PLANNING_THREAD, write_in_thread
from tests.bot.platform.test_team_events import (
    OTHER,
    OTHER_THREAD,
    POVL,
    in_two_channels,
    stored,
)
from tests.bot.platform.test_team_events import team_event as team_wide_event


async def sent_to(bot, person: dict) -> list[dict]:
    """What the outbox sends to the person's 1:1 chat."""
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    return [a for a in bot.connector.sent if a["_conversation"].endswith(person["id"])]


async def test_one_added_to_the_team_gets_one_welcome_naming_every_channels_group(bot):
    await in_two_channels(bot)
    renamed = team_wide_event(bot, "channelRenamed")
    renamed["channelData"]["channel"] = {"id": OTHER, "name": "Styregruppe"}
    await bot.post(renamed)
    added = team_wide_event(bot, "teamMemberAdded", membersAdded=[POVL])
    await bot.post(added)
    await bot.post({**added, "id": "1795699999999"})  # Teams says it again
    [welcome] = await sent_to(bot, POVL)
    assert welcome["text"] == (
        "Velkommen i Netværksgruppe Børn og Unge – Møder og Netværksgruppe Børn og Unge – "
        "Styregruppe! Jeg er Mødebot og holder styr på gruppernes møder, dagsordener, referater "
        "og opgaver. Spørg mig her, fx “hvornår er næste møde?”, eller skriv “hjælp”.\n\n"
        "You may also write to me in English: I answer in the language you write in.")


async def test_one_added_back_to_the_team_who_was_in_its_groups_gets_no_welcome(bot):
    await in_two_channels(bot)
    for i, thread in enumerate((PLANNING_THREAD, OTHER_THREAD)):
        await write_in_thread(bot, thread, "hvornår er næste møde?", user="daniel",
                              message_id=f"176364000099{i}")
    await bot.post(team_wide_event(bot, "teamMemberRemoved", membersRemoved=[USERS["daniel"]]))
    bot.clock.advance(timedelta(days=30))
    daniel = {**USERS["daniel"], "userPrincipalName": "daniel.gottrup@ringsted.dk"}
    await bot.post(team_wide_event(bot, "teamMemberAdded", membersAdded=[daniel]))
    _, members = await stored(bot)
    assert [m.left_at for m in members if m.name == "Daniel Gottrup"] == [None, None]
    assert await sent_to(bot, USERS["daniel"]) == []
