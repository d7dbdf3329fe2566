"""Helpers the test layers share: a group and its meetings on any unit of work, the agenda
tests' World with the minutes' and the tasks' steps on it (a database's or the fake's), a free
loopback port, a throwaway PostgreSQL server. tests/unit and tests/bot import these, never
tests/integration (tests/unit/platform/test_test_layers.py)."""
