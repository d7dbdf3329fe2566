"""Minutes end to end: the app in this process on a fake clock (see tests/e2e/in_process.py)."""

from tests.e2e.in_process import app, database_file, pg, playground  # noqa: F401
