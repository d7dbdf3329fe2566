"""The last day away ("væk til 3. februar"), read from a date at a fixed moment, Danish and
English; a time of day alone is part of a day, which holds back nothing."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_INVALID_DATE,
    PROBLEM_NO_DATE,
    PROBLEM_PAST_DATE,
    LineProblem,
)
from meetings.tasks.away_line import PROBLEM_AWAY_PART_OF_A_DAY, parse_away_date

CPH = ZoneInfo("Europe/Copenhagen")
# Tuesday 5 January 2027, 10:00 in Copenhagen.
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. februar", date(2027, 2, 3)),
        ("3 February", date(2027, 2, 3)),
        ("3/2", date(2027, 2, 3)),
        ("fredag", date(2027, 1, 8)),
        ("Friday", date(2027, 1, 8)),
        ("i morgen", date(2027, 1, 6)),
        ("uge 2", date(2027, 1, 17)),  # the last day of that week
        ("week 1", date(2027, 1, 10)),  # this week, not yet ended
        ("fredag i uge 2", date(2027, 1, 15)),
        ("i dag", date(2027, 1, 5)),
        ("4. januar", date(2028, 1, 4)),
        ("2027-01-20", date(2027, 1, 20)),
        ("", None),
        ("  ", None),
    ],
)
def test_the_last_day_away_is_read_from_the_date_given(text, expected):
    assert parse_away_date(text, now=NOW, tz=CPH, language="da") == expected


@pytest.mark.parametrize(
    ("text", "language", "code", "details"),
    [
        ("31. november", "da", PROBLEM_INVALID_DATE, {"date": "31. november"}),
        ("30 February", "en", PROBLEM_INVALID_DATE, {"date": "30 February"}),
        ("uge 60", "da", PROBLEM_INVALID_DATE, {"date": "uge 60", "number": "60", "year": "2027"}),
        ("week 53", "en", PROBLEM_INVALID_DATE,
         {"date": "week 53", "number": "53", "year": "2027"}),
        ("4. januar 2027", "da", PROBLEM_PAST_DATE, {"date": "mandag den 4. januar 2027"}),
        ("4 January 2027", "en", PROBLEM_PAST_DATE, {"date": "Monday 4 January 2027"}),
        ("en uges tid", "da", PROBLEM_NO_DATE, {}),
        # A time of day and no day: part of a day away, which holds back nothing.
        ("1pm", "en", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("2 p.m.", "en", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("lunchtime", "en", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("kl. 13", "da", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("13.30", "da", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("frokost", "da", PROBLEM_AWAY_PART_OF_A_DAY, {}),
        ("13", "da", PROBLEM_NO_DATE, {}),
    ],
)
def test_a_day_away_that_cannot_be_says_what_is_wrong(text, language, code, details):
    problem = parse_away_date(text, now=NOW, tz=CPH, language=language)

    assert isinstance(problem, LineProblem)
    assert (problem.code, dict(problem.details)) == (code, details)


@pytest.mark.parametrize(("text", "language"), [("uge 54", "da"), ("week 54", "en")])
def test_a_week_no_year_has_asked_in_week_1_names_that_weeks_year(text, language):
    # Monday 29 December 2025 is in week 1 of 2026
    problem = parse_away_date(text, now=datetime(2025, 12, 29, 9, tzinfo=UTC), tz=CPH,
                              language=language)
    assert problem == LineProblem(PROBLEM_INVALID_DATE,
                                  {"date": text, "number": "54", "year": "2026"})
    assert parse_away_date("uge 1", now=datetime(2025, 12, 31, 9, tzinfo=UTC), tz=CPH,
                           language="da") == date(2026, 1, 4)
