"""A file holding several meetings' minutes one after the other (a year's minutes): cut into
its meetings, each read as a file of its own would be, with the file's line numbers."""

from datetime import date
from pathlib import Path

from meetings.minutes.importing.found import TWO_MEETINGS
from meetings.minutes.importing.reading import read_minutes
from meetings.minutes.importing.several.meeting_parts import meetings_in

FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "minutes"
SEPTEMBER = (FIXTURES / "network_2023_09_29.txt").read_text(encoding="utf-8")
NOVEMBER = (FIXTURES / "network_2023_11_24.txt").read_text(encoding="utf-8")
PEOPLE = "Deltagere: Ole Lund (Sorø Kommune), Rie Nielsen (Holbæk Kommune)\nReferent: Rie Nielsen\n"
ITEMS = "\n1. Velkommen\nOle bød velkommen.\n2. Nyt fra kommunerne\nIntet nyt.\n"


def test_a_file_of_two_seed_minutes_is_two_meetings_each_read_as_its_own_file_is():
    text = SEPTEMBER + "\n\n" + NOVEMBER
    first, second = meetings_in(text)
    assert (first.reading.minutes, second.reading.minutes) == (
        read_minutes(SEPTEMBER).minutes, read_minutes(NOVEMBER).minutes)
    assert first.first_line == 1 and second.text.strip() == NOVEMBER.strip()
    assert text.split("\n")[second.first_line - 1].startswith("REFERAT - Netværksgruppe Børn")


def test_three_meetings_are_three_parts_in_the_files_order_with_the_files_line_numbers():
    meetings = [f"REFERAT\nDato: {day}\nTidspunkt: kl. 10-12\n{PEOPLE}{ITEMS}"
                for day in ("12-04-2024", "3-5-2024", "7-6-2024")]
    parts = meetings_in("\n".join(meetings))
    assert [part.reading.minutes.day for part in parts] == [
        date(2024, 4, 12), date(2024, 5, 3), date(2024, 6, 7)]
    assert [len(part.reading.minutes.items) for part in parts] == [2, 2, 2]
    assert [part.first_line for part in parts] == [1, 12, 23]
    # The line each reads no more than "REFERAT" is given as the file's line.
    assert [[p.line for p in part.reading.unplaced] for part in parts] == [[1], [12], [23]]
    assert {"\n".join(meetings).split("\n")[line - 1] for line in (1, 12, 23)} == {"REFERAT"}
    assert not any(p.code == TWO_MEETINGS for part in parts for p in part.reading.problems)


def test_a_file_of_one_meeting_is_one_part_its_own_reading():
    [part] = meetings_in(SEPTEMBER)
    assert (part.first_line, part.text, part.reading) == (1, SEPTEMBER, read_minutes(SEPTEMBER))
