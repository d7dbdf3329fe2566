"""The agenda cycle on a fake clock, as members see it in Teams: the call for input in the
group chat, a 1:1 nudge, the published agenda, and the agenda updated in place after an edit."""

import asyncio
import contextlib
import logging
import random
from datetime import UTC, datetime

from bot.outbox import runtime as delivery_runtime
from bot.outbox.delivery import DeliveryOptions, DeliveryWorker
from bot.outbox.messages import RENDERERS
from bot.outbox.rate_limits import RateLimiter, TokenBucket
from bot.outbox.ticks import AGENDA, Tick
from bot.teams.connector import TeamsConnector
from cards import CardTooLarge
from meetings.common.outbox_kind import OutboxKind
from storage.errors import StorageError
from tests.bot.agenda.test_agenda_manager_turns import propose
from tests.bot.agenda.test_agenda_size_turns import crowded_agenda
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import card_text, elements

GROUP = "19:netvaerk-boern-unge@thread.v2"


async def tick_and_deliver(bot, at: datetime) -> None:
    bot.clock.set(at)
    await AGENDA.run(bot.uow, bot.clock)
    async with worker(bot) as delivery:
        await delivery.drain()


@contextlib.asynccontextmanager
async def worker(bot):
    connector = TeamsConnector(timeout=1.0, clock=bot.clock)
    try:
        yield DeliveryWorker(bot.uow, connector, bot.clock, RateLimiter(TokenBucket(rate=10_000)),
                             "http://bot.test", DeliveryOptions(), owner="test",
                             rng=random.Random(7))
    finally:
        await connector.close()


def verbs(card: dict) -> set[str]:
    return {e["verb"] for e in elements(card) if e.get("type") == "Action.Execute"}


async def test_call_nudge_agenda_and_an_update_in_place(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    bot.connector.clear()

    await tick_and_deliver(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # 21 days before
    [call] = [a for a in bot.connector.sent if a["_conversation"] == GROUP]
    card = call["attachments"][0]["content"]
    assert verbs(card) == {"item.form", "item.nothing"}
    assert "tirsdag den 26. januar 2027 kl. 12.00" in card_text(card)
    assert {"Foreslå et punkt", "Intet fra os"} <= set(card_text(card).splitlines())

    await bot.click("item.nothing", {"meeting_id": meeting_id}, user="daniel")
    bot.connector.clear()
    await tick_and_deliver(bot, datetime(2027, 1, 22, 8, 0, tzinfo=UTC))  # 2 working days
    nudges = [a for a in bot.connector.sent if a["_conversation"] != GROUP]
    assert len(nudges) == 2  # Lisbet and Rie; Daniel answered
    assert all(verbs(n["attachments"][0]["content"]) == {"item.form", "item.nothing"}
               for n in nudges)

    # After the deadline the chair adds an item at once; the agenda goes out with it.
    bot.clock.set(datetime(2027, 1, 27, 8, 0, tzinfo=UTC))
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id})
    bot.connector.clear()
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))  # 7 days before
    [published] = [a for a in bot.connector.sent if a["_conversation"] == GROUP]
    text = card_text(published["attachments"][0]["content"])
    assert "Kommune-runden" in text and "10.00–10.10" in text and ITEM["title"] in text
    assert verbs(published["attachments"][0]["content"]) == {"attendance.answer"}
    assert {"Deltager", "Afbud", "Sender stedfortræder"} <= set(text.splitlines())

    # Another item after publication: the posted agenda follows.
    await bot.click("item.propose", {**ITEM, "title": "Socialtilsyn Øst", "meeting_id": meeting_id})
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 5, tzinfo=UTC))
    [update] = bot.connector.updated
    async with bot.uow() as uow:
        posted = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    assert update["_activity"] == posted.teams_message_id
    updated = card_text(update["attachments"][0]["content"])
    assert "Socialtilsyn Øst" in updated and "Bilag 1" in updated


async def test_the_agenda_tick_logs_a_database_failure_and_carries_on(clock, caplog):
    @contextlib.asynccontextmanager
    async def broken():
        raise StorageError("database is locked")
        yield

    with caplog.at_level(logging.WARNING):
        assert await AGENDA.run(broken, clock) == []
    assert "database unavailable" in caplog.text


async def test_the_scheduler_that_drives_delivery_also_drives_the_agenda_cycle(bot):
    await planned(bot)
    bot.connector.clear()
    bot.clock.set(datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    async with worker(bot) as delivery, delivery_runtime.ticking(delivery, 0.05, 0.05):
        for _ in range(100):
            if bot.connector.cards():
                break
            await asyncio.sleep(0.05)
    assert "item.form" in verbs(bot.connector.cards()[0])


async def test_stopping_lets_a_running_tick_finish_instead_of_cancelling_it(bot, monkeypatch):
    """A tick cancelled mid-statement could leave its SQLite connection unclosed, and its
    aiosqlite thread kept `app.py worker` alive after SIGTERM."""
    await bot.install()
    started, finished = asyncio.Event(), []

    async def slow(uow, now):
        started.set()
        await asyncio.sleep(0.3)
        await uow.groups.get(1)  # a statement after the stop was asked for
        finished.append(now)
        return []

    monkeypatch.setattr(delivery_runtime, "TICKS", (Tick("slow", slow),))
    async with worker(bot) as delivery:
        async with delivery_runtime.ticking(delivery, 60, 0.05):
            await asyncio.wait_for(started.wait(), 5)
    assert finished == [bot.clock.now()]


async def test_cancelling_after_the_agenda_was_posted_calls_off_the_posted_card(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    bot.clock.set(datetime(2027, 1, 27, 8, 0, tzinfo=UTC))
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id})
    bot.connector.clear()
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))  # published
    bot.clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id})
    await tick_and_deliver(bot, datetime(2027, 2, 1, 9, 1, tzinfo=UTC))
    async with bot.uow() as uow:
        posted = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    [update] = [u for u in bot.connector.updated if u["_activity"] == posted.teams_message_id]
    card = update["attachments"][0]["content"]
    assert "Mødet er aflyst" in card_text(card)
    assert "attendance.answer" not in verbs(card)  # no Deltager / Afbud on it any more


async def test_a_crowded_agenda_goes_out_with_the_next_meetings_call_due_at_the_same_time(bot):
    await crowded_agenda(bot)  # fredag 5. februar 2027: published 29 January 09.00
    await bot.say("nyt møde fredag 19. februar 2027 kl. 10-13 i Ringsted")  # its call then too
    bot.connector.clear()
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))
    posted = [card_text(a["attachments"][0]["content"]) for a in bot.connector.sent
              if a["_conversation"] == GROUP]
    assert [text.splitlines()[0] for text in posted] == ["Dagsorden", "Punkter til dagsordenen?"]


async def test_a_card_that_cannot_fit_is_given_up_alone_and_logged(bot, monkeypatch, caplog):
    meeting_id = await crowded_agenda(bot, 1)
    await bot.say("nyt møde fredag 19. februar 2027 kl. 10-13 i Ringsted")

    async def too_large(turn, row):
        raise CardTooLarge("card agenda is 29259 bytes, more than 28672")

    monkeypatch.setitem(RENDERERS, OutboxKind.AGENDA_PUBLISHED, too_large)
    bot.connector.clear()
    with caplog.at_level(logging.ERROR):
        await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))
    posted = [card_text(a["attachments"][0]["content"]) for a in bot.connector.sent
              if a["_conversation"] == GROUP]
    assert [text.splitlines()[0] for text in posted] == ["Punkter til dagsordenen?"]
    async with bot.uow() as uow:
        given_up = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    assert (given_up.status, given_up.last_error) == ("dead", "the card is too large for Teams")
    assert "card too large" in caplog.text


async def test_changing_the_standing_items_after_publication_updates_the_posted_agenda(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    bot.clock.set(datetime(2027, 1, 27, 8, 0, tzinfo=UTC))
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id})  # accepted at once
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))  # published
    form = await bot.click("settings.form", {})
    inputs = {e["id"]: e.get("value") for e in elements(form["value"]) if "id" in e}
    rows = {key: value for key, value in inputs.items() if key.startswith("standing_")}
    [kommune] = [key for key, value in rows.items() if value == "Kommune-runden"]
    rows[kommune.replace("_title", "_minutes")] = "60"  # 30 minutes become 60
    await bot.click("settings.save", {"call_days": 21, "deadline_days": 10, "publish_days": 7,
                                      "item_minutes": 20, "deadline_time": "12:00", **rows})
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 5, tzinfo=UTC))
    async with bot.uow() as uow:
        posted = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    [update] = [u for u in bot.connector.updated if u["_activity"] == posted.teams_message_id]
    assert "3. 10.25–11.25 · Kommune-runden" in card_text(update["attachments"][0]["content"])


async def told_of_deferral(bot, meeting_id: int) -> str:
    item = (await propose(bot, meeting_id, "Plejefamilier"))["Plejefamilier"]
    await bot.click("item.review", {"item_id": item.id, "decision": "defer"})
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [told] = [a for a in bot.connector.sent if a["_conversation"] != GROUP]
    return card_text(told["attachments"][0]["content"])


async def test_the_proposer_of_a_deferred_item_is_told_the_meeting_it_moved_to(bot):
    first = await planned(bot)  # fredag 5. februar 2027
    await bot.say("nyt møde fredag 12. marts 2027 kl. 10-13 i Ringsted")
    text = await told_of_deferral(bot, first)
    assert "Det er flyttet til mødet fredag den 12. marts 2027 kl. 10.00–13.00" in text
    assert "5. februar" not in text


async def test_without_a_later_meeting_the_deferred_item_waits_for_the_next_one_planned(bot):
    text = await told_of_deferral(bot, await planned(bot))
    assert "Det venter, til næste møde er planlagt, og er mærket som udskudt" in text
    assert "5. februar" not in text


async def test_an_item_accepted_while_the_agenda_is_being_posted_reaches_the_posted_card(bot):
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    proposed = await propose(bot, meeting_id, "Alfa", "Beta")
    await bot.click("item.review", {"item_id": proposed["Alfa"].id, "decision": "accept"})
    await tick_and_deliver(bot, datetime(2027, 1, 15, 8, 0, tzinfo=UTC))  # the call and more
    bot.clock.set(datetime(2027, 1, 29, 8, 0, tzinfo=UTC))
    await AGENDA.run(bot.uow, bot.clock)  # the agenda is published with Alfa only
    bot.connector.clear()
    gate = bot.connector.gates[GROUP] = asyncio.Event()  # Teams is slow to take the post
    async with worker(bot) as delivery:
        posting = asyncio.create_task(delivery.tick())
        await bot.connector.at_gate.wait()  # the agenda card is rendered and on its way
        await bot.click("item.review", {"item_id": proposed["Beta"].id, "decision": "accept"})
        await delivery.tick()  # the scheduler's next tick, while the post is on its way
        gate.set()
        await posting
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 1, tzinfo=UTC))
    async with bot.uow() as uow:
        posted = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    [first] = [a for a in bot.connector.sent if a["_conversation"] == GROUP]
    assert "Beta" not in card_text(first["attachments"][0]["content"])
    [update] = [u for u in bot.connector.updated if u["_activity"] == posted.teams_message_id]
    lines = card_text(update["attachments"][0]["content"]).splitlines()
    assert {"Alfa", "Beta"} <= {line.split(" · ")[-1] for line in lines}

