"""The web process keeps answering Teams while background work is done: the ticks and the
delivery run on a loop of their own, and a Word document is written off the loop that serves."""

import asyncio
import logging
import secrets
from datetime import UTC, datetime

from app import create_app
from bot.outbox.background import THREAD_NAME
from bot.settings import Settings
from meetings.minutes.entities import Minutes, MinutesEntry
from tests.bot.agenda.test_agenda_turns import planned
from tests.links import minutes_path

GROUP = "19:netvaerk-boern-unge@thread.v2"
# Long minutes: 300 items of 40 lines each take a second or more to write as Word.
LONG_NOTES = "\n".join(["Kommunerne fortalte om status på deres arbejde siden sidst."] * 40)


def with_background_work(url: str) -> Settings:
    return Settings(APP_ID="", DATABASE_URL=url, PUBLIC_URL="http://127.0.0.1:3978",
                    DELIVERY_WORKER=True, DELIVERY_TICK_SECONDS=0.05, CYCLE_TICK_SECONDS=0.05,
                    RATE_LIMIT_PER_SECOND=0)


async def test_the_ticks_and_the_delivery_run_beside_the_loop_that_serves_teams(
    bot, bot_database, aiohttp_client, caplog,
):
    await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    bot.connector.clear()
    bot.clock.set(datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # the call for input is due
    with caplog.at_level(logging.INFO):
        client = await aiohttp_client(create_app(with_background_work(bot_database),
                                                 clock=bot.clock))
        for _ in range(300):
            if any(a["_conversation"] == GROUP for a in bot.connector.sent):
                break
            assert (await client.get("/healthz")).status == 200
            await asyncio.sleep(0.05)
    [call] = [a for a in bot.connector.sent if a["_conversation"] == GROUP]
    assert call["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    ticks = [r for r in caplog.records if r.getMessage() in ("agenda tick", "delivery worker "
                                                             "started")]
    assert {r.getMessage() for r in ticks} == {"agenda tick", "delivery worker started"}
    assert {r.threadName for r in ticks} == {THREAD_NAME}


async def test_healthz_is_answered_while_long_minutes_are_written_as_word(bot):
    meeting_id = await planned(bot)
    path = await long_minutes(bot, meeting_id)
    document = asyncio.ensure_future(bot.client.get(path))
    answered_meanwhile = 0
    while not document.done():
        assert (await bot.client.get("/healthz")).status == 200
        answered_meanwhile += not document.done()
    response = await document
    assert response.status == 200
    assert (await response.read()).startswith(b"PK")  # a Word file is a zip
    # Written on the loop, the document let through only the few asked before it began.
    assert answered_meanwhile >= 10


async def long_minutes(bot, meeting_id: int) -> str:
    """Minutes of 300 long entries; the path of their Word file's link."""
    token = secrets.token_urlsafe(24)
    now = bot.clock.now()
    async with bot.uow() as uow:
        meeting = await uow.meetings.get(meeting_id)
        minutes = Minutes(meeting_id=meeting_id, group_id=meeting.group_id,
                          document_token=token, created_at=now, updated_at=now)
        uow.session.add(minutes)
        await uow.flush()
        uow.session.add_all([MinutesEntry(minutes_id=minutes.id, number=number,
                                          title=f"Punkt {number}", notes=LONG_NOTES,
                                          updated_at=now) for number in range(1, 301)])
        await uow.commit()
    return minutes_path(minutes, "docx", now)
