"""Days written short in meeting lines, as Danish mails and minutes write them ("15.1.",
"fredag den 26.2"): read where they cannot be a clock, a weekday that does not match answered."""

from datetime import datetime

import pytest

from meetings.planning.meeting_line import PROBLEM_WEEKDAY_MISMATCH, parse_date_phrase
from tests.unit.planning.meeting_line_reading import CPH, NOW, draft_of, local, problem_of


@pytest.mark.parametrize("written", [
    "fredag den 15.1. kl. 10-13", "fredag 15.1 kl. 10-13", "den 15.1 kl. 10-13",
    "d. 15.1 kl. 10-13", "15.1. kl. 10-13", "fre. d. 15.01. kl. 10-13", "15.1.27 kl. 10-13",
    "kl. 10-13 den 15.1.",
])
def test_a_short_day_and_month_is_the_next_such_day(written):
    assert local(draft_of(written).starts_at) == datetime(2027, 1, 15, 10, 0)


def test_a_short_day_passed_this_year_is_next_year():
    # Tuesday 5 January 2027: "4.1." was yesterday, so it is 4 January 2028.
    assert local(draft_of("den 4.1. kl. 10-13").starts_at) == datetime(2028, 1, 4, 10, 0)


def test_a_weekday_that_does_not_match_the_short_day_is_a_problem():
    problem = problem_of("fredag den 14.1. kl. 10-13")
    assert problem.code == PROBLEM_WEEKDAY_MISMATCH
    assert dict(problem.details) == {"date": "14. januar 2027", "said_weekday": "fredag",
                                     "actual_weekday": "torsdag"}


@pytest.mark.parametrize(("line", "start", "end"), [
    ("fredag kl. 9.15-12", (2027, 1, 8, 9, 15), (2027, 1, 8, 12, 0)),
    ("fredag 10.15-13", (2027, 1, 8, 10, 15), (2027, 1, 8, 13, 0)),
    ("15. januar kl. 12.30-15.", (2027, 1, 15, 12, 30), (2027, 1, 15, 15, 0)),
    ("15. januar kl. 9.15. i Ringsted 2.3.", (2027, 1, 15, 9, 15), (2027, 1, 15, 12, 15)),
    ("fredag klokken 9.15.", (2027, 1, 8, 9, 15), (2027, 1, 8, 12, 15)),
    ("fredag fra 10 til 12.15.", (2027, 1, 8, 10, 0), (2027, 1, 8, 12, 15)),
])
def test_a_clock_is_not_read_as_a_short_day(line, start, end):
    draft = draft_of(line)
    assert (local(draft.starts_at), local(draft.ends_at)) == (datetime(*start), datetime(*end))


@pytest.mark.parametrize("written", ["26.2.", "26.2", "den 26.2"])
def test_a_move_or_cancel_names_its_meeting_by_a_short_day(written):
    # "flyt næste møde til 26.2." reaches the line without its closing dot.
    assert parse_date_phrase(written, now=NOW, tz=CPH).isoformat() == "2027-02-26"
