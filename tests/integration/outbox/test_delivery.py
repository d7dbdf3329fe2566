"""The delivery worker against a fake Bot Connector on loopback, on SQLite and PostgreSQL."""

import asyncio
from datetime import timedelta

import pytest

from bot.outbox.rate_limits import RateLimiter
from bot.teams.connector import TeamsConnector
from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from tests.fake_connector import Fault
from tests.integration.conftest import GROUP_CHAT


async def test_due_messages_are_sent_once_and_their_teams_ids_kept(setup):
    for n in range(30):
        await setup.enqueue(f"k{n}")
    await setup.enqueue("later", due_at=setup.clock.now() + timedelta(hours=1))
    assert await setup.worker(batch=7).drain() == 30
    rows = await setup.rows()
    assert setup.connector.deliveries == {f"k{n}": 1 for n in range(30)}
    assert all(rows[f"k{n}"].status == OutboxStatus.SENT for n in range(30))
    assert all(rows[f"k{n}"].teams_message_id for n in range(30))
    assert rows["later"].status == OutboxStatus.PENDING


async def test_a_dedupe_key_is_queued_once(setup):
    await setup.enqueue("same")
    await setup.enqueue("same")
    await setup.worker().drain()
    assert setup.connector.deliveries["same"] == 1
    assert len(await setup.rows()) == 1


async def test_many_messages_queued_at_once_skip_the_keys_taken_and_say_which_were_added(
        setup):
    await setup.enqueue("taken")
    rows = [dict(dedupe_key=key, kind="text", payload={"text": key}, group_id=setup.group_id,
                 conversation_id=GROUP_CHAT, due_at=setup.clock.now(),
                 created_at=setup.clock.now()) for key in ("a", "taken", "b")]
    async with setup.uow() as uow:
        assert await uow.outbox.enqueue_many(rows) == {"a", "b"}
        assert await uow.outbox.enqueue_many(rows) == set()
        await uow.commit()
    await setup.worker().drain()
    assert setup.connector.deliveries == {"taken": 1, "a": 1, "b": 1}
    assert (await setup.rows())["taken"].payload == {"text": "taken"}


async def test_a_member_without_a_chat_gets_one_created_and_reused(setup):
    async with setup.uow() as uow:
        member = (await uow.members.of_group(setup.group_id))[0]
    await setup.enqueue("first", member_id=member.id)
    await setup.enqueue("second", member_id=member.id)
    await setup.worker(batch=1).drain()
    assert len(setup.connector.created) == 1
    assert setup.connector.created[0]["members"] == [{"id": member.teams_id}]
    assert {a["_conversation"] for a in setup.connector.sent} == {f"a:personal-{member.teams_id}"}
    async with setup.uow() as uow:
        assert (await uow.addresses.personal_of(member.aad_object_id)) is not None


class CountingBucket:
    """A tenant bucket that never makes anyone wait and counts the tokens taken per tenant."""

    def __init__(self) -> None:
        self.taken: dict[str, int] = {}

    async def take(self, key: str, now: float) -> float:
        self.taken[key] = self.taken.get(key, 0) + 1
        return 0.0


async def test_creating_a_members_chat_takes_a_tenant_token_as_a_send_does(setup):
    """Teams counts creating a conversation against the tenant's 50 requests/s like a send."""
    async with setup.uow() as uow:
        members = await uow.members.of_group(setup.group_id)
    for member in members:
        await setup.enqueue(f"nudge-{member.id}", member_id=member.id)
    bucket = CountingBucket()
    await setup.worker(limiter=RateLimiter(bucket)).drain()

    requests = len(setup.connector.created) + len(setup.connector.sent)
    assert (len(setup.connector.created), len(setup.connector.sent)) == (3, 3)
    assert bucket.taken == {"t": requests}


@pytest.mark.parametrize("retry_after, earliest, latest", [("3", 3, 4), (None, 1, 3)])
async def test_a_429_waits_for_retry_after_or_backs_off(setup, retry_after, earliest, latest):
    setup.connector.fail_next(Fault(429, retry_after=retry_after))
    await setup.enqueue("k")
    await setup.worker().tick()
    row = (await setup.rows())["k"]
    assert row.status == OutboxStatus.FAILED and "429" in row.last_error
    waited = (row.next_attempt_at - setup.clock.now()).total_seconds()
    assert earliest <= waited <= latest
    assert await setup.worker().tick() == 0  # not before its time
    setup.clock.advance(timedelta(seconds=latest))
    await setup.worker().tick()
    assert (await setup.rows())["k"].status == OutboxStatus.SENT
    assert setup.connector.deliveries["k"] == 1


async def test_a_retry_after_given_as_an_http_date_is_honoured(setup):
    when = setup.clock.now() + timedelta(seconds=20)
    setup.connector.fail_next(Fault(429, retry_after=when.strftime("%a, %d %b %Y %H:%M:%S GMT")))
    await setup.enqueue("k")
    await setup.worker().tick()
    row = (await setup.rows())["k"]
    assert 20 <= (row.next_attempt_at - setup.clock.now()).total_seconds() <= 21


async def test_5xx_is_retried_with_backoff_and_given_up_after_a_bound(setup):
    setup.connector.fail_next(*[Fault(503)] * 20)
    await setup.enqueue("k")
    worker = setup.worker()
    for attempt in range(1, 9):
        setup.clock.advance(timedelta(minutes=11))
        assert await worker.tick() == 1
        row = (await setup.rows())["k"]
        assert row.attempts == attempt
    assert row.status == OutboxStatus.DEAD and "503" in row.last_error
    assert setup.connector.deliveries["k"] == 0


@pytest.mark.parametrize("status, code", [(403, "MessageWritesBlocked"), (404, "NotFound"),
                                          (413, "MessageSizeTooBig")])
async def test_permanent_errors_are_dead_at_once_and_visible(setup, status, code):
    setup.connector.fail_next(Fault(status, code=code))
    await setup.enqueue("k")
    await setup.worker().tick()
    setup.clock.advance(timedelta(hours=1))
    assert await setup.worker().tick() == 0
    async with setup.uow() as uow:
        [row] = await uow.outbox.undelivered(setup.group_id)
    assert row.status == OutboxStatus.DEAD and row.attempts == 1
    assert code in row.last_error


async def test_a_timeout_is_a_transient_failure(setup):
    setup.connector.fail_next(Fault(200, hang=2.0))
    await setup.enqueue("k")
    await setup.worker().tick()
    row = (await setup.rows())["k"]
    assert row.status == OutboxStatus.FAILED
    assert "timeout" in row.last_error


SETTLED = {OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.DEAD}


async def settled(setup, keys: list[str]) -> dict[str, OutboxMessage]:
    """The rows once all of `keys` have an outcome in the database."""
    while True:
        rows = await setup.rows()
        if all(rows[key].status in SETTLED for key in keys):
            return rows
        await asyncio.sleep(0.05)


async def test_a_hung_call_holds_back_only_its_own_row_and_a_429_is_retried_after_its_wait(
    setup,
):
    async with setup.uow() as uow:
        hung, throttled, quick = await uow.members.of_group(setup.group_id)
    setup.connector.fail_next_in(f"a:personal-{hung.teams_id}", Fault(200, hang=3.0))
    setup.connector.fail_next_in(f"a:personal-{throttled.teams_id}",
                                 Fault(429, retry_after="3"))
    for key in ("group-1", "group-2"):
        await setup.enqueue(key)
    for key, member in (("hung", hung), ("throttled", throttled), ("quick", quick)):
        await setup.enqueue(key, member_id=member.id)
    client = TeamsConnector(timeout=2.5, clock=setup.clock)  # Teams' 15 s, shortened
    worker = setup.worker(client=client)
    try:
        first = asyncio.create_task(worker.tick())
        async with asyncio.timeout(1.5):  # well before the hung call's timeout
            rows = await settled(setup, ["group-1", "group-2", "quick", "throttled"])
        assert {rows[key].status for key in ("group-1", "group-2", "quick")} == {OutboxStatus.SENT}
        assert setup.connector.texts()[:2] == ["group-1", "group-2"]  # one conversation in order
        waited = (rows["throttled"].next_attempt_at - setup.clock.now()).total_seconds()
        assert rows["throttled"].status == OutboxStatus.FAILED and 3 <= waited <= 4
        assert rows["hung"].status == OutboxStatus.SENDING
        setup.clock.advance(timedelta(seconds=4))
        async with asyncio.timeout(0.8):  # the hung call is still waiting for its answer
            assert await worker.tick() == 1
        assert (await setup.rows())["throttled"].status == OutboxStatus.SENT
        assert not first.done()
        assert await first == 5
        row = (await setup.rows())["hung"]
        assert row.status == OutboxStatus.FAILED and "timeout" in row.last_error
        assert setup.connector.deliveries["throttled"] == 1
        assert "hung" not in setup.connector.deliveries
    finally:
        await client.close()


async def test_the_scheduled_tick_returns_at_once_and_shutting_down_waits_for_its_batch(setup):
    setup.connector.fail_next(Fault(200, hang=1.5))  # longer than the client's 1 s
    await setup.enqueue("k")
    worker = setup.worker()
    async with asyncio.timeout(0.5):
        await worker.launch()
    assert (await setup.rows())["k"].status in {OutboxStatus.PENDING, OutboxStatus.SENDING}
    await worker.idle()
    row = (await setup.rows())["k"]
    assert row.status == OutboxStatus.FAILED and "timeout" in row.last_error


async def test_a_row_whose_sender_died_is_sent_again_after_its_lease_and_the_dead_sender_is_fenced(
    setup,
):
    await setup.enqueue("k")
    async with setup.uow() as uow:  # worker "w1" claims and dies before sending
        [claimed] = await uow.outbox.claim("w1", setup.clock.now(), timedelta(seconds=60), 10)
        await uow.commit()
    assert await setup.worker("w2").tick() == 0  # leased: nobody else takes it
    setup.clock.advance(timedelta(seconds=61))
    assert await setup.worker("w2").tick() == 1
    async with setup.uow() as uow:  # the late "w1" cannot overwrite w2's outcome
        assert not await uow.outbox.settle(claimed, "w1", status=OutboxStatus.FAILED)
        await uow.commit()
    row = (await setup.rows())["k"]
    assert row.status == OutboxStatus.SENT and row.attempts == 2
    assert setup.connector.deliveries["k"] == 1


async def test_after_downtime_stale_messages_are_dropped_not_fired_in_a_burst(setup):
    now = setup.clock.now()
    await setup.enqueue("stale", due_at=now + timedelta(hours=1),
                        expires_at=now + timedelta(hours=2))
    await setup.enqueue("useful", due_at=now + timedelta(hours=1),
                        expires_at=now + timedelta(days=2))
    setup.clock.advance(timedelta(hours=5))  # the worker was down across both due times
    await setup.worker().drain()
    rows = await setup.rows()
    assert rows["stale"].status == OutboxStatus.DEAD and "too late" in rows["stale"].last_error
    assert rows["useful"].status == OutboxStatus.SENT
    assert setup.connector.deliveries == {"useful": 1}
