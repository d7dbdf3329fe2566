"""Planning announces a meeting planned, moved or cancelled; the agenda cycle and chase follow."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _run(code: str) -> subprocess.CompletedProcess:
    # A fresh interpreter: in this one, other tests have imported everything already.
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_the_bot_has_the_agenda_cycle_and_the_chase_follow_every_meeting_change():
    done = _run("import app\n"
                "from meetings.planning.follow_ups import subscribers\n"
                "for follow_ups in subscribers():\n"
                "    print(' '.join(f.__name__ for f in follow_ups))\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["start_agenda_cycle reschedule_group_chase",
                                        "realign_agenda_cycle carry_items_of_cancelled "
                                        "reschedule_group_chase",
                                        "forget_attendance"]


def test_a_meeting_planned_with_nobody_following_it_is_refused_rather_than_left_without_its_cycle():
    done = _run("import asyncio\n"
                "from meetings.planning.follow_ups import meeting_planned\n"
                "asyncio.run(meeting_planned(None, None, None, None))\n")
    assert done.returncode != 0
    assert "nothing follows a meeting's change: import meetings.follow_ups" in done.stderr
