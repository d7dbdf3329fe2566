"""The network group's annual report 2023 made from its own minutes, as its secretary would:
seed 000 imported as a Word file and seed 001 as text, then `python app.py annual-report`. The
report holds what the group's own report 2023 holds: 18 and 16 participants, the attendance of
the 18 organisations, the theme of each meeting from the årshjul, the topics without the
procedural items, the ➤ points, next year's dates and themes, where the meetings were held."""

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import docx
import pytest

from tests.minutes_files import word_of
from tests.word_reading import assert_danish_a4

ROOT = Path(__file__).parent.parent.parent.parent
SEPTEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_09_29.txt"
NOVEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_11_24.txt"
GROUP = "Netværksgruppe Børn og Unge"


def run(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("seeds")
    database = folder / "moedebot.db"
    subprocess.run([sys.executable, "-m", "storage.migrate", "upgrade", f"sqlite:///{database}"],
                   cwd=ROOT, check=True, capture_output=True)
    with sqlite3.connect(database) as db:
        db.execute("INSERT INTO groups (conversation_id, kind, name, time_zone, language, "
                   f"created_at, report_token) VALUES ('19:n@thread.v2', 'groupChat', "
                   f"'{GROUP}', 'Europe/Copenhagen', 'da', '2026-11-25 09:00:00', 'secret')")
    word = folder / "2023-09-29.docx"
    word.write_bytes(word_of(SEPTEMBER.read_text(encoding="utf-8")))
    run(database, "import-minutes", str(word), str(NOVEMBER), "--group", GROUP)
    out = folder / "report.docx"
    done = run(database, "annual-report", "--group", GROUP, "--year", "2023", "--out", str(out))
    return done.stdout, out


def section(markdown: str, heading: str) -> str:
    return markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_each_meeting_has_its_participants_and_its_theme_from_the_annual_wheel(report):
    meetings = section(report[0], "Afholdte møder")
    assert "| 29. september 2023 | Psykiatrien (besøg fra Bakkehuset) | 13 | 0 | 4 | 1 | 18 |" \
        in meetings
    assert "| 24. november 2023 | AI + § 32 institutioner | 11 | 0 | 4 | 1 | 16 |" in meetings
    assert "2 møder med 34 deltagere" in meetings and "i alt 24 forskellige personer" in meetings


def test_all_eighteen_organisations_have_their_attendance(report):
    rows = [line for line in section(report[0], "Fremmøde pr. organisation").splitlines()
            if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 18
    assert "| Holbæk Kommune | 2 |" in rows and "| Faxe Kommune | 0 |" in rows
    assert "| Lolland Kommune | 1 |" in rows and "| Region Sjælland | 2 |" in rows


def test_topics_leave_out_procedure_and_what_did_not_take_place(report):
    topics = section(report[0], "Behandlede emner")
    assert "- § 32 institutioner" in topics and "- Børnehus Sjælland" in topics
    for left_out in ("Velkommen", "Netværksmøder 2024", "Venskabsfamilier", "Eventuelt",
                     "Dialogmøde med Socialtilsyn Øst", "Kommune-runden"):
        assert left_out not in topics


def test_the_arrow_lines_are_the_points_for_the_steering_group(report):
    points = section(report[0], "Opmærksomhedspunkter til styregruppen")
    assert "fælles offentlig løsning/understøttelse" in points
    assert "melde tilbage til styregruppen" in points  # a decision of 29 September


def test_next_years_meetings_and_themes_come_from_the_november_minutes(report):
    planned = section(report[0], "Planlagte møder og temaer 2024")
    assert "Foreslået i referatet, endnu ikke planlagt:" in planned
    for day in ("9. februar virtuelt", "20. september virtuelt", "29. november fysisk"):
        assert day in planned
    themes = [line for line in section(report[0], "Temaer 2024").splitlines()
              if line.startswith("- ")]
    assert len(themes) == 7 and "- Barnets lov" in themes and "- Plejefamilier" in themes


def test_practical_notes_and_contacts(report):
    assert "Alle møderne i 2023 blev holdt: Hækkerupsvej 1, 4100 Ringsted" in section(
        report[0], "Praktisk")
    assert "Referent: Rie Nielsen, Holbæk Kommune" in section(report[0], "Kontaktpersoner")


def test_the_word_report_is_danish_and_a4(report):
    document = docx.Document(report[1])
    made = document.core_properties.created
    assert isinstance(made, datetime)
    assert_danish_a4(document, f"Årsrapport 2023 – {GROUP}", GROUP, made)
