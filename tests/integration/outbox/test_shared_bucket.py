"""The tenant's token bucket in PostgreSQL holds for all replicas together."""

import asyncio

import pytest

from storage.database import create_engine
from storage.repositories.rate_buckets import SharedTokenBucket, shared_bucket


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_concurrent_takers_on_separate_connections_share_one_bucket(migrated_url):
    engines = [create_engine(migrated_url) for _ in range(3)]  # three "replicas"
    buckets = [SharedTokenBucket(engine, rate=1.0, capacity=10) for engine in engines]
    try:
        waits = await asyncio.gather(*(buckets[n % 3].take("tenant-a", 0.0) for n in range(30)))
        taken = sum(1 for wait in waits if wait == 0.0)
        assert 10 <= taken <= 11  # the savings, plus at most one refilled during the test
        assert all(0.0 < wait <= 1.0 for wait in waits if wait)
        assert await buckets[0].take("tenant-b", 0.0) == 0.0  # tenants do not share
    finally:
        for engine in engines:
            await engine.dispose()


async def test_the_bucket_is_shared_on_postgresql_and_kept_in_the_process_on_sqlite(database_url):
    engine = create_engine(database_url)
    try:
        bucket = shared_bucket(engine, rate=30.0, capacity=6.0)
    finally:
        await engine.dispose()
    if engine.dialect.name == "postgresql":
        assert isinstance(bucket, SharedTokenBucket)
        assert (bucket.rate, bucket.capacity) == (30.0, 6.0)
    else:
        assert bucket is None
