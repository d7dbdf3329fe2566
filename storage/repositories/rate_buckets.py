"""A token bucket in PostgreSQL, so that all replicas together keep the tenant's rate.

One row per key; each take is one UPDATE that refills by the time elapsed on the database's
own clock (replicas' clocks may differ) and takes a token only if one is there. The row lock
orders concurrent takers.
"""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

_CREATE = text("""
    INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (:key, :capacity, clock_timestamp())
    ON CONFLICT (key) DO NOTHING
""")
_REFILLED = (
    "LEAST(:capacity, tokens + EXTRACT(EPOCH FROM (clock_timestamp() - updated_at)) * :rate)"
)
_TAKE = text(f"""
    UPDATE rate_buckets SET tokens = {_REFILLED} - 1, updated_at = clock_timestamp()
    WHERE key = :key AND {_REFILLED} >= 1
    RETURNING tokens
""")
_WAIT = text(f"SELECT (1 - {_REFILLED}) / :rate FROM rate_buckets WHERE key = :key")


class SharedTokenBucket:
    def __init__(self, engine: AsyncEngine, rate: float, capacity: float = 1.0) -> None:
        self._engine = engine
        self.rate, self.capacity = rate, capacity

    async def take(self, key: str, now: float) -> float:
        """0.0 when a token was taken, else the seconds until one is due."""
        values = {"key": f"tenant:{key}", "rate": self.rate, "capacity": self.capacity}
        async with self._engine.begin() as connection:
            await connection.execute(_CREATE, values)
            if (await connection.execute(_TAKE, values)).first() is not None:
                return 0.0
            wait = (await connection.execute(_WAIT, values)).scalar_one()
        return max(float(wait), 0.001)


def shared_bucket(engine: AsyncEngine, rate: float, capacity: float) -> SharedTokenBucket | None:
    """The bucket every replica draws from, on PostgreSQL; None on SQLite, one process."""
    if engine.dialect.name != "postgresql":
        return None
    return SharedTokenBucket(engine, rate, capacity)
