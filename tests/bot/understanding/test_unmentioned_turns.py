"""Messages in the group chat and a channel that do not @mention the bot, as Teams delivers them
once the chat has granted ChatMessage.Read.Chat / ChannelMessage.Read.Group: a minutes line is
captured while the minutes are open; everything else leaves no trace."""

import logging
from datetime import UTC, datetime

from sqlalchemy import func, select

from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group, Member
from meetings.minutes.entities import Minutes, MinutesEntry
from tests.bot.minutes.minutes_turn_steps import DECISION, entry, held, opened, the_minutes
from tests.card_reading import card_text

ORDINARY = "Jeg er ti minutter forsinket, start bare uden mig"


async def unmentioned(bot, text: str | None = None, *, name: str = "group_message_unmentioned",
                      user: dict | None = None) -> None:
    """A recorded message without an @mention; `user` is the sender (the secretary unless
    given)."""
    activity = bot.activity(name)
    if text is not None:
        activity["text"] = text
        activity["attachments"] = [{"contentType": "text/html", "content": f"<p>{text}</p>"}]
    activity["from"] = user or {"id": "29:1lisbet-daugaard-hansen",
                                "name": "Lisbet Daugaard-Hansen", "aadObjectId": "aad-lisbet"}
    await bot.post(activity)


async def count(bot, model) -> int:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(model))


async def test_an_unmentioned_minutes_line_is_captured_while_the_minutes_are_open(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4")
    await unmentioned(bot, "#beslutning " + DECISION)
    assert bot.connector.texts() == [
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse.",
        "Noteret under pkt. 4: beslutning."]
    assert (await entry(bot)).decision == DECISION


async def test_without_open_minutes_an_unmentioned_minutes_line_is_ignored(bot):
    await held(bot)  # the meeting is under way, but nobody has opened the minutes
    bot.connector.clear()
    await unmentioned(bot, "#beslutning " + DECISION)
    assert bot.connector.sent == []
    assert await count(bot, Minutes) == 0  # a mentioned line would have opened them
    assert await count(bot, MinutesEntry) == 0


async def test_after_the_minutes_are_sent_for_approval_unmentioned_lines_are_ignored(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    await unmentioned(bot, "#beslutning " + DECISION)
    minutes = await the_minutes(bot)
    card = await bot.click("minutes.post", {"minutes_id": minutes.id, "version": minutes.version})
    assert "Sendt til gruppen til godkendelse." in card_text(card["value"])
    minutes = await the_minutes(bot)
    bot.connector.clear()
    await unmentioned(bot, "#beslutning Netværket nedlægges")
    await unmentioned(bot, "#note Husk kage næste gang")
    assert bot.connector.sent == []
    after = await entry(bot)
    assert (after.decision, after.notes) == (DECISION, None)
    assert (await the_minutes(bot)).version == minutes.version


async def test_minutes_left_as_a_draft_take_unmentioned_lines_to_the_next_day_and_no_longer(
        bot):
    await held(bot)  # Friday 5 February, 10-13
    await opened(bot)  # and never sent for approval
    bot.clock.set(datetime(2027, 2, 6, 22, 0, tzinfo=UTC))  # 23.00 the next day: still open
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4")
    assert bot.connector.texts() == [
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse."]
    bot.connector.clear()
    bot.clock.set(datetime(2027, 2, 19, 9, 0, tzinfo=UTC))  # two weeks later
    await unmentioned(bot, "#info til alle: husk tilmelding til temadagen 3. marts")
    await unmentioned(bot, "#punkt til næste gang: plejefamilier igen?")
    assert bot.connector.sent == []


async def test_an_unmentioned_line_that_is_no_minutes_line_is_ignored_while_they_are_open(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    for text in (ORDINARY, "#fredagskage er på bordet", "hjælp", "hvornår er næste møde?"):
        await unmentioned(bot, text)
    assert bot.connector.sent == []
    assert (await entry(bot)).notes is None


async def test_an_unmentioned_ordinary_message_gets_no_answer_and_leaves_no_row_or_log_line(
        bot, caplog):
    caplog.set_level(logging.DEBUG)  # everything any logger would write, SQL included
    await unmentioned(bot, user={"id": "29:1rie-nielsen", "name": "Rie Nielsen",
                                 "aadObjectId": "aad-rie"})
    await unmentioned(bot, name="channel_message_unmentioned",
                      user={"id": "29:1daniel-gottrup", "name": "Daniel Gottrup",
                            "aadObjectId": "aad-daniel"})
    assert bot.connector.sent == []
    for model in (Group, Member, ConversationAddress):
        assert await count(bot, model) == 0, model
    for words in (ORDINARY, "Husk at læse bilag 7", "Rie Nielsen", "aad-rie", "29:1daniel"):
        assert not [r for r in caplog.records if words in r.getMessage() or words in str(
            r.__dict__)], words


async def test_a_message_that_mentions_the_bot_is_still_answered_in_a_channel(bot):
    activity = bot.activity("channel_message_unmentioned")
    activity["text"] = "<at>Mødebot</at> hjælp"
    activity["entities"].append({"type": "mention", "text": "<at>Mødebot</at>", "mentioned": {
        "id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}})
    await bot.post(activity)
    assert "Det kan Mødebot" in card_text(bot.connector.cards()[-1])


async def test_a_minutes_line_typed_a_slip_off_is_answered_not_lost_while_they_are_open(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    bot.connector.clear()
    await unmentioned(bot, "#beslutnig " + DECISION)
    await unmentioned(bot, "# opgave Daniel sender notatet rundt, frist 1. marts")
    assert bot.connector.texts() == [
        f"Det blev ikke noteret. Skriv linjen sådan: “#beslutning {DECISION}”",
        "Det blev ikke noteret. Skriv linjen sådan: "
        "“#opgave Daniel sender notatet rundt, frist 1. marts”"]
    assert (await entry(bot)).decision is None  # never noted on a guess
    bot.connector.clear()
    await unmentioned(bot, "#decison we recommend more foster families")
    assert bot.connector.texts() == [
        "Not noted. Write the line like this: “#decision we recommend more foster families”"]


async def test_a_slipped_minutes_line_or_a_heading_is_ignored_without_open_minutes(bot):
    await held(bot)  # nobody has opened the minutes
    bot.connector.clear()
    await unmentioned(bot, "#beslutnig " + DECISION)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "# Referat fra mødet i marts")
    assert bot.connector.sent == []


async def test_a_heading_over_minutes_lines_is_skipped_and_the_lines_noted(bot):
    await held(bot)
    lines = f"Referat:\n#punkt 4\n#beslutning {DECISION}"
    await unmentioned(bot, lines)  # before "referat" opened the minutes: not taken
    assert await count(bot, MinutesEntry) == 0
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, lines)
    assert "Referat" not in "\n".join(bot.connector.texts())
    assert (await entry(bot)).decision == DECISION
    assert (await entry(bot)).notes in (None, "")
