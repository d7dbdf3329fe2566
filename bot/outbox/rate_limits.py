"""Keeping under Teams' limits: per conversation (7/1 s, 8/2 s, 60/30 s, 1,800/h) and per
tenant (a token bucket, 30 messages/s by default).

The limiter only says how long to wait; the caller waits with an injected `sleep`, so the
event loop keeps serving turns and tests need no patched asyncio.sleep.
"""

import asyncio
import gc
import time
from bisect import bisect_right
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.outbox.lanes import Lanes

CONVERSATION_WINDOWS = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))

Sleep = Callable[[float], Awaitable[None]]
EPSILON = 1e-9


class ConversationWindows:
    """Sliding windows per conversation over the times of recent sends.

    The times are kept in tuples of floats, which the garbage collector stops walking after
    its first look at them, and a conversation sent nothing for the longest window is
    forgotten: a worker sending to many thousands of conversations keeps only the last hour's.
    """

    def __init__(self, windows=CONVERSATION_WINDOWS) -> None:
        self._windows = windows
        self._longest = max(seconds for seconds, _ in windows)
        self._sent: dict[str, tuple[float, ...]] = {}
        self._swept: float | None = None

    def wait(self, conversation: str, now: float) -> float:
        sent = self._sent.get(conversation)
        if not sent:
            return 0.0
        sent = self._sent[conversation] = sent[bisect_right(sent, now - self._longest):]
        wait = 0.0
        for seconds, allowed in self._windows:
            recent = sent[bisect_right(sent, now - seconds):]
            if len(recent) >= allowed:
                wait = max(wait, recent[-allowed] + seconds - now)
        return wait

    def record(self, conversation: str, now: float) -> None:
        self._sent[conversation] = (*self._sent.get(conversation, ()), now)
        self._sweep(now)

    def remembered(self) -> int:
        """How many conversations' sends are kept."""
        return len(self._sent)

    def tracked_objects(self) -> int:
        """How many of the objects kept the garbage collector walks, once it has looked."""
        return sum(gc.is_tracked(sent) for sent in self._sent.values()) + gc.is_tracked(
            self._sent)

    def _sweep(self, now: float) -> None:
        """Now and then (a quarter of the longest window apart), forget the conversations
        whose last send is older than the longest window."""
        if self._swept is not None and now - self._swept < self._longest / 4:
            return
        self._swept = now
        for conversation in [c for c, sent in self._sent.items()
                             if not sent or sent[-1] <= now - self._longest]:
            del self._sent[conversation]


class TokenBucket:
    """`rate` tokens a second, at most `capacity` saved up; in this process only.

    Any second then holds at most capacity + rate sends; the default capacity of one token
    paces evenly, so no second holds more than the rate (+1 at its edge).
    """

    def __init__(self, rate: float, capacity: float = 1.0) -> None:
        self.rate, self.capacity = rate, capacity
        self._tokens, self._updated = self.capacity, None

    async def take(self, key: str, now: float) -> float:
        """Take a token if there is one (0.0), else say how long until there is."""
        if self._updated is not None:
            self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        if self._tokens >= 1 - EPSILON:  # a refill computed to 0.999… is a whole token
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self.rate


class Bucket(Protocol):
    async def take(self, key: str, now: float) -> float: ...


class RateLimiter:
    def __init__(self, bucket: Bucket, *, windows: ConversationWindows | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self._bucket, self._windows = bucket, windows or ConversationWindows()
        self._monotonic, self._sleep = monotonic, sleep
        self._lanes = Lanes()  # a lock per conversation, dropped when nothing waits

    def waiting(self) -> int:
        """How many conversations have a send in progress or waiting."""
        return self._lanes.held()

    async def acquire(self, conversation: str, tenant: str | None) -> None:
        """Return when one more message may go to `conversation` in `tenant`."""
        async with self._lanes.hold(conversation):  # one conversation's sends queue in order
            while (wait := self._windows.wait(conversation, self._monotonic())) > 0:
                await self._sleep(wait)
            while (wait := await self._bucket.take(tenant or "-", self._monotonic())) > 0:
                await self._sleep(wait)
            self._windows.record(conversation, self._monotonic())
