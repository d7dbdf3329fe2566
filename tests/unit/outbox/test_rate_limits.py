"""The limiter keeps every window and the tenant bucket, on a fake monotonic clock."""

import asyncio
import gc

import pytest

from bot.outbox.rate_limits import (
    CONVERSATION_WINDOWS,
    ConversationWindows,
    RateLimiter,
    TokenBucket,
)


class FakeTime:
    """A monotonic clock whose sleep moves it, so waits are exact and instant."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def most_in_any_window(times: list[float], seconds: float) -> int:
    return max(sum(1 for t in times if start <= t < start + seconds) for start in times)


async def send_all(limiter: RateLimiter, fake: FakeTime, targets: list[str]) -> list[float]:
    times = []
    for conversation in targets:
        await limiter.acquire(conversation, "tenant")
        times.append(fake.monotonic())
    return times


async def test_one_conversation_never_exceeds_any_teams_window():
    fake = FakeTime()
    limiter = RateLimiter(TokenBucket(rate=1000), monotonic=fake.monotonic, sleep=fake.sleep)
    times = await send_all(limiter, fake, ["19:c"] * 200)
    for seconds, allowed in CONVERSATION_WINDOWS[:3]:
        assert most_in_any_window(times, seconds) <= allowed
    assert most_in_any_window(times, 30) == 60  # the limit is reached, not undershot


async def test_the_tenant_bucket_caps_the_global_rate_across_conversations():
    fake = FakeTime()
    limiter = RateLimiter(TokenBucket(rate=30), monotonic=fake.monotonic, sleep=fake.sleep)
    times = await send_all(limiter, fake, [f"19:c{n}" for n in range(300)])
    assert most_in_any_window(times, 1.0) <= 30 + 1
    assert times[-1] - times[0] == pytest.approx((300 - 1) / 30, abs=0.05)


async def test_a_bucket_with_savings_allows_a_burst_of_its_capacity_and_no_more():
    fake = FakeTime()
    limiter = RateLimiter(TokenBucket(rate=30, capacity=10), monotonic=fake.monotonic,
                          sleep=fake.sleep)
    times = await send_all(limiter, fake, [f"19:c{n}" for n in range(100)])
    assert sum(1 for t in times if t == times[0]) == 10
    assert most_in_any_window(times, 1.0) <= 10 + 30


def test_the_hourly_window_holds_back_the_1801st_message():
    windows = ConversationWindows()
    for n in range(1800):
        windows.record("c", n * 2.0)  # one every 2 s: inside the shorter windows
    assert windows.wait("c", 3599.0) == pytest.approx(1.0)


async def test_conversations_wait_for_each_other_only_through_the_bucket():
    fake = FakeTime()
    limiter = RateLimiter(TokenBucket(rate=1000, capacity=100), monotonic=fake.monotonic,
                          sleep=fake.sleep)
    await asyncio.gather(*(limiter.acquire(f"19:c{n}", "t") for n in range(50)))
    assert sum(fake.slept) == 0


def test_a_conversation_sent_nothing_for_an_hour_is_forgotten():
    windows = ConversationWindows()
    for n in range(5):
        windows.record(f"19:group-{n}", 1000.0 + n)
    windows.record("19:busy", 4605.0)  # an hour after the others' last send
    assert windows.remembered() == 1
    assert windows.wait("19:group-0", 4605.0) == 0.0


def test_the_windows_keep_their_times_where_the_garbage_collector_need_not_walk_them():
    windows = ConversationWindows()
    for n in range(100):
        windows.record(f"19:group-{n}", 1000.0)
    gc.collect()
    assert windows.tracked_objects() <= 1


async def test_the_limiter_keeps_no_lock_for_a_conversation_with_nothing_waiting():
    fake = FakeTime()
    limiter = RateLimiter(TokenBucket(rate=1000.0), monotonic=fake.monotonic, sleep=fake.sleep)
    await send_all(limiter, fake, [f"19:group-{n}" for n in range(50)])
    assert limiter.waiting() == 0
