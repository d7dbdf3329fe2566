"""Minutes lines edited or deleted in Teams, turn by turn: Teams sends `messageUpdate`
("editMessage") and `messageDelete` ("softDeleteMessage") with the message's id, and the draft
minutes follow what the line now says."""

import asyncio

from sqlalchemy import select

from meetings.minutes.entities import MinutesLine
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.minutes.minutes_turn_steps import entry, held, opened, the_minutes
from tests.bot.tasks.task_turn_steps import tasks

WRONG = "Netværket besluttede at nedlægge plejefamilieordningen"
RIGHT = "Netværket besluttede at styrke plejefamilieordningen"


def line(bot, recorded: str, text: str | None, message_id: str) -> dict:
    """The minute-taker's (Lisbet's) message, unmentioned, as Teams sends it."""
    activity = bot.activity(recorded, id=message_id, **{"from": USERS["lisbet"]})
    if text is not None:
        activity["text"] = text
        activity["attachments"] = [{"contentType": "text/html", "content": f"<p>{text}</p>"}]
    return activity


async def write(bot, text: str, message_id: str) -> None:
    await bot.post(line(bot, "group_message_unmentioned", text, message_id))


async def edit(bot, text: str, message_id: str) -> list[str]:
    bot.connector.clear()
    await bot.post(line(bot, "group_message_edit", text, message_id))
    return bot.connector.texts()


async def delete(bot, message_id: str) -> list[str]:
    bot.connector.clear()
    await bot.post(line(bot, "group_message_soft_delete", None, message_id))
    return bot.connector.texts()


async def test_an_edited_decision_replaces_the_first_and_a_deleted_one_leaves(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770283700000")
    await write(bot, "#beslutning Netværket holder fast i temadagen", "1770283750000")
    await write(bot, "#beslutning " + WRONG, "1770283800000")
    assert await edit(bot, "#beslutning " + RIGHT, "1770283800000") == [
        "Rettet under pkt. 4: beslutning."]
    assert (await entry(bot)).decision == "Netværket holder fast i temadagen\n" + RIGHT
    assert await delete(bot, "1770283750000") == ["Fjernet fra pkt. 4: beslutning."]
    assert (await entry(bot)).decision == RIGHT
    assert await delete(bot, "1770283800000") == ["Fjernet fra pkt. 4: beslutning."]
    assert (await entry(bot)).decision is None
    async with bot.uow() as uow:  # only the "#punkt 4" message is remembered still
        assert [row.kind for row in await uow.session.scalars(select(MinutesLine))] == ["item"]


async def test_an_edited_task_line_makes_the_task_anew_and_a_deleted_one_cancels_it(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#opgave Rie ringer til Socialtilsyn Øst, frist 19. februar",
                "1770283900000")
    said = await edit(bot, "#punkt 4\n#opgave Rie ringer til Socialtilsyn Øst, frist "
                           "26. februar", "1770283900000")
    assert said == ["Opgave under pkt. 4: Rie ringer til Socialtilsyn Øst, frist fredag den "
                    "26. februar 2027."]
    assert [(t.status, t.due_on.day) for t in await tasks(bot)] == [
        ("cancelled", 19), ("open", 26)]
    assert await delete(bot, "1770283900000") == [
        "Opgaven under pkt. 4 er annulleret: Rie ringer til Socialtilsyn Øst."]
    assert [t.status for t in await tasks(bot)] == ["cancelled", "cancelled"]


async def test_an_edit_after_posting_changes_nothing_and_says_where_to_correct(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning " + WRONG, "1770284000000")
    minutes = await the_minutes(bot)
    await bot.click("minutes.post", {"minutes_id": minutes.id, "version": minutes.version})
    said = await edit(bot, "#punkt 4\n#beslutning " + RIGHT, "1770284000000")
    assert said == ["Referatet er sendt til godkendelse, så en linje rettet i chatten ændrer "
                    "det ikke længere. Ret pkt. 4 på referatets kort: skriv “referat” og vælg "
                    "“Ret”."]
    assert (await entry(bot)).decision == WRONG


async def test_an_edit_of_an_item_changed_on_its_card_since_is_left_to_the_card(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning " + WRONG, "1770284100000")
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "",
                                           "decision": "Skrevet om på kortet", "guests": ""})
    said = await edit(bot, "#punkt 4\n#beslutning " + RIGHT, "1770284100000")
    assert said[0].startswith("Pkt. 4 er siden ændret på sit kort")
    assert (await entry(bot)).decision == "Skrevet om på kortet"


async def test_an_ordinary_message_edited_or_deleted_is_not_answered(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "Jeg er ti minutter forsinket", "1770284200000")
    assert await edit(bot, "Jeg er et kvarter forsinket", "1770284200000") == []
    assert await delete(bot, "1770284200000") == []
    assert (await entry(bot)).decision is None


async def test_a_slipped_line_corrected_by_editing_it_is_noted_then(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770283700000")
    await write(bot, "#beslutnig " + RIGHT, "1770283800000")  # answered: not noted
    assert (await entry(bot)).decision is None
    assert await edit(bot, "#beslutning " + RIGHT, "1770283800000") == [
        "Noteret under pkt. 4: beslutning."]
    assert (await entry(bot)).decision == RIGHT
    assert await edit(bot, "#beslutning " + WRONG, "1770283800000") == [
        "Rettet under pkt. 4: beslutning."]  # and followed from then on
    assert (await entry(bot)).decision == WRONG


async def test_an_ordinary_message_edited_leaves_no_trace(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "Jeg er lidt forsinket", "1770283900000")
    assert await edit(bot, "Jeg er ti minutter forsinket", "1770283900000") == []
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(MinutesLine))) == []


async def test_a_corrected_slip_delivered_twice_one_after_the_other_is_noted_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770283700000")
    await write(bot, "#beslutnig " + RIGHT, "1770283800000")
    assert await edit(bot, "#beslutning " + RIGHT, "1770283800000") == [
        "Noteret under pkt. 4: beslutning."]
    assert await edit(bot, "#beslutning " + RIGHT, "1770283800000") == []  # Teams' retry
    assert (await entry(bot)).decision == RIGHT


async def test_a_corrected_slip_delivered_twice_at_once_is_noted_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770283700000")
    await write(bot, "#beslutnig " + RIGHT, "1770283800000")
    corrected = line(bot, "group_message_edit", "#beslutning " + RIGHT, "1770283800000")
    bot.connector.clear()
    await asyncio.gather(bot.post(corrected), bot.post(corrected))
    assert bot.connector.texts() == ["Noteret under pkt. 4: beslutning."]
    assert (await entry(bot)).decision == RIGHT
    async with bot.uow() as uow:
        assert sorted(row.kind for row in await uow.session.scalars(select(MinutesLine))) == [
            "decision", "item"]  # the decision's message once, and the "#punkt 4" one


def asked(bot, kind: str, text: str, message_id: str) -> dict:
    """Lisbet's message to the bot: @mentioning it in the group's chat, or in her 1:1 chat."""
    activity = bot.activity(kind, id=message_id, **{"from": USERS["lisbet"]})
    activity["text"] = f"<at>Mødebot</at> {text}" if kind == "group_message" else text
    return activity


async def edited(bot, activity: dict, text: str) -> list[str]:
    """The message edited into `text` (the @mention kept), as Teams sends it."""
    mention = "<at>Mødebot</at> " if activity["text"].startswith("<at>") else ""
    activity = {**activity, "type": "messageUpdate", "text": mention + text,
                "channelData": {**activity.get("channelData", {}), "eventType": "editMessage"}}
    bot.connector.clear()
    await bot.post(activity)
    return bot.connector.texts()


async def test_a_question_to_the_bot_edited_is_not_asked_again(bot):
    await held(bot)
    for kind, message_id in (("group_message", "1770285000000"),
                             ("personal_message", "1770285100000")):
        question = asked(bot, kind, "hvornår er næste mode?", message_id)
        await bot.post(question)
        assert await edited(bot, question, "hvornår er næste møde?") == []


async def test_a_line_to_the_bot_edited_when_no_minutes_take_lines_is_not_answered(bot):
    """Outside the meeting the slip was answered when sent; its correction is not told that
    no meeting is going on, in the group's chat nor in the 1:1 chat."""
    await planned(bot)
    for kind, message_id in (("group_message", "1770285200000"),
                             ("personal_message", "1770285300000")):
        slip = asked(bot, kind, "#beslutnig Vi holder fast i temadagen", message_id)
        await bot.post(slip)
        assert await edited(bot, slip, "#beslutning Vi holder fast i temadagen") == []


async def test_a_line_to_the_bot_corrected_during_the_meeting_is_noted(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770285400000")
    slip = asked(bot, "group_message", "#beslutnig " + RIGHT, "1770285500000")
    await bot.post(slip)
    assert await edited(bot, slip, "#beslutning " + RIGHT) == [
        "Noteret under pkt. 4: beslutning."]
    assert (await entry(bot)).decision == RIGHT


async def test_an_edit_of_a_line_delivered_twice_at_once_is_followed_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning " + WRONG + "\n#opgave Rie ringer til tilsynet, "
                     "frist 19. februar", "1770285600000")
    corrected = line(bot, "group_message_edit", "#punkt 4\n#beslutning " + RIGHT + "\n#opgave "
                     "Rie ringer til tilsynet, frist 26. februar", "1770285600000")
    bot.connector.clear()
    await asyncio.gather(bot.post(corrected), bot.post(corrected))
    assert bot.connector.texts() == [
        "Rettet under pkt. 4: beslutning.\n\nOpgave under pkt. 4: Rie ringer til tilsynet, "
        "frist fredag den 26. februar 2027."]
    assert (await entry(bot)).decision == RIGHT
    assert [(t.status, t.due_on.day) for t in await tasks(bot)] == [
        ("cancelled", 19), ("open", 26)]


async def test_an_item_line_corrected_and_delivered_twice_is_answered_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770285700000")
    await write(bot, "#pukt 5", "1770285800000")  # answered: not noted
    assert await edit(bot, "#punkt 5", "1770285800000") == [
        "Noterer nu under pkt. 5: Opfølgning på opgaver."]
    assert await edit(bot, "#punkt 5", "1770285800000") == []  # Teams' retry
    assert (await the_minutes(bot)).current_number == 5


async def test_an_item_line_corrected_and_delivered_twice_at_once_is_answered_once(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4", "1770285700000")
    await write(bot, "#pukt 5", "1770285800000")
    corrected = line(bot, "group_message_edit", "#punkt 5", "1770285800000")
    bot.connector.clear()
    await asyncio.gather(bot.post(corrected), bot.post(corrected))
    assert bot.connector.texts() == ["Noterer nu under pkt. 5: Opfølgning på opgaver."]
