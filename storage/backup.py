"""`python app.py backup FILE` and `restore FILE`: SQLite's online backup, and its way back.

The backup API copies the database page by page under a read transaction, so the copy is
consistent while the bot serves and writes (WAL lets the writers go on). PostgreSQL has its
own tools; the commands say so instead of doing half a job.
"""

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

DONE, EXISTS, CANNOT, FAILED = 0, 1, 2, 3  # the commands' exit codes
POSTGRESQL = ("The database is PostgreSQL: back it up with pg_dump -Fc and restore it with "
              "pg_restore (see 'Backup and restore' in the README).")


def backup(database_url: str, target: Path, *, force: bool = False) -> int:
    """Copy the running database to `target`; an existing file only with force."""
    source = _sqlite_file(database_url)
    if source is None:
        return CANNOT
    if target.exists() and not force:
        return _say(EXISTS, f"{target} exists; give --force to overwrite it.")
    if not source.exists():
        return _say(CANNOT, f"There is no database at {source} to back up.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(sqlite3.connect(f"file:{source}?mode=ro", uri=True), partial)
        os.replace(partial, target)  # a failed backup leaves no half file under the name
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        return _say(FAILED, f"The backup failed: {error}")
    print(f"Backed up {source} to {target}.", file=sys.stderr)
    return DONE


def restore(database_url: str, source: Path, *, force: bool = False) -> int:
    """Replace the database with the backup `source`; an existing database only with force."""
    target = _sqlite_file(database_url)
    if target is None:
        return CANNOT
    problem = _not_a_backup(source)
    if problem:
        return _say(CANNOT, problem)
    if target.exists() and not force:
        return _say(EXISTS, f"{target} exists; stop the bot and give --force to replace it "
                            "with the backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(sqlite3.connect(f"file:{source}?mode=ro", uri=True), target)
    except (sqlite3.Error, OSError) as error:
        return _say(FAILED, f"The restore failed: {error}")
    print(f"Restored {target} from {source}.", file=sys.stderr)
    return DONE


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """The whole database in one step (-1 pages): a copy of one moment, never of several."""
    destination = sqlite3.connect(target)
    try:
        with source:
            source.backup(destination, pages=-1)
    finally:
        destination.close()
        source.close()


def _not_a_backup(source: Path) -> str | None:
    if not source.is_file():
        return f"There is no backup at {source}."
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return f"{source} is not a backup of this bot's database."
    return None


def _sqlite_file(database_url: str) -> Path | None:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        _say(CANNOT, POSTGRESQL)
        return None
    if url.database in (None, "", ":memory:"):
        _say(CANNOT, "The database lives in memory only; there is nothing to back up.")
        return None
    return Path(url.database)


def _say(code: int, message: str) -> int:
    print(message, file=sys.stderr)
    return code
