"""What the app's start-up leaves in the process: the objects it built kept out of the garbage
collector's full passes, which would otherwise walk them all in the middle of some turn (the
holiday calendars a turn would load too); and
none of the libraries only training and migrating need (scikit-learn, SciPy, Alembic: some
100 MB of memory)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
STARTED = """
import asyncio, gc, sys
from aiohttp import web
from app import create_app
from bot.settings import Settings

async def main():
    settings = Settings(APP_ID="", DATABASE_URL=sys.argv[1], DELIVERY_WORKER=False,
                        LOG_LEVEL="WARNING")
    runner = web.AppRunner(create_app(settings))
    await runner.setup()
    print(gc.get_freeze_count(), len(gc.get_objects()))
    loaded = {m.split(".")[0] for m in sys.modules}
    print(" ".join(sorted(loaded & {"sklearn", "scipy", "alembic"})))
    from datetime import date
    from meetings.common.working_days import is_working_day
    before = set(sys.modules)
    for year in (date.today().year, date.today().year + 1):
        is_working_day(date(year, 12, 24))
    print(" ".join(sorted(set(sys.modules) - before)))
    await runner.cleanup()

asyncio.run(main())
"""


def test_what_start_up_built_is_frozen_out_of_the_collectors_full_passes(migrated_url):
    done = subprocess.run([sys.executable, "-c", STARTED, migrated_url], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    counts, loaded = done.stdout.split("\n")[:2]
    frozen, collected = map(int, counts.split())
    assert frozen > 100_000 and collected < frozen / 10
    assert loaded == ""


def test_the_holiday_calendars_are_loaded_at_start_up_not_in_a_turn(migrated_url):
    # The `holidays` package imports its 279 modules (some 9,000 objects) on the first
    # calendar: then, in whichever turn asked first (55 ms), and left outside the frozen set
    # for every full collection to walk again.
    done = subprocess.run([sys.executable, "-c", STARTED, migrated_url], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    imported_by_a_turn = done.stdout.split("\n")[2]
    assert imported_by_a_turn == ""
