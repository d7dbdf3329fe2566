"""Task lines from chat, Danish and English, read at a fixed moment: title, owner and due day."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_INVALID_DATE,
    PROBLEM_PAST_DATE,
    PROBLEM_WEEKDAY_MISMATCH,
    LineProblem,
)
from meetings.tasks.line import (
    PROBLEM_DAY_PASSED,
    PROBLEM_NO_TITLE,
    PROBLEM_TITLE_TOO_LONG,
    TITLE_LIMIT,
    TaskLine,
    parse_task_line,
)

CPH = ZoneInfo("Europe/Copenhagen")
# Tuesday 5 January 2027, 10:00 in Copenhagen.
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
RIE = ("29:abc", "Rie Hansen")


def line_of(text: str, **options) -> TaskLine:
    line = parse_task_line(text, now=options.pop("now", NOW), tz=CPH, **options)
    assert isinstance(line, TaskLine), line
    return line


def problem_of(text: str, language: str = "da") -> LineProblem:
    problem = parse_task_line(text, now=NOW, tz=CPH, language=language)
    assert isinstance(problem, LineProblem), problem
    return problem


@pytest.mark.parametrize(
    ("text", "title", "owner", "due_on"),
    [
        (
            "Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. februar",
            "Rie undersøger om Socialtilsyn Øst kan deltage",
            "Rie",
            date(2027, 2, 1),
        ),
        (
            "Daniel vil bære dette ønske videre til KL senest 1/2",
            "Daniel vil bære dette ønske videre til KL",
            "Daniel",
            date(2027, 2, 1),
        ),
        (
            "Povl melder tilbage til Hovedstaden inden fredag",
            "Povl melder tilbage til Hovedstaden",
            "Povl",
            date(2027, 1, 8),
        ),
        ("Rie rundsender årsrapporten, frist i morgen", "Rie rundsender årsrapporten", "Rie",
         date(2027, 1, 6)),
        (
            "Christel undersøger om KL kan komme. Frist: 15/1.",
            "Christel undersøger om KL kan komme",
            "Christel",
            date(2027, 1, 15),
        ),
        ("Povl melder tilbage til KL", "Povl melder tilbage til KL", "Povl", None),
        (
            "Daniel brings the AI request to KL by 15 January",
            "Daniel brings the AI request to KL",
            "Daniel",
            date(2027, 1, 15),
        ),
        ("Daniel Olsen asks KL, due 15/1", "Daniel Olsen asks KL", "Daniel Olsen",
         date(2027, 1, 15)),
        ("Lotte sends the slides before Friday", "Lotte sends the slides", "Lotte",
         date(2027, 1, 8)),
        ("Lotte sends the slides", "Lotte sends the slides", "Lotte", None),
        ("rie ringer med frist 1. februar til KL", "rie ringer til KL", "rie", date(2027, 2, 1)),
    ],
)
def test_a_line_gives_title_owner_and_due_day(text, title, owner, due_on):
    line = line_of(text)

    assert (line.title, line.owner_hint, line.due_on) == (title, owner, due_on)
    assert line.mention is None and line.owner_explicit is False


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Povl sends the report by email", "Povl sends the report by email"),
        ("Rie ringer til KL før mødet", "Rie ringer til KL før mødet"),
        ("Rie undersøger det inden for rimelig tid", "Rie undersøger det inden for rimelig tid"),
    ],
)
def test_a_due_word_without_a_day_stays_in_the_title(text, title):
    line = line_of(text)

    assert (line.title, line.due_on) == (title, None)


@pytest.mark.parametrize(
    "text",
    [
        "Rie ringer til KL senest d. 8/1",
        "Rie ringer til KL, frist den 8. januar",
        "Rie ringer til KL med frist på fredag",
        "Rie ringer til KL inden næste fredag",
        "Rie ringer til KL, deadline: fredag 8. januar",
        "Rie ringer til KL, deadline er fredag",
        "Rie ringer til KL, forfalder 8/1",
        "Rie ringer til KL, due on Friday",
        "Rie ringer til KL, due date 8 January",
        "Rie ringer til KL with a deadline of 8 January",
        "Rie ringer til KL no later than Friday",
        "Rie ringer til KL by the 8th of January",
    ],
)
def test_due_clauses_are_written_in_many_ways(text):
    line = line_of(text)

    assert (line.title, line.due_on) == ("Rie ringer til KL", date(2027, 1, 8))


def test_the_due_clause_is_the_one_with_a_day_after_it():
    line = line_of("Povl sends the report by email by Friday", language="en")

    assert (line.title, line.due_on) == ("Povl sends the report by email", date(2027, 1, 8))


def test_an_at_mention_at_the_start_names_the_owner_and_leaves_the_name_in_the_title():
    line = line_of("<at>Rie Hansen</at> undersøger om Socialtilsyn Øst kan deltage, frist 1/2",
                   mentions=[RIE])

    assert line == TaskLine(
        "Rie Hansen undersøger om Socialtilsyn Øst kan deltage", "Rie Hansen", RIE,
        date(2027, 2, 1),
    )


def test_a_shortened_at_mention_is_still_the_person_mentioned():
    line = line_of("<at>Rie</at> asks Socialtilsyn Øst", mentions=[("29:x", "Ole Berg"), RIE])

    assert (line.title, line.owner_hint, line.mention) == ("Rie asks Socialtilsyn Øst", "Rie", RIE)


def test_a_mention_later_in_the_sentence_does_not_name_the_owner():
    line = line_of("Rie taler med <at>Daniel Olsen</at> om KL", mentions=[("29:d", "Daniel Olsen")])

    assert line.title == "Rie taler med Daniel Olsen om KL"
    assert (line.owner_hint, line.mention) == ("Rie", None)


@pytest.mark.parametrize(
    ("text", "title", "owner", "due_on"),
    [
        ("Undersøg om Socialtilsyn Øst kan deltage, ansvarlig: Rie, frist 1. februar",
         "Undersøg om Socialtilsyn Øst kan deltage", "Rie", date(2027, 2, 1)),
        ("ansvarlig: Karen fra KL; send rapporten til lægen", "send rapporten til lægen",
         "Karen fra KL", None),
        ("Ask Socialtilsyn Øst to join, owner: Rie Hansen", "Ask Socialtilsyn Øst to join",
         "Rie Hansen", None),
        ("Ask KL about AI by 15 January, owner: Daniel", "Ask KL about AI", "Daniel",
         date(2027, 1, 15)),
    ],
)
def test_an_owner_clause_names_the_owner_outside_the_title(text, title, owner, due_on):
    line = line_of(text)

    assert (line.title, line.owner_hint, line.due_on, line.owner_explicit) == (
        title, owner, due_on, True
    )


def test_an_owner_clause_can_hold_an_at_mention():
    line = line_of("Undersøg sagen, ansvarlig: <at>Rie Hansen</at>", mentions=[RIE])

    assert (line.title, line.owner_hint, line.mention, line.owner_explicit) == (
        "Undersøg sagen", "Rie Hansen", RIE, True
    )


def test_the_name_is_the_first_word_and_the_capitalised_words_after_it():
    assert line_of("Anne Marie Holm sender referatet").owner_hint == "Anne Marie Holm"
    assert line_of("Daniel (Næstved) spørger KL").owner_hint == "Daniel"
    assert line_of("Søren, send referatet").owner_hint == "Søren"
    assert line_of("12 kommuner svarer").owner_hint is None


@pytest.mark.parametrize(
    ("text", "language", "code", "details"),
    [
        ("Rie undersøger sagen, frist 31. november", "da", PROBLEM_INVALID_DATE,
         {"date": "31. november"}),
        ("Daniel asks KL by 30 February", "en", PROBLEM_INVALID_DATE, {"date": "30 February"}),
        ("Rie undersøger sagen senest 30/2", "da", PROBLEM_INVALID_DATE, {"date": "30/2"}),
        ("Rie undersøger sagen, frist 1. december 2026", "da", PROBLEM_PAST_DATE,
         {"date": "tirsdag den 1. december 2026"}),
        ("Daniel asks KL by 1 December 2026", "en", PROBLEM_PAST_DATE,
         {"date": "Tuesday 1 December 2026"}),
        ("Rie ringer, frist torsdag 8. januar", "da", PROBLEM_WEEKDAY_MISMATCH,
         {"date": "8. januar 2027", "said_weekday": "torsdag", "actual_weekday": "fredag"}),
        ("frist 1. februar", "da", PROBLEM_NO_TITLE, {}),
        ("by Friday", "en", PROBLEM_NO_TITLE, {}),
        ("   ", "da", PROBLEM_NO_TITLE, {}),
        ("ansvarlig: Rie, frist 1/2", "da", PROBLEM_NO_TITLE, {}),
        # The day is read first: a line that is only a wrong day is told about the day.
        ("frist 31. november", "da", PROBLEM_INVALID_DATE, {"date": "31. november"}),
    ],
)
def test_a_line_that_cannot_be_a_task_says_what_is_wrong(text, language, code, details):
    problem = problem_of(text, language)

    assert (problem.code, dict(problem.details)) == (code, details)


def test_a_title_of_the_full_width_is_kept_and_a_longer_one_refused_not_cut():
    longest = ("Rie undersøger " + "æ" * TITLE_LIMIT)[:TITLE_LIMIT]

    assert line_of(f"{longest}, frist 1/2").title == longest
    problem = problem_of(f"{longest}y, frist 1/2")
    assert problem == LineProblem(PROBLEM_TITLE_TOO_LONG, {"length": "301", "limit": "300"})


@pytest.mark.parametrize(
    "text",
    [
        "Rie " + "frist " * 4000,  # 24 KB of due words, each once read as the start of a day
        "Rie undersøger før mødet om Socialtilsyn Øst kan deltage inden jul, og sender svar "
        "by mail. " * 250,
    ],
)
def test_a_line_far_longer_than_a_task_is_refused_at_once_whatever_it_holds(text):
    # The parser runs on the event loop that answers every chat: a line this long is refused
    # by its length before any day is looked for (it took 35 s to read one of 24 KB before).
    problem = problem_of(text)
    assert problem.code == PROBLEM_TITLE_TOO_LONG
    assert problem.details["length"] == str(len(" ".join(text.split())))


def test_a_date_without_a_year_is_the_next_one_in_the_groups_time_zone():
    # 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)

    # so 31 December was yesterday there (and is refused), and a day ahead in UTC.
    assert parse_task_line("Rie ringer, frist 31. december", now=new_year, tz=CPH).code \
        == PROBLEM_DAY_PASSED
    assert parse_task_line("Rie ringer, frist 31. december", now=new_year,
                           tz=ZoneInfo("UTC")).due_on == date(2026, 12, 31)
    assert line_of("Rie ringer, frist i morgen", now=new_year).due_on == date(2027, 1, 2)
    assert line_of("Rie ringer, frist 1. januar", now=new_year).due_on == date(2027, 1, 1)


def test_today_is_not_in_the_past():
    assert line_of("Rie ringer, frist 5. januar 2027").due_on == date(2027, 1, 5)


def test_spaces_and_line_breaks_are_one_space():
    assert line_of("Rie\u00a0ringer  til\nKL").title == "Rie ringer til KL"


@pytest.mark.parametrize(("text", "title"), [
    ("ansvarlig: Daniel, frist 15. januar og ring til KL", "ring til KL"),
    ("Tjek budgettet, ansvarlig: Daniel, frist 15. januar og ring til KL",
     "Tjek budgettet og ring til KL"),
    ("Check the budget, owner: Daniel, due 15 January and call KL",
     "Check the budget and call KL"),
])
def test_the_due_clause_ends_the_owners_name_and_the_rest_is_the_title(text, title):
    line = line_of(text, language="en" if "owner" in text else "da")
    assert (line.owner_hint, line.title, line.due_on, line.owner_explicit) == \
        ("Daniel", title, date(2027, 1, 15), True)
