"""`python app.py import-minutes FILE… --group NAME_OR_ID` as an operator runs it, on a migrated
SQLite file: the printed report, the rows it wrote, a second run that changes nothing, a
damaged file and an unknown group; the seed as a Word document, text in Windows-1252, the
files that give no text, each with its message and exit code; --dry-run, which writes nothing."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.minutes_files import (
    pdf_of,
    scanned_page,
    with_part,
    with_picture_of_zeros,
    word_of,
)

ROOT = Path(__file__).parent.parent.parent.parent
SEPTEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_09_29.txt"
NOVEMBER = ROOT / "tests" / "fixtures" / "minutes" / "network_2023_11_24.txt"
SEPT_AT, NOV_AT = "Friday 29 September 2023, 10:00", "Friday 24 November 2023, 10:00"  # as cards
TABLES = ("meetings", "minutes", "minutes_entries", "minutes_presence", "members", "tasks")


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "moedebot.db"
    subprocess.run([sys.executable, "-m", "storage.migrate", "upgrade", f"sqlite:///{path}"],
                   cwd=ROOT, check=True, capture_output=True)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO groups (conversation_id, kind, name, time_zone, language, "
                   "created_at, report_token) VALUES ('19:network@thread.v2', 'groupChat', "
                   "'Netværksgruppe Børn og Unge', 'Europe/Copenhagen', 'da', "
                   "'2026-11-25 09:00:00', 'secret')")
    return path


def run(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run([sys.executable, "app.py", "import-minutes", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES}


def report_of(stdout: str) -> list[str]:
    """The lines after each file's preview of what was read (which ends in a blank line)."""
    lines, in_preview = [], False
    for line in stdout.splitlines():
        if line.endswith(": what was read (nothing written yet):"):
            in_preview = True
        elif in_preview:
            in_preview = line != ""
        else:
            lines.append(line)
    return lines


def test_importing_by_group_name_prints_the_report_and_writes_the_rows(database):
    done = run(database, str(SEPTEMBER), "--group", "netværksgruppe børn og unge")
    assert done.returncode == 0, done.stderr
    lines = report_of(done.stdout)
    assert lines[0] == f"{SEPTEMBER}: imported as meeting 1 on {SEPT_AT}."
    assert lines[1] == "  Read as UTF-8."
    assert lines[2] == "  9 items, 13 present, 13 absent, 4 guests."
    assert lines[3].startswith("  New members known only from minutes (27): Rie Nielsen (Holbæk)")
    assert lines[4:10] == [
        "  Tasks waiting for the chair or secretary to confirm (5):",
        "    - Christel undersøger, om vi kan få en 'vidensperson', fx fra "
        "KL, til at fortælle netværket om digitale løsninger ift. børneområdet (fx anvendelse "
        "af AI)",
        "    - Rie undersøger om Socialtilsyn Øst har mulighed for at deltage.",
        "    - Povl orienterer lægen om, at der i forvejen ligger en hel rapport om "
        "samarbejdet mellem praktiserende læger og psykiatrien (i regi af "
        "sundhedsklyngesamarbejdet).",
        "    - Netværksgruppen sender rapport/link til rapport til Povl",
        "    - Povl melder tilbage til Hovedstaden at Sjælland vurderer at der ikke er "
        "behov for landsdækkende koordinering på området.",
    ]
    assert lines[10:] == [
        "  Could not place (1):",
        "    - line 26: a row that is not an agenda item, not imported: Årshjul: -Prioriterede "
        "emner til netværkets møder 03.03: Samarbejde med Børnehu…",
    ]
    assert counts(database) == {"meetings": 1, "minutes": 1, "minutes_entries": 9,
                                "minutes_presence": 26, "members": 27, "tasks": 5}
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT status, import_key IS NOT NULL FROM meetings").fetchall() == [
            ("held", 1)]
        assert db.execute("SELECT count(*) FROM tasks WHERE imported_at IS NOT NULL "
                          "AND confirmed_at IS NULL AND owner_name = 'Povl Skov'").fetchone() \
            == (2,)


def test_a_second_run_changes_nothing_and_says_so(database):
    assert run(database, str(SEPTEMBER), "--group", "1").returncode == 0
    before = counts(database)
    again = run(database, str(SEPTEMBER), str(NOVEMBER), "--group", "1")
    assert again.returncode == 0, again.stderr
    lines = report_of(again.stdout)
    assert lines[0] == (f"{SEPTEMBER}: already imported as meeting 1 on {SEPT_AT}; "
                        "nothing changed.")
    assert lines[1] == "  Read as UTF-8."
    assert lines[2] == f"{NOVEMBER}: imported as meeting 2 on {NOV_AT}."
    after = counts(database)
    assert after["meetings"] == before["meetings"] + 1 and after["tasks"] == before["tasks"] + 4


def test_a_damaged_file_is_reported_and_the_others_imported(database, tmp_path):
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(SEPTEMBER.read_text(encoding="utf-8").replace("den 29/9 2023 ", ""),
                       encoding="utf-8")
    done = run(database, str(damaged), str(NOVEMBER), "--group", "1")
    assert done.returncode == 1
    lines = report_of(done.stdout)
    assert lines[:3] == [f"{damaged}: not imported; nothing was written.", "  Read as UTF-8.",
                         "  Could not place (2):"]  # the annual wheel is reported too
    assert lines[3].startswith("    - no meeting date in the heading (like 'den 29/9 2023")
    assert lines[4].startswith("    - line 26: a row that is not an agenda item, not imported")
    assert f"{NOVEMBER}: imported as meeting 1 on {NOV_AT}." in lines
    assert counts(database)["meetings"] == 1


def test_an_unknown_group_is_refused_with_exit_code_2(database):
    done = run(database, str(SEPTEMBER), "--group", "Styregruppen")
    assert done.returncode == 2
    assert "No single group named 'Styregruppen' (found none)" in done.stderr
    assert done.stdout == "" and counts(database)["meetings"] == 0


def people(database: Path) -> list[tuple]:
    """Who was there and who was not, with their organisation, then each item's guests."""
    with sqlite3.connect(database) as db:
        return db.execute(
            "SELECT m.name, m.organisation, p.status FROM minutes_presence p "
            "JOIN members m ON m.id = p.member_id ORDER BY 1, 3").fetchall() + db.execute(
            "SELECT title, guests, NULL FROM minutes_entries WHERE guests IS NOT NULL "
            "ORDER BY id").fetchall()


def test_the_seed_saved_as_word_imports_as_its_text_does(database, tmp_path):
    word = tmp_path / "2023-09-29.docx"
    word.write_bytes(word_of(SEPTEMBER.read_text(encoding="utf-8")))
    as_text = tmp_path / "text.db"
    with sqlite3.connect(database) as source, sqlite3.connect(as_text) as copy:
        source.backup(copy)
    assert run(as_text, str(SEPTEMBER), "--group", "1").returncode == 0
    done = run(database, str(word), "--group", "1")
    assert done.returncode == 0, done.stderr
    assert report_of(done.stdout)[:3] == [
        f"{word}: imported as meeting 1 on {SEPT_AT}.", "  Read as a Word document.",
        "  9 items, 13 present, 13 absent, 4 guests."]
    assert counts(database) == counts(as_text)
    assert people(database) == people(as_text) and len(people(database)) == 26 + 4


def test_text_saved_in_windows_1252_is_imported_and_said_so(database, tmp_path):
    old = tmp_path / "2023-09-29.txt"
    text = SEPTEMBER.read_text(encoding="utf-8")
    old.write_bytes(text.encode("cp1252", errors="replace"))  # "➤" has no place in it
    done = run(database, str(old), "--group", "1")
    assert done.returncode == 0, done.stderr
    assert report_of(done.stdout)[:3] == [
        f"{old}: imported as meeting 1 on {SEPT_AT}.", "  Read as Windows-1252.",
        "  9 items, 13 present, 13 absent, 4 guests."]
    assert ("Lisbet Daugaard-Hansen", "Holbæk Kommune") in {row[:2] for row in people(database)}


@pytest.mark.parametrize(("name", "data", "code", "says"), [
    ("gone.txt", None, 3, "the file does not exist"),
    ("empty.txt", b"", 4, "the file is empty"),
    ("minutes.xlsx", b"PK\x03\x04", 5, "only Word (.docx), PDF (.pdf) and text (.txt, .md) files "
     "can be imported; save it as .docx, for example"),
    ("scan.pdf", pdf_of(scanned_page()), 6, "the PDF has no text, only images (a scan?); run text "
     "recognition (OCR) on it, or import the minutes as .docx"),
    ("minutes.docx", b"PK\x03\x04 not a zip", 7,
     "the file cannot be opened as the kind its name says (not a Word document)"),
    ("minutes.docx", with_picture_of_zeros(word_of(SEPTEMBER.read_text(encoding="utf-8")),
                                           60 * 1024 * 1024), 8,
     "the file unpacks to more than 50 MB, far more than minutes need; save the minutes without "
     "pictures, or as a text file (.txt), and import that"),
])
def test_a_file_without_text_to_import_has_its_message_and_exit_code(database, tmp_path, name,
                                                                      data, code, says):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    done = run(database, str(path), "--group", "1")
    assert done.returncode == code, done.stderr
    assert done.stdout == f"{path}: not imported; {says}. Nothing was written.\n"
    assert set(counts(database).values()) == {0}


def test_a_word_file_with_broken_xml_is_reported_and_the_files_after_it_imported(database,
                                                                                  tmp_path):
    broken = tmp_path / "2023-09-29.docx"
    broken.write_bytes(with_part(word_of(SEPTEMBER.read_text(encoding="utf-8")),
                                 "word/document.xml", b"<w:document"))
    done = run(database, str(broken), str(NOVEMBER), "--group", "1")
    assert done.returncode == 7, done.stderr
    assert report_of(done.stdout)[0] == (
        f"{broken}: not imported; the file cannot be opened as the kind its name says (not a "
        "Word document). Nothing was written.")
    assert f"{NOVEMBER}: imported as meeting 1 on {NOV_AT}." in report_of(done.stdout)
    assert counts(database)["meetings"] == 1


def test_with_several_files_the_first_failure_gives_the_exit_code(database, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"\n")
    done = run(database, str(tmp_path / "gone.txt"), str(NOVEMBER), str(empty), "--group", "1")
    assert done.returncode == 3
    assert f"{NOVEMBER}: imported as meeting 1 on {NOV_AT}." in report_of(done.stdout)
    assert counts(database)["meetings"] == 1


STEERING = ROOT / "tests" / "fixtures" / "minutes_layouts" / "tuned" / "steering_group.txt"


def test_a_dry_run_prints_what_was_read_and_writes_nothing(database):
    before = database.read_bytes()
    done = run(database, "--dry-run", str(STEERING), str(SEPTEMBER))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == [f"{STEERING}: what was read (nothing written yet):", "  Read as UTF-8.",
                         "  Meeting: Friday 5 January 2024, 12:30–15:00, online"]
    assert "       Task for Slagelse og Køge (a body): Slagelse og Køge bidrager til arbejdet" \
        in lines
    planned = lines.index("  Meetings to plan (1):") + 1  # days and times as the cards write them
    assert lines[planned] == ("    - Friday 15 March 2024, 9:00–12:00: \"Næste møde i Styregruppen "
                              "er planlagt til den 15. Marts, 2024, kl. 9-12.\"")
    assert "    - Morten Bøgelund Andersen: chair (\"Direktør, formand\")" in lines
    assert f"{SEPTEMBER}: what was read (nothing written yet):" in lines
    assert not any("imported as meeting" in line for line in lines)
    assert database.read_bytes() == before and set(counts(database).values()) == {0}


def test_a_dry_run_opens_no_database_and_needs_no_group(tmp_path):
    missing = tmp_path / "none.db"
    done = run(missing, "--dry-run", str(STEERING))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{STEERING}: what was read (nothing written yet):\n")
    assert not missing.exists()


def test_a_dry_run_of_minutes_without_a_date_says_why_with_exit_code_1(database, tmp_path):
    undated = tmp_path / "undated.txt"
    text = STEERING.read_text(encoding="utf-8")
    undated.write_text(text.replace("Fredag den 5. januar, 2024, kl. 12.30-15", "(følger)"),
                       encoding="utf-8")
    done = run(database, "--dry-run", str(undated))
    assert done.returncode == 1
    assert any(line.startswith("    - line 5: no meeting date in the heading")
               for line in done.stdout.splitlines())
    assert set(counts(database).values()) == {0}


def test_without_dry_run_what_was_read_is_printed_before_it_is_written(database):
    done = run(database, str(STEERING), "--group", "1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    written = lines.index(f"{STEERING}: imported as meeting 1 on Friday 5 January 2024, 12:30.")
    assert lines[0] == f"{STEERING}: what was read (nothing written yet):"
    assert lines[written - 1] == "" and written > 10
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT owner_id, owner_name FROM tasks WHERE owner_name LIKE "
                          "'Slagelse%'").fetchall() == [(None, "Slagelse og Køge")]
