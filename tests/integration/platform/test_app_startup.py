"""What the app's start-up leaves in the process: the objects it built kept out of the garbage
collector's full passes, which would otherwise walk them all in the middle of some turn; and
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
