"""The day of a meeting line, and date phrases: written forms, next and relative days."""

from datetime import UTC, date, datetime

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_INVALID_DATE,
    PROBLEM_NO_DATE,
    PROBLEM_WEEKDAY_MISMATCH,
    LineProblem,
    MeetingDraft,
    parse_date_phrase,
    parse_meeting_line,
)
from tests.unit.planning.meeting_line_reading import CPH, NOW, draft_of, local


@pytest.mark.parametrize(
    "written",
    [
        "9. februar",
        "9. feb.",
        "9 feb",
        "9.februar",
        "den 9. februar",
        "d. 9. februar",
        "9. februar 2027",
        "9. Februar, 2027",
        "tirsdag den 9. februar 2027",
        "tirsdag d. 9/2",
        "tir. 9/2",
        "9/2",
        "den 9/2",
        "9/2 2027",
        "9/2-2027",
        "9/2/2027",
        "9/2-27",
        "9.2.2027",
        "2027-02-09",
        "9 February",
        "9 Feb 2027",
        "9th of February",
        "the 9th of February 2027",
        "February 9",
        "February 9th, 2027",
        "Feb. 9",
        "Tuesday, 9 February 2027",
        "on Tuesday 9 February",
        "Tue 9 Feb",
    ],
)
def test_every_way_of_writing_the_day_gives_the_same_meeting(written):
    draft = draft_of(f"{written} kl. 10-13")

    assert local(draft.starts_at) == datetime(2027, 2, 9, 10, 0)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("4. januar", date(2028, 1, 4)),  # yesterday, so next year
        ("5. januar", date(2027, 1, 5)),  # today, at a time still to come
        ("6/1", date(2027, 1, 6)),
        ("31. december", date(2027, 12, 31)),
        ("29. februar", date(2028, 2, 29)),  # the next leap day
    ],
)
def test_a_day_without_a_year_is_its_next_occurrence(written, day):
    draft = draft_of(f"{written} kl. 11-13")

    assert local(draft.starts_at).date() == day


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("i dag", date(2027, 1, 5)),
        ("today", date(2027, 1, 5)),
        ("i morgen", date(2027, 1, 6)),
        ("I morgen", date(2027, 1, 6)),
        ("tomorrow", date(2027, 1, 6)),
        ("i overmorgen", date(2027, 1, 7)),
        ("overmorgen", date(2027, 1, 7)),
        ("the day after tomorrow", date(2027, 1, 7)),
        ("om en uge", date(2027, 1, 12)),
        ("om 2 uger", date(2027, 1, 19)),
        ("om 14 dage", date(2027, 1, 19)),
        ("in 3 days", date(2027, 1, 8)),
        ("in two weeks", date(2027, 1, 19)),
        ("fredag", date(2027, 1, 8)),
        ("på fredag", date(2027, 1, 8)),
        ("næste fredag", date(2027, 1, 8)),
        ("next Friday", date(2027, 1, 8)),
        ("on Friday", date(2027, 1, 8)),
        ("næste tirsdag", date(2027, 1, 12)),  # today is a Tuesday: the one after
        ("mandag", date(2027, 1, 11)),
    ],
)
def test_days_relative_to_today_are_counted_from_the_local_date(written, day):
    draft = draft_of(f"{written} kl. 11-13")

    assert local(draft.starts_at).date() == day


def test_today_is_the_local_date_not_the_utc_date():
    # 23:30 UTC on 5 January is already 6 January in Copenhagen.
    late = datetime(2027, 1, 5, 23, 30, tzinfo=UTC)

    draft = parse_meeting_line("i morgen kl. 10", now=late, tz=CPH)

    assert isinstance(draft, MeetingDraft)
    assert local(draft.starts_at).date() == date(2027, 1, 7)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("9. februar", date(2027, 2, 9)),
        ("9 February 2027", date(2027, 2, 9)),
        ("February 9", date(2027, 2, 9)),
        ("den 9/2", date(2027, 2, 9)),
        ("  9/2  ", date(2027, 2, 9)),
        ("tirsdag den 9. februar", date(2027, 2, 9)),
        ("4. januar", date(2028, 1, 4)),
        ("9. februar 2024", date(2024, 2, 9)),  # a past meeting can still be named
        ("i morgen", date(2027, 1, 6)),
        ("next Friday", date(2027, 1, 8)),
    ],
)
def test_a_date_phrase_names_a_day(phrase, day):
    assert parse_date_phrase(phrase, now=NOW, tz=CPH) == day


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("31. februar", PROBLEM_INVALID_DATE),
        ("", PROBLEM_NO_DATE),
        ("næste", PROBLEM_NO_DATE),
        ("mødet", PROBLEM_NO_DATE),
        ("fredag 9. februar 2027", PROBLEM_WEEKDAY_MISMATCH),
    ],
)
def test_a_date_phrase_that_names_no_day_is_a_problem(phrase, code):
    problem = parse_date_phrase(phrase, now=NOW, tz=CPH)

    assert isinstance(problem, LineProblem)
    assert problem.code == code


def test_an_impossible_date_phrase_is_quoted_back_as_written():
    assert parse_date_phrase("31. februar", now=NOW, tz=CPH) == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "31. februar"}
    )


@pytest.mark.parametrize(("line", "day"), [
    ("fredag i uge 6 kl. 10-13 i Ringsted", date(2027, 2, 12)),
    ("mandag uge 12 kl. 9-12 i Ringsted", date(2027, 3, 22)),
    ("friday in week 6 10:00-13:00 in Ringsted", date(2027, 2, 12)),
    # Monday of week 1 of 2027, 4 January, has passed (today is Tuesday 5 January): 2028's
    ("mandag i uge 1 kl. 10-13 i Ringsted", date(2028, 1, 3)),
])
def test_a_weekday_in_a_week_number_is_that_weekday_of_that_iso_week(line, day):
    draft = draft_of(line)
    assert (local(draft.starts_at).date(), draft.place) == (day, "Ringsted")


def test_a_clock_written_with_a_dot_stays_a_clock_beside_a_week_number():
    draft = draft_of("fredag i uge 6 kl. 9.10-12 i Ringsted")
    assert local(draft.starts_at) == datetime(2027, 2, 12, 9, 10)


def test_a_week_that_the_year_does_not_have_is_no_date_and_named_as_a_week():
    assert parse_meeting_line("fredag i uge 54 kl. 10-13", now=NOW, tz=CPH) == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "fredag i uge 54", "number": "54", "year": "2027"})
    assert parse_meeting_line("friday in week 53 10-13", now=NOW, tz=CPH) == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "friday in week 53", "number": "53", "year": "2027"})
