"""The bot in a Teams channel: every reply thread of the channel belongs to the channel's one
group, and an answer goes to the thread the message was written in."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.groups.entities import Group
from tests.bot.conftest import USERS
from tests.bot.test_turns import LINE, count, meetings
from tests.card_reading import card_text

CHANNEL = "19:moeder-kanal@thread.tacv2"
PLANNING_THREAD = f"{CHANNEL};messageid=1763630324502"
OTHER_THREAD = f"{CHANNEL};messageid=1763639999001"
BOT = {"id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}
DURING = datetime(2027, 2, 5, 9, 30, tzinfo=UTC)  # 10.30 in Copenhagen, the meeting under way


async def install_in_channel(bot) -> None:
    recorded = bot.activity("channel_message_unmentioned")
    activity = bot.activity("group_installation_update", channelData=recorded["channelData"])
    activity["conversation"] = {**recorded["conversation"], "id": CHANNEL}
    await bot.post(activity)


async def write_in_thread(bot, thread: str, text: str, *, user: str = "lisbet",
                          mention: bool = True, message_id: str | None = None) -> None:
    activity = bot.activity("channel_message_unmentioned",
                            **({"id": message_id} if message_id else {}))
    activity["from"] = USERS[user]
    activity["conversation"] = {**activity["conversation"], "id": thread}
    activity["text"] = f"<at>Mødebot</at> {text}" if mention else text
    activity["attachments"] = [{"contentType": "text/html", "content": f"<p>{text}</p>"}]
    if mention:
        activity["entities"].append({"type": "mention", "text": "<at>Mødebot</at>",
                                     "mentioned": BOT})
    await bot.post(activity)


async def test_a_question_in_a_thread_is_answered_with_the_channels_meeting_in_that_thread(bot):
    await install_in_channel(bot)
    await write_in_thread(bot, PLANNING_THREAD, LINE)
    [meeting] = await meetings(bot)
    bot.connector.clear()

    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?", user="rie",
                          message_id="1763640000777")
    [answer] = bot.connector.sent
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in card_text(
        answer["attachments"][0]["content"])
    assert answer["_conversation"] == OTHER_THREAD  # in the thread, not a new post
    assert answer["replyToId"] == "1763640000777"
    async with bot.uow() as uow:
        groups = list(await uow.session.scalars(select(Group)))
    assert [g.conversation_id for g in groups] == [CHANNEL]
    assert meeting.group_id == groups[0].id


async def test_a_thread_plans_no_meeting_of_its_own_and_the_channel_keeps_one_group(bot):
    await install_in_channel(bot)
    await write_in_thread(bot, PLANNING_THREAD, LINE)
    bot.connector.clear()
    await write_in_thread(bot, OTHER_THREAD, LINE)  # the same line again, in another thread
    assert "Der er allerede et møde på det tidspunkt." in bot.connector.texts()[-1]
    assert len(await meetings(bot)) == 1
    assert await count(bot, Group) == 1


async def test_an_unmentioned_minutes_line_in_any_thread_counts_while_the_minutes_are_open(bot):
    await install_in_channel(bot)
    await write_in_thread(bot, PLANNING_THREAD, LINE)
    bot.clock.set(DURING)
    await write_in_thread(bot, PLANNING_THREAD, "referat")
    bot.connector.clear()
    await write_in_thread(bot, OTHER_THREAD, "#punkt 1", mention=False)
    [noted] = bot.connector.sent
    assert noted["text"].startswith("Noterer nu under pkt. 1:")
    assert noted["_conversation"] == OTHER_THREAD
