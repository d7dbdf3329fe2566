"""One lane per conversation: its messages go out one at a time, in the order they were claimed."""

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator


class Lanes:
    """A lock per conversation, shared by a worker's overlapping batches and dropped when idle.

    asyncio.Lock wakes its waiters first come, first served, so a later batch's message to a
    conversation waits behind an earlier batch's, and conversations never wait for each other.
    """

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: Counter[str] = Counter()

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def held(self) -> int:
        """How many conversations have a lane now."""
        return len(self._locks)
