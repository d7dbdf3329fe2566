"""the full-text index of the minutes

Written by hand: SQLite gets an FTS5 table (rowid = the entry's id) and a trigger that drops an
entry's words with the entry; PostgreSQL a table with a generated tsvector under a GIN index and
a foreign key that does the same. The stems themselves are made in Python (meetings/stemming.py),
so the index starts empty; minutes written before it are indexed by `reindex_group`.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 14:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = (
    # remove_diacritics 0: "å" and "a" are different letters in Danish.
    "CREATE VIRTUAL TABLE minutes_search USING fts5("
    "title, notes, decision, tokenize = 'unicode61 remove_diacritics 0')",
    # Entry ids can be reused on SQLite; an entry's words must not outlive it.
    "CREATE TRIGGER minutes_search_forget AFTER DELETE ON minutes_entries "
    "BEGIN DELETE FROM minutes_search WHERE rowid = old.id; END",
)
SQLITE_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS minutes_search_forget",
    "DROP TABLE IF EXISTS minutes_search",
)
POSTGRESQL_UPGRADE = (
    "CREATE TABLE minutes_search ("
    " entry_id INTEGER NOT NULL PRIMARY KEY"
    " REFERENCES minutes_entries (id) ON DELETE CASCADE,"
    " title TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
    " decision TEXT NOT NULL DEFAULT '',"
    # 'simple': the words are stems already; it only lower-cases and splits them.
    " document TSVECTOR GENERATED ALWAYS AS"
    " (to_tsvector('simple', title || ' ' || notes || ' ' || decision)) STORED)",
    "CREATE INDEX ix_minutes_search_document ON minutes_search USING GIN (document)",
)
POSTGRESQL_DOWNGRADE = ("DROP TABLE IF EXISTS minutes_search",)


def _run(statements: Sequence[str]) -> None:
    for statement in statements:
        op.execute(statement)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    _run(SQLITE_UPGRADE if _sqlite() else POSTGRESQL_UPGRADE)


def downgrade() -> None:
    _run(SQLITE_DOWNGRADE if _sqlite() else POSTGRESQL_DOWNGRADE)
