"""Alembic environment: runs migrations through the project's async engine."""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

import storage.models  # noqa: F401  (maps the domain's classes; every table joins metadata)
from storage.database import create_engine
from storage.models.base import metadata
from storage.repositories.search import is_search_table


def include_name(name: str | None, type_: str, _parents) -> bool:
    # The search index is made by hand in its migration (an FTS5 table on SQLite cannot be a
    # model), so the comparison of models and database leaves it out.
    return not (type_ == "table" and is_search_table(name))


def run_migrations(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        # Batch mode rebuilds a table by dropping the old one; with foreign keys on, the drop
        # cascades and deletes the rows pointing at it (a meeting's outbox messages). The
        # pragma only works outside a transaction, hence the commit.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_online() -> None:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    async with engine.connect() as connection:
        await connection.run_sync(run_migrations)
    await engine.dispose()


asyncio.run(run_online())
