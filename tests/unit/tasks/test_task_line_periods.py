"""Due days written as a week or a month after a due word, as minutes and chats give them:
"frist næste uge" is due on that week's Friday (as "frist uge 49" is), "senest i august" on
August's last working day, "inden august" on the last working day before it."""

from datetime import date

import pytest

from meetings.planning.meeting_line import LineProblem
from meetings.tasks.line import PROBLEM_DAY_PASSED
from tests.unit.tasks.test_task_line import line_of, problem_of


@pytest.mark.parametrize(("due", "due_on"), [
    # Today is Tuesday 5 January 2027, in week 1.
    ("frist næste uge", date(2027, 1, 15)),
    ("senest i næste uge", date(2027, 1, 15)),
    ("by next week", date(2027, 1, 15)),
    ("by the end of next week", date(2027, 1, 15)),
    ("frist i denne uge", date(2027, 1, 8)),
    ("by the end of this week", date(2027, 1, 8)),
    ("senest i august", date(2027, 8, 31)),  # a Tuesday
    ("frist i løbet af april", date(2027, 4, 30)),
    ("inden udgangen af januar", date(2027, 1, 29)),  # the 31st is a Sunday
    ("by the end of April 2028", date(2028, 4, 28)),  # the 30th is a Sunday
    ("senest ultimo december 2027", date(2027, 12, 30)),  # nytårsaftensdag is closed
    ("inden august", date(2027, 7, 30)),  # a month alone: done before it begins
    ("by March", date(2027, 2, 26)),
])
def test_a_week_or_a_month_after_a_due_word_is_the_due_day_and_leaves_the_title(due, due_on):
    line = line_of(f"Rie ringer til KL, {due}")
    assert (line.title, line.due_on) == ("Rie ringer til KL", due_on)


@pytest.mark.parametrize(("due", "due_on"), [
    ("due March 3", date(2027, 3, 3)),
    ("deadline June 15th", date(2027, 6, 15)),
    ("by January 29", date(2027, 1, 29)),
])
def test_a_month_followed_by_its_day_is_that_day_not_the_month_before(due, due_on):
    line = line_of(f"Rie calls KL, {due}", language="en")
    assert (line.title, line.due_on) == ("Rie calls KL", due_on)


def test_a_month_inside_a_word_is_no_due_month_and_stays_in_the_title():
    line = line_of("Rie sender bilag inden august-mødet")
    assert line.title == "Rie sender bilag inden august-mødet"
    assert line.due_on is None


def test_a_month_that_just_ended_is_refused_not_moved_a_year():
    assert problem_of("Rie ringer til KL, senest i december") == LineProblem(
        PROBLEM_DAY_PASSED, {"date": "onsdag den 30. december 2026"})


def test_christmas_is_no_july_and_a_day_is_still_a_day():
    assert (line_of("Rie ringer til KL før jul").due_on, line_of("Rie ringer, frist i morgen")
            .due_on) == (None, date(2027, 1, 6))
