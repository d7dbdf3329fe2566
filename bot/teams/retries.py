"""How long a turn's answer waits before it is sent again, or that it is not.

The user is waiting and Teams expects the turn to end within about 15 s, so an answer gets a
few quick tries where the outbox would wait minutes: 429 after its Retry-After (when that is
short), 412 and 5xx after a short backoff. A timeout is not tried again: the answer may have
arrived, and a second try would take another 15 s.
"""

import random

from bot.teams.connector import ConnectorError

ATTEMPTS = 3
MAX_WAIT = 5.0  # seconds: a longer Retry-After is not waited for in a turn
BACKOFF = 0.25  # seconds before the second try, doubled for each further one


def wait_before_retry(error: ConnectorError, attempt: int, rng: random.Random) -> float | None:
    """Seconds to wait before try `attempt + 1` after `error`, or None to give up."""
    if attempt >= ATTEMPTS or not _transient(error.status):
        return None
    if error.retry_after is not None:
        return error.retry_after if error.retry_after <= MAX_WAIT else None
    return BACKOFF * 2 ** (attempt - 1) * rng.uniform(0.5, 1.0)


def _transient(status: int) -> bool:
    return status in (412, 429) or status >= 500
