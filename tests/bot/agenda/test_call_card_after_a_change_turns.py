"""The call for input stays true on screen: moved or cancelled after it was posted, the card
is updated in place, as the reminder and the agenda cards are."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from tests.bot.agenda.cycle_steps import tick_everything, updates_of
from tests.bot.agenda.test_agenda_cycle_delivery import verbs
from tests.bot.agenda.test_agenda_turns import planned
from tests.card_reading import card_text


async def posted_call(bot, meeting_id: int) -> str:
    async with bot.uow() as uow:
        call = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_CALL)
    return call.teams_message_id


async def test_moved_earlier_after_the_call_the_call_card_gives_the_new_date_and_deadline(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # deadline 26 January
    activity = await posted_call(bot, meeting_id)
    bot.connector.clear()
    await bot.say("flyt næste møde til 29. januar 2027 kl. 10-13")  # deadline now 19 January
    await tick_everything(bot, datetime(2027, 1, 15, 8, 5, tzinfo=UTC))
    [card] = updates_of(bot, activity)
    assert "29. januar 2027" in card_text(card)
    assert "tirsdag den 19. januar 2027 kl. 12.00" in card_text(card)
    assert "26. januar" not in card_text(card)
    assert verbs(card) == {"item.form", "item.nothing"}


async def test_cancelled_after_the_call_the_call_card_says_so_and_loses_its_buttons(bot):
    meeting_id = await planned(bot)
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    activity = await posted_call(bot, meeting_id)
    bot.connector.clear()
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id})
    await tick_everything(bot, datetime(2027, 1, 15, 8, 5, tzinfo=UTC))
    [card] = updates_of(bot, activity)
    assert "Mødet er aflyst" in card_text(card)
    assert not {"item.form", "item.nothing"} & verbs(card)


async def posted_nudges(bot, meeting_id: int) -> list[str]:
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.meeting_id == meeting_id, OutboxMessage.kind == OutboxKind.AGENDA_NUDGE))
        return [row.teams_message_id for row in rows]


async def test_moved_after_the_nudges_each_nudge_gives_the_new_deadline(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027, deadline 26 January
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    await tick_everything(bot, datetime(2027, 1, 22, 8, 0, tzinfo=UTC))  # the nudges
    nudges = await posted_nudges(bot, meeting_id)
    assert len(nudges) == 3
    bot.connector.clear()
    await bot.say("flyt næste møde til 12. februar 2027 kl. 10-13")  # deadline 2 February
    await tick_everything(bot, datetime(2027, 1, 22, 8, 5, tzinfo=UTC))
    for activity in nudges:
        [card] = updates_of(bot, activity)
        assert "26. januar" not in card_text(card)
        assert "tirsdag den 2. februar 2027 kl. 12.00" in card_text(card)
        assert verbs(card) == {"item.form", "item.nothing"}


async def test_cancelled_after_the_nudges_each_nudge_says_so_and_loses_its_buttons(bot):
    meeting_id = await planned(bot)
    await tick_everything(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    await tick_everything(bot, datetime(2027, 1, 22, 8, 0, tzinfo=UTC))
    nudges = await posted_nudges(bot, meeting_id)
    bot.connector.clear()
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id})
    await tick_everything(bot, datetime(2027, 1, 22, 8, 5, tzinfo=UTC))
    for activity in nudges:
        [card] = updates_of(bot, activity)
        assert "Mødet er aflyst" in card_text(card)
        assert not {"item.form", "item.nothing"} & verbs(card)
