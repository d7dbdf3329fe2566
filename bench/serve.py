"""One server of the benchmark in its own process: `python -m bench.serve ROLE PORT [DB_URL]`.

ROLE is `connector` (the instant fake Bot Connector), `echo` (the stock echo bot),
`echo_teams_adapter` (the same bot on our TeamsAdapter) or `moedebot` (our app from create_app
on the given, migrated database). With BENCH_PROFILE=<dir> the process writes a cProfile of
its whole life to <dir>/<role>.prof when stopped.
"""

import cProfile
import logging
import os
import sys
from pathlib import Path

from aiohttp import web

from app import create_app
from bench.echo_bot import echo_app
from bench.fake_connector import InstantConnector
from bot.settings import Settings


def build(role: str, port: int, database_url: str) -> web.Application:
    if role == "connector":
        return InstantConnector().app()
    if role in ("echo", "echo_teams_adapter"):
        return echo_app(teams_adapter=role == "echo_teams_adapter")
    settings = Settings(APP_ID="", DATABASE_URL=database_url,
                        PUBLIC_URL=f"http://127.0.0.1:{port}", LOG_LEVEL="WARNING")
    # The system clock, as in production: every message then updates the stored address.
    return create_app(settings)


def main() -> None:
    role, port = sys.argv[1], int(sys.argv[2])
    database_url = sys.argv[3] if len(sys.argv) > 3 else ""
    # Both bots log as the echo sample does: warnings only, no access log.
    logging.basicConfig(level=logging.WARNING)
    profile_dir = os.environ.get("BENCH_PROFILE")
    profiler = cProfile.Profile() if profile_dir and role != "connector" else None
    if profiler:
        profiler.enable()
    web.run_app(build(role, port, database_url), host="127.0.0.1", port=port,
                print=None, access_log=None)
    if profiler:
        profiler.disable()
        profiler.dump_stats(Path(profile_dir) / f"{role}.prof")


if __name__ == "__main__":
    main()
