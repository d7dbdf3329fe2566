"""The SQLite engine's pool: kept connections, and none given back inside a transaction."""

from sqlalchemy import text

from storage.database import create_engine


async def test_a_connection_left_in_a_transaction_is_rolled_back_when_given_back(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path}/pool.db")
    try:
        async with engine.connect() as connection:
            await connection.execute(text("CREATE TABLE t (n INTEGER)"))
            await connection.commit()
            # Behind SQLAlchemy's back: the pool's own reset must notice and roll back.
            raw = await connection.get_raw_connection()
            await raw.driver_connection.execute("BEGIN IMMEDIATE")
            await raw.driver_connection.execute("INSERT INTO t VALUES (1)")
            assert raw.driver_connection.in_transaction
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert not raw.driver_connection.in_transaction
            assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar() == 0
            await connection.execute(text("INSERT INTO t VALUES (2)"))  # not locked out
            await connection.commit()
    finally:
        await engine.dispose()


async def test_a_unit_of_work_ends_its_transaction_once(tmp_path):
    """The session's rollback ends the transaction; the pool does not roll back again."""
    engine = create_engine(f"sqlite:///{tmp_path}/pool.db")
    rollbacks = []
    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            driver = raw.driver_connection
        original = driver.rollback

        async def counted():
            rollbacks.append(1)
            await original()

        driver.rollback = counted
        for _ in range(3):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        assert len(rollbacks) == 3
    finally:
        await engine.dispose()
