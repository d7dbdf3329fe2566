"""Due days written short after a due word, as Danish staff write them in task lines:
"frist 1.12", "senest d. 1.12.26", "frist uge 49"."""

from datetime import UTC, date, datetime

import pytest

from meetings.planning.meeting_line import PROBLEM_INVALID_DATE, LineProblem
from meetings.tasks.line import PROBLEM_DAY_PASSED, parse_task_line
from tests.unit.tasks.test_task_line import CPH, line_of, problem_of


@pytest.mark.parametrize(("text", "due_on"), [
    # Dates written short after a due word, as Danish staff write them (today: 5 January 2027)
    ("Rie ringer til KL, frist 1.11", date(2027, 11, 1)),  # over two months ago: next year's
    ("Rie ringer til KL, frist 1.2", date(2027, 2, 1)),
    ("Rie ringer til KL, senest d. 1.2.", date(2027, 2, 1)),
    ("Rie ringer til KL, frist 1.2.27", date(2027, 2, 1)),
    ("Rie ringer til KL inden 29.2", date(2028, 2, 29)),
    ("Rie ringer til KL, frist 5.2.2027", date(2027, 2, 5)),
    ("Rie ringer til KL, frist uge 6", date(2027, 2, 12)),  # the Friday of the week
    ("Rie ringer til KL, frist uge 1", date(2027, 1, 8)),  # this week: its Friday is ahead
    ("Rie calls KL, deadline week 6", date(2027, 2, 12)),
])
def test_a_short_date_or_a_week_after_a_due_word_is_the_due_day(text, due_on):
    line = line_of(text)
    assert (line.title, line.due_on) == ("Rie ringer til KL" if "ringer" in text
                                         else "Rie calls KL", due_on)


def test_a_short_date_or_week_that_does_not_exist_is_refused_with_what_was_written():
    assert problem_of("Rie ringer, frist 31.2") == LineProblem(PROBLEM_INVALID_DATE,
                                                               {"date": "31.2"})
    assert problem_of("Rie ringer, frist uge 60") == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "uge 60", "number": "60", "year": "2027"})


def test_a_clock_after_a_due_word_is_no_short_date():
    # "kl. 9.10" is a time; the task is due on the day written with it, or has no due day
    assert line_of("Rie ringer til KL før kl. 9.10 fredag").due_on is None


@pytest.mark.parametrize(("text", "passed"), [
    # Today is 5 January 2027: these days fell within the last two months, so they have passed.
    ("Rie ringer til KL, frist 1.12", "tirsdag den 1. december 2026"),
    ("Rie ringer til KL, frist 4. januar", "mandag den 4. januar 2027"),
    ("Rie ringer til KL, frist 20. december", "søndag den 20. december 2026"),
    ("Rie ringer til KL, frist uge 52", "fredag den 25. december 2026"),
])
def test_a_day_without_a_year_that_just_passed_is_refused_not_moved_a_year(text, passed):
    assert problem_of(text) == LineProblem(PROBLEM_DAY_PASSED, {"date": passed})


def test_a_weekday_or_tomorrow_is_never_a_day_that_passed():
    assert line_of("Rie ringer til KL, frist fredag").due_on == date(2027, 1, 8)
    assert line_of("Rie ringer til KL, frist i morgen").due_on == date(2027, 1, 6)
    assert line_of("Rie ringer til KL, frist 5. januar").due_on == date(2027, 1, 5)


def test_week_53_in_a_year_without_one_is_refused_not_found_years_ahead():
    # 2027 and 2028 have 52 weeks; 2032 has a week 53, and a task is never given that long
    assert problem_of("Rie ringer, frist uge 53") == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "uge 53", "number": "53", "year": "2027"})


def test_week_53_of_a_year_written_names_that_year():
    assert problem_of("Rie ringer, frist uge 53 2028") == LineProblem(
        PROBLEM_INVALID_DATE, {"date": "uge 53 2028", "number": "53", "year": "2028"})


@pytest.mark.parametrize(("now", "due_on"), [
    (datetime(2027, 1, 1, 9, tzinfo=UTC), date(2027, 1, 1)),  # week 53 of 2026 is going on
    (datetime(2025, 12, 30, 9, tzinfo=UTC), date(2027, 1, 1)),  # in week 1 of 2026, which has one
])
def test_week_53_is_counted_from_the_iso_year_today_is_in(now, due_on):
    assert line_of("Rie ringer til KL, frist uge 53", now=now).due_on == due_on


@pytest.mark.parametrize("day", [29, 30, 31])
def test_a_week_lacking_on_the_last_days_of_december_names_the_iso_year(day):
    # 31 December 2029 is in week 1 of 2030; neither 2030 nor 2031 has a week 53
    now = datetime(2029 if day == 31 else 2025, 12, day, 9, tzinfo=UTC)
    number, year = ("53", "2030") if day == 31 else ("54", "2026")
    problem = parse_task_line(f"Rie ringer, frist uge {number}", now=now, tz=CPH)
    assert problem == LineProblem(PROBLEM_INVALID_DATE, {"date": f"uge {number}",
                                                         "number": number, "year": year})
