"""The command line's preview of a file writes the meeting and the meetings it plans as the cards
write them, in English: "Friday 29 September 2023, 10:00–13:00", not "29-09-2023 10:00-13:00"."""

from datetime import date, time

from meetings.minutes.importing.found import ImportedMinutes, MinutesReading, PlannedMeeting
from meetings.minutes.importing.preview import preview_lines

MINUTES = ImportedMinutes(
    day=date(2023, 9, 29), starts=time(9, 30), ends=time(13), heading="REFERAT",
    place="Hækkerupsvej 1, Ringsted", online=False, present=(), absent=(), minute_taker=None,
    items=(), tasks=(),
    planned=(PlannedMeeting(date(2024, 3, 15), time(9), time(12), "kl. 9-12"),
             PlannedMeeting(date(2024, 6, 7), None, None, "7. juni")))


def test_the_meeting_and_the_meetings_it_plans_are_written_as_the_cards_write_them():
    lines = preview_lines("referat.txt", MinutesReading(MINUTES, (), ()))

    assert "  Meeting: Friday 29 September 2023, 9:30–13:00, Hækkerupsvej 1, Ringsted" in lines
    assert "    - Friday 15 March 2024, 9:00–12:00: \"kl. 9-12\"" in lines
    assert "    - Friday 7 June 2024 (no time written): \"7. juni\"" in lines
