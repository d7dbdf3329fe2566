"""Sent and given-up messages are deleted 30 days after they were due, in batches, by a tick;
a message still waiting, and one of a meeting not yet over (its card may still be updated in
place), stay."""

from datetime import timedelta

from sqlalchemy import func, select

from bot.outbox.ticks import RETENTION
from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.planning.entities import Meeting
from tests.integration.conftest import GROUP_CHAT


async def count(setup) -> int:
    async with setup.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(OutboxMessage))


async def fanned_out(setup, n: int) -> None:
    """n messages of one fan-out, settled: every tenth given up, the rest sent (written as
    the worker leaves them: sending 2,000 to one chat at Teams' rate takes over an hour)."""
    now = setup.clock.now()
    async with setup.uow() as uow:
        for i in range(n):
            status = OutboxStatus.DEAD if i % 10 == 0 else OutboxStatus.SENT
            await uow.outbox.enqueue(
                dedupe_key=f"fan-out-{i}", kind="text", payload={"text": "x"},
                group_id=setup.group_id, conversation_id=GROUP_CHAT, due_at=now,
                created_at=now, status=status, attempts=1,
                sent_at=now if status == OutboxStatus.SENT else None)
        await uow.commit()


async def meeting_in(setup, days: int) -> int:
    now = setup.clock.now()
    async with setup.uow() as uow:
        meeting = Meeting(group_id=setup.group_id, title="Netværksmøde",
                          starts_at=now + timedelta(days=days),
                          ends_at=now + timedelta(days=days, hours=3), calendar_token="t" * 32,
                          created_at=now, updated_at=now)
        uow.meetings.add(meeting)
        await uow.commit()
        return meeting.id


async def test_sent_and_given_up_messages_are_gone_30_days_on_and_waiting_ones_stay(setup):
    await fanned_out(setup, 2000)
    await setup.enqueue("agenda", meeting_id=await meeting_in(setup, 45))
    assert await setup.worker().drain() == 1
    await setup.enqueue("next month", due_at=setup.clock.now() + timedelta(days=40))

    setup.clock.advance(timedelta(days=29))
    assert await RETENTION.run(setup.uow, setup.clock) == []
    assert await count(setup) == 2002
    setup.clock.advance(timedelta(days=2))
    deleted = [len(await RETENTION.run(setup.uow, setup.clock)) for _ in range(4)]
    assert max(deleted) <= 1000 and sum(deleted) == 2000 and deleted[-1] == 0
    assert set(await setup.rows()) == {"agenda", "next month"}

    setup.clock.advance(timedelta(days=45))  # the meeting is over: its card is history
    await RETENTION.run(setup.uow, setup.clock)
    assert set(await setup.rows()) == {"next month"}
