"""Meeting lines and card inputs that cannot be a meeting, and the problem each names."""

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_AMBIGUOUS_TIME,
    PROBLEM_END_BEFORE_START,
    PROBLEM_INVALID_DATE,
    PROBLEM_NO_DATE,
    PROBLEM_NO_TIME,
    PROBLEM_NONEXISTENT_TIME,
    PROBLEM_PAST_DATE,
    PROBLEM_TOO_LONG,
    PROBLEM_WEEKDAY_MISMATCH,
    TEXT_LIMIT,
    LineProblem,
    parse_date_and_times,
)
from tests.unit.planning.meeting_line_reading import (
    CPH,
    NOW,
    TODAY_WRITTEN,
    draft_of,
    problem_of,
)


@pytest.mark.parametrize(
    ("line", "code", "details"),
    [
        ("kl. 10-13 i Ringsted", PROBLEM_NO_DATE, {}),
        ("", PROBLEM_NO_DATE, {}),
        ("31. februar kl. 10-13", PROBLEM_INVALID_DATE, {"date": "31. februar"}),
        ("30/2 kl. 10", PROBLEM_INVALID_DATE, {"date": "30/2"}),
        ("31. april 2027 kl. 10", PROBLEM_INVALID_DATE, {"date": "31. april 2027"}),
        ("29. februar 2027 kl. 10", PROBLEM_INVALID_DATE, {"date": "29. februar 2027"}),
        ("9/13 kl. 10", PROBLEM_INVALID_DATE, {"date": "9/13"}),
        ("2027-02-30 10-13", PROBLEM_INVALID_DATE, {"date": "2027-02-30"}),
        ("9. februar i Ringsted", PROBLEM_NO_TIME, {}),
        ("9. februar kl. 25", PROBLEM_NO_TIME, {"time": "kl. 25"}),
        ("9. februar kl. 10.75", PROBLEM_NO_TIME, {"time": "kl. 10.75"}),
        ("9. februar 13pm", PROBLEM_NO_TIME, {"time": "13pm"}),
        ("9. februar kl. 13-10", PROBLEM_END_BEFORE_START, {"start": "13.00", "end": "10.00"}),
        ("9. februar kl. 10-10", PROBLEM_END_BEFORE_START, {"start": "10.00", "end": "10.00"}),
        (
            "9. februar 2024 kl. 10-13",
            PROBLEM_PAST_DATE,
            {"date": "fredag den 9. februar 2024", "time": "10.00"},
        ),
        ("i dag kl. 9-12", PROBLEM_PAST_DATE, {"date": TODAY_WRITTEN, "time": "9.00"}),
        ("i dag kl. 9.59", PROBLEM_PAST_DATE, {"date": TODAY_WRITTEN, "time": "9.59"}),
    ],
)
def test_a_line_that_cannot_be_a_meeting_says_what_is_wrong(line, code, details):
    problem = problem_of(line)

    assert (problem.code, dict(problem.details)) == (code, details)


def test_a_wrong_weekday_is_named_in_danish_for_a_danish_line():
    problem = problem_of("fredag 9. februar 2027 kl. 10-13")

    assert problem == LineProblem(
        PROBLEM_WEEKDAY_MISMATCH,
        {"date": "9. februar 2027", "said_weekday": "fredag", "actual_weekday": "tirsdag"},
    )


def test_a_wrong_weekday_is_named_in_english_for_an_english_line():
    problem = problem_of("Friday 9 February 10:00-13:00", language="en")

    assert problem == LineProblem(
        PROBLEM_WEEKDAY_MISMATCH,
        {"date": "9 February 2027", "said_weekday": "Friday", "actual_weekday": "Tuesday"},
    )


def test_an_abbreviated_wrong_weekday_is_caught_too():
    assert problem_of("fre. 9/2 kl. 10-13").code == PROBLEM_WEEKDAY_MISMATCH


def test_a_date_problem_comes_before_a_time_problem():
    assert problem_of("31. februar kl. 13-10").code == PROBLEM_INVALID_DATE


def test_a_place_or_theme_of_the_full_width_is_kept_and_a_longer_one_refused_not_cut():
    place, theme = "R" * TEXT_LIMIT, "T" * TEXT_LIMIT

    assert draft_of(f"9. februar kl. 10-13 i {place} tema: {theme}").place == place
    assert draft_of(f"9. februar kl. 10-13 i {place} tema: {theme}").theme == theme
    assert problem_of(f"9. februar kl. 10-13 i {place}R") == LineProblem(
        PROBLEM_TOO_LONG, {"field": "place", "length": "301", "limit": "300"})
    assert problem_of(f"9. februar kl. 10-13 tema: {theme}T") == LineProblem(
        PROBLEM_TOO_LONG, {"field": "theme", "length": "301", "limit": "300"})


@pytest.mark.parametrize(
    ("day", "start", "end", "code"),
    [
        ("", "10:00", "13:00", PROBLEM_NO_DATE),
        ("2027-02-30", "10:00", "13:00", PROBLEM_INVALID_DATE),
        ("9/2", "10:00", "13:00", PROBLEM_INVALID_DATE),
        ("2027-02-09", "", "13:00", PROBLEM_NO_TIME),
        ("2027-02-09", "25:00", "", PROBLEM_NO_TIME),
        ("2027-02-09", "10:00", "noon", PROBLEM_NO_TIME),
        ("2027-02-09", "13:00", "10:00", PROBLEM_END_BEFORE_START),
        ("2024-02-09", "10:00", "13:00", PROBLEM_PAST_DATE),
        ("2027-03-28", "02:30", "04:00", PROBLEM_NONEXISTENT_TIME),
        ("2027-10-31", "02:30", "04:00", PROBLEM_AMBIGUOUS_TIME),
    ],
)
def test_card_inputs_that_cannot_be_a_meeting_say_what_is_wrong(day, start, end, code):
    problem = parse_date_and_times(day, start, end, now=NOW, tz=CPH)

    assert isinstance(problem, LineProblem)
    assert problem.code == code
