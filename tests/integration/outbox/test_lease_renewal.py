"""Two workers: rows waiting in a conversation's lane behind slow calls keep their lease, so
the other worker neither sends them again nor sends later rows before earlier ones."""

import asyncio
from datetime import timedelta

from bot.teams.connector import TeamsConnector
from meetings.common.vocabulary import OutboxStatus
from tests.fake_connector import Fault
from tests.integration.conftest import GROUP_CHAT

KEYS = ("a1", "a2", "a3", "a4")


async def test_rows_left_behind_a_call_longer_than_their_lease_are_sent_once_in_order(setup):
    for key in KEYS:
        await setup.enqueue(key)
    setup.connector.fail_next_in(GROUP_CHAT, Fault(status=503, hang=1.5))  # beyond the 1 s
    slow = TeamsConnector(timeout=1.0, clock=setup.clock)
    try:
        first = asyncio.create_task(setup.worker("w1", client=slow).tick())
        await asyncio.sleep(0.3)  # a1's call is waiting for its answer
        setup.clock.advance(timedelta(seconds=61))  # past the 60 s lease
        assert await setup.worker("w2").tick() == 4  # the leases ran out: w2 takes them all
        await first
    finally:
        await slow.close()

    assert dict(setup.connector.deliveries) == {key: 1 for key in KEYS}
    assert setup.connector.texts() == list(KEYS)
    assert {row.status for row in (await setup.rows()).values()} == {OutboxStatus.SENT}


async def test_rows_behind_slow_calls_keep_their_lease_and_go_out_in_order(setup):
    for key in KEYS:
        await setup.enqueue(key)
    setup.connector.fail_next_in(GROUP_CHAT, *[Fault(status=503, hang=1.5)] * 2)
    slow = TeamsConnector(timeout=1.0, clock=setup.clock)
    try:
        first = asyncio.create_task(setup.worker("w1", client=slow).tick())
        await asyncio.sleep(0.3)  # a1's call hangs
        setup.clock.advance(timedelta(seconds=40))
        await asyncio.sleep(1.0)  # a1 timed out; a2's call hangs, its lane's leases renewed
        setup.clock.advance(timedelta(seconds=25))  # past the leases taken at the claim
        # w2 takes only a1, whose retry fell due: not a3 and a4, waiting behind a2
        assert await setup.worker("w2").tick() == 1
        await first
    finally:
        await slow.close()

    assert setup.connector.texts() == ["a1", "a3", "a4"]  # a2 failed and waits for a retry
    assert max(setup.connector.deliveries.values()) == 1
    rows = await setup.rows()
    assert {key: rows[key].status for key in KEYS} == {
        "a1": OutboxStatus.SENT, "a2": OutboxStatus.FAILED,
        "a3": OutboxStatus.SENT, "a4": OutboxStatus.SENT}
