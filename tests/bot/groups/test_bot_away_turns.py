"""The bot removed from a group's chat and added again some weeks later: what fell due while it
was away is neither used up nor told as done, and the group's year goes on from where it is."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.outbox.ticks import AGENDA, CHASE, MINUTES
from meetings.common.outbox_kind import OutboxKind
from tests.bot.agenda.cycle_steps import sent_texts, tick_everything
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.groups.test_leaving_turns import BOT, outbox, pending_to, removed
from tests.bot.groups.test_member_turns import members
from tests.bot.minutes.minutes_turn_steps import the_minutes
from tests.bot.minutes.test_minutes_approval_turns import posted
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text

CPH = ZoneInfo("Europe/Copenhagen")
TASK = "opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 15. december"


async def delivered(bot) -> list[tuple[str, str]]:
    """(conversation, card text) of what the delivery worker sends now."""
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    return [(a["_conversation"], card_text(a["attachments"][0]["content"]))
            for a in bot.connector.sent if a.get("attachments")]


async def test_the_call_for_items_due_while_the_bot_was_away_goes_out_when_it_is_back(bot):
    await planned(bot)  # 5 February 2027: the call on 15 January, items until 26 January
    await bot.post(removed(bot, BOT))
    bot.clock.set(datetime(2027, 1, 18, 9, 0, tzinfo=UTC))  # the call's time, the bot away
    await AGENDA.run(bot.uow, bot.clock)
    assert await delivered(bot) == []
    await bot.install()  # added again the same morning, a week before the deadline
    await AGENDA.run(bot.uow, bot.clock)
    calls = [text for chat, text in await delivered(bot) if chat.startswith(GROUP)]
    assert any("tirsdag den 26. januar 2027" in text for text in calls), calls


async def test_task_reminders_due_while_the_bot_was_away_are_not_counted_as_given(bot):
    await planned(bot)
    await bot.say(TASK)
    await bot.post(removed(bot, BOT))
    day = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    while day < datetime(2026, 12, 18, 9, 0, tzinfo=UTC):  # the reminders' days pass, away
        bot.clock.set(day)
        await CHASE.run(bot.uow, bot.clock)
        day += timedelta(days=1)
    await bot.install()
    bot.clock.set(datetime(2026, 12, 18, 9, 0, tzinfo=UTC))
    await CHASE.run(bot.uow, bot.clock)
    sent = await delivered(bot)
    # Rie, never reminded while the bot was away, is reminded of her task three days overdue.
    [(chat, text)] = sent
    assert chat == "a:personal-29:1rie-nielsen"
    assert "Overskredet siden tirsdag den 15. december 2026" in text


async def test_the_meeting_reminder_of_a_group_the_bot_came_back_to_is_posted_on_its_day(bot):
    await planned(bot)  # its reminder, queued then: Thursday 4 February 2027 at 09.00
    await bot.post(removed(bot, BOT))
    bot.clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.install()  # added again in December
    await tick_everything(bot, datetime(2027, 2, 4, 9, 0, tzinfo=CPH))
    assert any(text.startswith("Påmindelse om møde") and "fredag den 5. februar 2027" in text
               for text in sent_texts(bot, GROUP)), sent_texts(bot, GROUP)


async def test_the_meeting_reminder_of_a_group_still_without_the_bot_is_given_up_on_its_day(
        bot):
    await planned(bot)
    await pending_to(bot, (await members(bot))["Rie"].id, "due-now")
    await bot.post(removed(bot, BOT))
    assert (await outbox(bot))["due-now"].status == "dead"  # due now: given up at once
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 2, 4, 9, 0, tzinfo=CPH))
    assert bot.connector.sent == []
    [reminder] = [r for r in (await outbox(bot)).values() if r.kind == OutboxKind.MEETING_REMINDER]
    assert reminder.status == "dead"


async def test_the_bot_added_again_says_it_is_back_with_everything_once(bot):
    await planned(bot)
    await bot.post(removed(bot, BOT))
    bot.connector.clear()
    bot.clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    await bot.install()  # Teams sends the installation and the bot among those added
    added = bot.activity("group_installation_update")
    added.pop("action")
    added.update(type="conversationUpdate", membersAdded=[BOT])
    await bot.post(added)
    [back] = bot.connector.texts()
    assert back.startswith("Jeg er tilbage i gruppen. Møder, dagsordener, referater og opgaver "
                           "er gemt"), back
    assert "første møde" not in back  # not greeted as a new group
    assert "Det kan Mødebot" in card_text(bot.connector.cards()[-1])  # the help card


async def test_minutes_are_not_approved_by_silence_while_nobody_could_comment(bot):
    """The bot removed two days after the minutes were posted: *Kommentér* answers nobody, so
    the deadline passing then is no silence. Added back, they are approved at the next tick
    and the group is told, as it never was."""
    minutes, _ = await posted(bot)  # the deadline: the end of Friday 12 February 2027
    await delivered(bot)
    bot.clock.set(datetime(2027, 2, 9, 9, 0, tzinfo=CPH))
    await bot.post(removed(bot, BOT))
    bot.clock.set(datetime(2027, 2, 16, 9, 0, tzinfo=CPH))
    await MINUTES.run(bot.uow, bot.clock)
    assert (await the_minutes(bot)).status == "posted"
    await bot.install()  # added back on Tuesday morning
    await tick_everything(bot, datetime(2027, 2, 16, 9, 1, tzinfo=CPH))
    assert (await the_minutes(bot)).status == "approved"
    assert any("Referatet er godkendt" in text for text in sent_texts(bot, GROUP))


async def test_the_bot_added_again_takes_the_names_teams_gives_now(bot):
    """The one turn that reads the whole roster (nothing else does: a renamed member is renamed
    otherwise by her next message to the bot) renames whoever Teams names anew meanwhile."""
    await planned(bot)
    await bot.post(removed(bot, BOT))
    bot.connector.members = [{**account, "name": "Rie Holm"} if account["name"] == "Rie Nielsen"
                             else account for account in bot.connector.members]
    await bot.install()
    assert (await members(bot))["Rie"].name == "Rie Holm"
    bot.connector.clear()
    await bot.say("medlemmer")
    text = card_text(bot.connector.cards()[-1])
    assert "Rie Holm" in text and "Rie Nielsen" not in text
