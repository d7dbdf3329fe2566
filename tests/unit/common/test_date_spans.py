"""A meeting's day and times are written one way on every card and another, the groups' own,
in every document: "kl." before a Danish time, a comma before an English one, an en dash
between two times on a screen and a hyphen in a Word file."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from meetings.common.dates import (
    CARD_DASH,
    DOCUMENT_DASH,
    document_dash,
    format_clock,
    format_clock_span,
    format_day_and_time,
    format_meeting_time,
    format_moment,
)

CPH = ZoneInfo("Europe/Copenhagen")
THURSDAY = date(2024, 2, 8)
TEN, ONE = time(10, 0), time(13, 0)


@pytest.mark.parametrize(
    ("language", "dash", "written"),
    [
        ("da", CARD_DASH, "10.00–13.00"),
        ("en", CARD_DASH, "10:00–13:00"),
        ("da", DOCUMENT_DASH, "10.00-13.00"),
        ("en", DOCUMENT_DASH, "10:00-13:00"),
    ],
)
def test_a_span_of_times_has_the_dash_of_where_it_is_read(language, dash, written):
    assert format_clock_span(TEN, ONE, language, dash) == written


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("da", "torsdag den 8. februar 2024 kl. 10.00–13.00"),
        ("en", "Thursday 8 February 2024, 10:00–13:00"),
    ],
)
def test_a_day_and_its_times_read_as_each_language_writes_them(language, written):
    assert format_day_and_time(THURSDAY, TEN, ONE, language) == written
    starts = datetime.combine(THURSDAY, TEN, CPH)
    assert format_meeting_time(starts, datetime.combine(THURSDAY, ONE, CPH), CPH,
                               language) == written


@pytest.mark.parametrize(
    ("language", "dash", "written"),
    [
        ("da", CARD_DASH, "tirsdag den 12. januar 2027 kl. 9.00–12.00"),
        ("da", DOCUMENT_DASH, "tirsdag den 12. januar 2027 kl. 9.00-12.00"),
        ("en", CARD_DASH, "Tuesday 12 January 2027, 9:00–12:00"),
    ],
)
def test_an_hour_before_ten_is_written_without_a_leading_zero(language, dash, written):
    # Running text, not a timetable: "kl. 9.00" as Dansk Sprognævn and the seeds ("kl. 9-12")
    # write it, "9:00" in English; the minutes are always written.
    assert format_day_and_time(date(2027, 1, 12), time(9, 0), time(12, 0), language, dash) \
        == written


@pytest.mark.parametrize(("language", "written"), [("da", "0.30"), ("en", "0:30")])
def test_half_past_midnight_has_no_leading_zero_either(language, written):
    assert format_clock(time(0, 30), language) == written


@pytest.mark.parametrize(("language", "written"), [("da", "10.00-13.00"), ("en", "10:00–13:00")])
def test_a_document_has_the_seeds_hyphen_in_danish_and_an_en_dash_in_english(language, written):
    # English typography writes a range with an en dash; the hyphen is the Danish minutes' own.
    assert format_clock_span(TEN, ONE, language, document_dash(language)) == written


def test_a_document_writes_the_meeting_as_the_seeds_do():
    assert format_day_and_time(THURSDAY, TEN, ONE, "da", DOCUMENT_DASH) \
        == "torsdag den 8. februar 2024 kl. 10.00-13.00"


@pytest.mark.parametrize(
    ("language", "written"),
    [("da", "4. dec. 2023 kl. 9.00"), ("en", "4 Dec 2023, 9:00")],
)
def test_a_moment_in_a_history_has_kl_in_danish_and_a_comma_in_english(language, written):
    assert format_moment(datetime(2023, 12, 4, 9, 0), language) == written
