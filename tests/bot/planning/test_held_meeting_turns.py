"""A meeting that has begun keeps its day: the card the secretary got while it ran still has
*Flyt* and *Aflys*, and weeks later a click must not cancel it (its approved minutes would
belong to a cancelled meeting, which the annual report counts as not held) nor move its
minutes to another day. "næste møde" in a move or a cancel is the next one not yet begun."""

import logging
from datetime import timedelta

from sqlalchemy import select

from meetings.minutes.cycle import settle_minutes
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.bot.minutes.minutes_turn_steps import held, opened
from tests.bot.minutes.test_minutes_approval_turns import posted
from tests.bot.reports.test_annual_report_turns import report_markdown
from tests.card_reading import card_text

MOVE = {"date": "2027-04-30", "start": "10:00", "end": "13:00",
        "place": "Ringsted, Hækkerupsvej 1", "online": "false", "theme": ""}


async def approved(bot) -> int:
    """The meeting of 5 February 2027, its minutes approved by silence, a week later."""
    minutes, _ = await posted(bot)
    bot.clock.set(minutes.approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()
    bot.clock.set(bot.clock.now() + timedelta(days=7))
    return minutes.meeting_id


async def meeting(bot, meeting_id: int) -> Meeting:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(Meeting).where(Meeting.id == meeting_id))


async def test_a_held_meeting_with_approved_minutes_cannot_be_cancelled_on_its_card(bot, caplog):
    meeting_id = await approved(bot)
    caplog.set_level(logging.WARNING)
    asked = (await bot.click("meeting.cancel", {"meeting_id": meeting_id}))["value"]
    assert "Mødet fredag den 5. februar 2027 kl. 10.00–13.00 er holdt" in asked, asked
    assert "kan ikke længere flyttes eller aflyses" in asked and "aflys næste møde" in asked
    confirmed = (await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id}))["value"]
    assert "er holdt" in confirmed, confirmed
    assert (await meeting(bot, meeting_id)).status != MeetingStatus.CANCELLED
    assert "5. februar 2027" in await report_markdown(bot, "årsrapport 2027")
    assert [r for r in caplog.records if r.getMessage() == "refused: the meeting has begun"]


async def test_a_held_meeting_with_approved_minutes_cannot_be_moved_on_its_card(bot):
    meeting_id = await approved(bot)
    before = await meeting(bot, meeting_id)
    answer = (await bot.click("meeting.move", {"meeting_id": meeting_id, **MOVE}))["value"]
    assert "er holdt" in answer and "flyt næste møde til" in answer, answer
    assert (await meeting(bot, meeting_id)).starts_at == before.starts_at


async def test_a_held_meeting_named_by_its_date_is_not_cancelled_and_says_why(bot):
    meeting_id = await approved(bot)
    bot.connector.clear()
    await bot.say("aflys mødet 5. februar 2027")
    [answer] = bot.connector.texts()
    assert "er holdt" in answer, answer
    assert (await meeting(bot, meeting_id)).status != MeetingStatus.CANCELLED


async def test_aflys_naeste_moede_during_a_meeting_asks_about_the_one_after_it(bot):
    """10.30, the meeting of 5 February under way with its minutes open, the next one on 12
    March: "aflys næste møde" asks about 12 March, and the meeting going on is not cancelled,
    not even by a forged click."""
    meeting_id = await held(bot)
    await opened(bot)
    await bot.say("nyt møde fredag 12. marts 2027 kl. 10-13 i Køge")
    bot.connector.clear()
    await bot.say("aflys næste møde")
    question = card_text(bot.connector.cards()[-1])
    assert "12. marts 2027" in question and "5. februar 2027" not in question, question
    answer = (await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id}))["value"]
    assert "Mødet fredag den 5. februar 2027 kl. 10.00–13.00 er i gang" in answer, answer
    assert (await meeting(bot, meeting_id)).status != MeetingStatus.CANCELLED


async def test_flyt_naeste_moede_during_a_meeting_moves_the_one_after_it(bot):
    meeting_id = await held(bot)
    await bot.say("nyt møde fredag 12. marts 2027 kl. 10-13 i Køge")
    await bot.say("flyt næste møde til 19. marts 2027")
    under_way = await meeting(bot, meeting_id)
    assert under_way.starts_at.date().isoformat() == "2027-02-05"
    async with bot.uow() as uow:
        days = [m.starts_at.date().isoformat()
                for m in await uow.session.scalars(select(Meeting).order_by(Meeting.starts_at))]
    assert days == ["2027-02-05", "2027-03-19"]
