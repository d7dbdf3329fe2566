"""What to do after a failed send: try again when, or give up why."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from meetings.common.vocabulary import OutboxStatus

MAX_ATTEMPTS = 8
MAX_THROTTLED_ATTEMPTS = 20  # a 429 says "later", not "never": allow more of them
BASE_DELAY = timedelta(seconds=2)
MAX_DELAY = timedelta(minutes=10)
PERMANENT = frozenset({400, 403, 404, 413})


@dataclass(frozen=True)
class Failure:
    status: int  # HTTP status, 0 for a timeout or a connection error
    code: str | None = None
    retry_after: float | None = None  # seconds

    def reason(self) -> str:
        what = f"HTTP {self.status}" if self.status else "timeout or connection error"
        return f"{what} {self.code}" if self.code else what


@dataclass(frozen=True)
class Decision:
    status: OutboxStatus
    next_attempt_at: datetime | None
    reason: str


def after_failure(failure: Failure, attempts: int, now: datetime,
                  rng: random.Random | None = None) -> Decision:
    """403 (the user blocked the bot), 404, 413 and 400 will not get better: give up at once.
    429 waits for Retry-After plus jitter, so throttled replicas do not return in step; the
    rest back off exponentially with jitter, up to a bounded number of attempts."""
    rng = rng or random.Random()
    reason = failure.reason()
    if failure.status in PERMANENT:
        return Decision(OutboxStatus.DEAD, None, reason)
    if failure.status == 429:
        if attempts >= MAX_THROTTLED_ATTEMPTS:
            return Decision(OutboxStatus.DEAD, None, reason)
        wait = timedelta(seconds=failure.retry_after) if failure.retry_after is not None \
            else backoff(attempts, rng)
        return Decision(OutboxStatus.FAILED, now + wait + _jitter(rng), reason)
    if attempts >= MAX_ATTEMPTS:
        # The row keeps its attempts; the secretary's list says how many in their language.
        return Decision(OutboxStatus.DEAD, None, reason)
    return Decision(OutboxStatus.FAILED, now + backoff(attempts, rng), reason)


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """2 s, 4 s, 8 s … capped at 10 min, each drawn from its upper half ("equal jitter")."""
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** max(attempts - 1, 0)))
    return ceiling * rng.uniform(0.5, 1.0)


def _jitter(rng: random.Random) -> timedelta:
    return timedelta(seconds=rng.uniform(0.0, 1.0))
