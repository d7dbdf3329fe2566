"""`python app.py import-minutes FILE… --group NAME_OR_ID` as an operator runs it, on a migrated
SQLite file: the printed report, the rows it wrote, a second run that changes nothing, a
damaged file and an unknown group."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
SEPTEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_09_29.txt"
NOVEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_11_24.txt"
TABLES = ("meetings", "minutes", "minutes_entries", "minutes_presence", "members", "tasks")


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "moedebot.db"
    subprocess.run([sys.executable, "-m", "storage.migrate", "upgrade", f"sqlite:///{path}"],
                   cwd=ROOT, check=True, capture_output=True)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO groups (conversation_id, kind, name, time_zone, language, "
                   "created_at) VALUES ('19:network@thread.v2', 'groupChat', "
                   "'Netværksgruppe Børn og Unge', 'Europe/Copenhagen', 'da', "
                   "'2026-11-25 09:00:00')")
    return path


def run(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run([sys.executable, "app.py", "import-minutes", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES}


def test_importing_by_group_name_prints_the_report_and_writes_the_rows(database):
    done = run(database, str(SEPTEMBER), "--group", "netværksgruppe børn og unge")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{SEPTEMBER}: imported as meeting 1 on 29-09-2023 10:00."
    assert lines[1] == "  9 items, 13 present, 13 absent, 4 guests."
    assert lines[2].startswith("  New members known only from minutes (27): Rie Nielsen (Holbæk)")
    assert lines[3:7] == [
        "  Tasks waiting for the chair or secretary to confirm (3):",
        "    - Christel Jørgensen: Christel undersøger, om vi kan få en 'vidensperson', fx fra "
        "KL, til at fortælle netværket om digitale løsninger ift. børneområdet (fx anvendelse "
        "af AI)",
        "    - Rie Nielsen: Rie undersøger om Socialtilsyn Øst har mulighed for at deltage.",
        "    - Povl Skov: Povl melder tilbage til Hovedstaden at Sjælland vurderer at der ikke er "
        "behov for landsdækkende koordinering på området.",
    ]
    assert lines[7:] == [
        "  Could not place (1):",
        "    - line 26: a row that is not an agenda item, not imported: Årshjul: -Prioriterede "
        "emner til netværkets møder 03.03: Samarbejde med Børnehu…",
    ]
    assert counts(database) == {"meetings": 1, "minutes": 1, "minutes_entries": 9,
                                "minutes_presence": 26, "members": 27, "tasks": 3}
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT status, import_key IS NOT NULL FROM meetings").fetchall() == [
            ("held", 1)]
        assert db.execute("SELECT count(*) FROM tasks WHERE imported_at IS NOT NULL "
                          "AND confirmed_at IS NULL AND owner_name = 'Povl Skov'").fetchone() \
            == (1,)


def test_a_second_run_changes_nothing_and_says_so(database):
    assert run(database, str(SEPTEMBER), "--group", "1").returncode == 0
    before = counts(database)
    again = run(database, str(SEPTEMBER), str(NOVEMBER), "--group", "1")
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[0] == (f"{SEPTEMBER}: already imported as meeting 1 on 29-09-2023 10:00; "
                        "nothing changed.")
    assert lines[1] == f"{NOVEMBER}: imported as meeting 2 on 24-11-2023 10:00."
    after = counts(database)
    assert after["meetings"] == before["meetings"] + 1 and after["tasks"] == before["tasks"] + 4


def test_a_damaged_file_is_reported_and_the_others_imported(database, tmp_path):
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(SEPTEMBER.read_text(encoding="utf-8").replace("den 29/9 2023 ", ""),
                       encoding="utf-8")
    done = run(database, str(damaged), str(NOVEMBER), "--group", "1")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[:2] == [f"{damaged}: not imported; nothing was written.",
                         "  Could not place (2):"]  # the annual wheel is reported too
    assert lines[2].startswith("    - no meeting date in the heading (like 'den 29/9 2023")
    assert lines[3].startswith("    - line 26: a row that is not an agenda item, not imported")
    assert f"{NOVEMBER}: imported as meeting 1 on 24-11-2023 10:00." in lines
    assert counts(database)["meetings"] == 1


def test_an_unknown_group_is_refused_with_exit_code_2(database):
    done = run(database, str(SEPTEMBER), "--group", "Styregruppen")
    assert done.returncode == 2
    assert "No single group named 'Styregruppen' (found none)" in done.stderr
    assert done.stdout == "" and counts(database)["meetings"] == 0
