"""Meeting lines, date phrases and card inputs read into drafts, dates and problems."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from meetings.meeting_line import (
    PROBLEM_AMBIGUOUS_TIME,
    PROBLEM_END_BEFORE_START,
    PROBLEM_INVALID_DATE,
    PROBLEM_NO_DATE,
    PROBLEM_NO_TIME,
    PROBLEM_NONEXISTENT_TIME,
    PROBLEM_PAST_DATE,
    PROBLEM_WEEKDAY_MISMATCH,
    LineProblem,
    MeetingDraft,
    parse_date_and_times,
    parse_date_phrase,
    parse_meeting_line,
)

CPH = ZoneInfo("Europe/Copenhagen")
# Tuesday 5 January 2027, 10:00 in Copenhagen.
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
TODAY_WRITTEN = "tirsdag den 5. januar 2027"


def draft_of(line: str, **options) -> MeetingDraft:
    draft = parse_meeting_line(line, now=NOW, tz=CPH, **options)
    assert isinstance(draft, MeetingDraft), draft
    return draft


def problem_of(line: str, **options) -> LineProblem:
    problem = parse_meeting_line(line, now=NOW, tz=CPH, **options)
    assert isinstance(problem, LineProblem), problem
    return problem


def local(moment: datetime) -> datetime:
    return moment.astimezone(CPH).replace(tzinfo=None)


def test_a_danish_line_with_address_becomes_a_meeting_in_copenhagen_time():
    draft = draft_of("fredag 12. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1")

    assert draft == MeetingDraft(
        starts_at=datetime(2027, 2, 12, 9, 0, tzinfo=UTC),
        ends_at=datetime(2027, 2, 12, 12, 0, tzinfo=UTC),
        place="Ringsted, Hækkerupsvej 1",
        online=False,
    )


def test_an_english_online_line_becomes_a_meeting_without_a_place():
    draft = draft_of("20 September 2027 10:00-13:00 online", language="en")

    assert (draft.starts_at, draft.ends_at) == (
        datetime(2027, 9, 20, 8, 0, tzinfo=UTC),
        datetime(2027, 9, 20, 11, 0, tzinfo=UTC),
    )
    assert (draft.place, draft.online) == (None, True)


def test_the_times_of_a_draft_are_in_utc():
    draft = draft_of("9. februar kl. 10-13")

    assert draft.starts_at.utcoffset() == timedelta(0)
    assert draft.ends_at.utcoffset() == timedelta(0)


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
    ("written", "start", "end"),
    [
        ("kl. 10-13", (10, 0), (13, 0)),
        ("kl 10-13", (10, 0), (13, 0)),
        ("kl. 10.00-13.00", (10, 0), (13, 0)),
        ("kl. 10.00 - 13.00", (10, 0), (13, 0)),
        ("kl. 10.30–12.45", (10, 30), (12, 45)),
        ("klokken 9-12", (9, 0), (12, 0)),
        ("10:00-13:00", (10, 0), (13, 0)),
        ("10-13", (10, 0), (13, 0)),
        ("10 - 13", (10, 0), (13, 0)),
        ("fra 10 til 13", (10, 0), (13, 0)),
        ("fra kl. 10 til kl. 13", (10, 0), (13, 0)),
        ("10 to 13", (10, 0), (13, 0)),
        ("from 10:30 until 12:00", (10, 30), (12, 0)),
        ("kl. 10-13.30", (10, 0), (13, 30)),
        ("10am-1pm", (10, 0), (13, 0)),
        ("1-3pm", (13, 0), (15, 0)),
        ("10-1pm", (10, 0), (13, 0)),
        ("kl. 10", (10, 0), (13, 0)),
        ("kl.10", (10, 0), (13, 0)),
        ("10:00", (10, 0), (13, 0)),
        ("at 10", (10, 0), (13, 0)),
        ("at 2 pm", (14, 0), (17, 0)),
    ],
)
def test_every_way_of_writing_the_time_gives_start_and_end(written, start, end):
    draft = draft_of(f"9. februar 2027 {written}")

    assert local(draft.starts_at) == datetime(2027, 2, 9, *start)
    assert local(draft.ends_at) == datetime(2027, 2, 9, *end)


def test_a_start_without_end_lasts_the_default_length():
    assert local(draft_of("9/2 kl. 10").ends_at) == datetime(2027, 2, 9, 13, 0)
    assert local(draft_of("9/2 kl. 10", default_minutes=90).ends_at) == datetime(2027, 2, 9, 11, 30)


def test_a_late_start_without_end_runs_past_midnight():
    draft = draft_of("9/2 kl. 23 online")

    assert local(draft.ends_at) == datetime(2027, 2, 10, 2, 0)


def test_the_time_may_come_before_the_date():
    draft = draft_of("kl. 10-13 den 9. februar i Ringsted")

    assert local(draft.starts_at) == datetime(2027, 2, 9, 10, 0)
    assert draft.place == "Ringsted"


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
    ("rest", "place", "online"),
    [
        ("i Ringsted, Hækkerupsvej 1", "Ringsted, Hækkerupsvej 1", False),
        ("i Ringsted, Hækkerupsvej 1.", "Ringsted, Hækkerupsvej 1", False),
        ("på Rådhuset, mødelokale 2", "Rådhuset, mødelokale 2", False),
        ("i Den Blå Sal", "Den Blå Sal", False),
        ("i Hækkerupsvej 1-3, 4100 Ringsted", "Hækkerupsvej 1-3, 4100 Ringsted", False),
        (", sted: Rådhuset", "Rådhuset", False),
        (
            ", Adresse: Hækkerupsvej 1, 4100 Ringsted, mødelokale 1",
            "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1",
            False,
        ),
        ("in Roskilde", "Roskilde", False),
        ("at Roskilde town hall", "Roskilde town hall", False),
        ("location: Room 4", "Room 4", False),
        ("online", None, True),
        ("virtuelt", None, True),
        ("Teams", None, True),
        ("på Teams", None, True),
        ("via Microsoft Teams", None, True),
        ("Teams-møde", None, True),
        ("virtual", None, True),
        ("i Køge og online", "Køge", True),
        ("online og i Køge", "Køge", True),
        ("in Roskilde and on Teams", "Roskilde", True),
        ("", None, False),
    ],
)
def test_the_place_follows_the_date_and_time_and_online_words_make_it_online(rest, place, online):
    draft = draft_of(f"9. februar kl. 10-13 {rest}")

    assert (draft.place, draft.online) == (place, online)


def test_a_bare_number_range_in_the_address_is_not_taken_for_the_time():
    problem = problem_of("9. februar i Ringsted, Hækkerupsvej 1-3")

    assert problem.code == PROBLEM_NO_TIME


@pytest.mark.parametrize(
    ("line", "theme", "place"),
    [
        ("9/2 kl. 10-13 i Ringsted tema: Psykiatrien", "Psykiatrien", "Ringsted"),
        ("9/2 kl. 10-13 i Ringsted, Tema: § 32 institutioner.", "§ 32 institutioner", "Ringsted"),
        ("9 February 10-13 online theme: housing first", "housing first", None),
        ("9/2 kl. 10-13 i Ringsted tema:", None, "Ringsted"),
    ],
)
def test_a_trailing_theme_is_kept_apart_from_the_place(line, theme, place):
    draft = draft_of(line)

    assert (draft.theme, draft.place) == (theme, place)


@pytest.mark.parametrize(
    "line",
    [
        "den 29/9 2027 kl. 10.00-13.00, Adresse: Hækkerupsvej 1, 4100 Ringsted, mødelokale 1",
        "den 15. Marts, 2027, kl. 9-12",
        "fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1",
        "Friday 5 February 2027 10-13 online",
    ],
)
def test_lines_written_as_in_the_minutes_and_the_bots_examples_are_understood(line):
    assert isinstance(parse_meeting_line(line, now=NOW, tz=CPH), MeetingDraft)


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
        ("i dag kl. 9-12", PROBLEM_PAST_DATE, {"date": TODAY_WRITTEN, "time": "09.00"}),
        ("i dag kl. 9.59", PROBLEM_PAST_DATE, {"date": TODAY_WRITTEN, "time": "09.59"}),
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


def test_a_meeting_later_today_is_not_in_the_past():
    draft = draft_of("i dag kl. 10.01")

    assert draft.starts_at == datetime(2027, 1, 5, 9, 1, tzinfo=UTC)


# Summer time 2027 in Copenhagen: 28 March 02:00 → 03:00, 31 October 03:00 → 02:00.


@pytest.mark.parametrize(
    ("line", "start_utc"),
    [
        ("27. marts 2027 kl. 10-13", datetime(2027, 3, 27, 9, 0, tzinfo=UTC)),
        ("28. marts 2027 kl. 10-13", datetime(2027, 3, 28, 8, 0, tzinfo=UTC)),
        ("30. oktober 2027 kl. 10-13", datetime(2027, 10, 30, 8, 0, tzinfo=UTC)),
        ("31. oktober 2027 kl. 10-13", datetime(2027, 10, 31, 9, 0, tzinfo=UTC)),
    ],
)
def test_the_utc_offset_follows_summer_time_on_either_side_of_the_change(line, start_utc):
    assert draft_of(line).starts_at == start_utc


def test_a_meeting_across_the_spring_change_is_an_hour_shorter_than_the_clock_says():
    draft = draft_of("28. marts 2027 kl. 1-4")

    assert draft.ends_at - draft.starts_at == timedelta(hours=2)


def test_a_time_skipped_by_the_spring_change_does_not_exist():
    problem = problem_of("28. marts 2027 kl. 2.30")

    assert problem == LineProblem(
        PROBLEM_NONEXISTENT_TIME, {"date": "søndag den 28. marts 2027", "time": "02.30"}
    )


def test_an_end_skipped_by_the_spring_change_does_not_exist_either():
    problem = problem_of("28. marts 2027 kl. 1-2.30")

    assert (problem.code, problem.details["time"]) == (PROBLEM_NONEXISTENT_TIME, "02.30")


def test_a_time_repeated_by_the_autumn_change_is_ambiguous():
    problem = problem_of("31 October 2027 02:30-04:00", language="en")

    assert problem == LineProblem(
        PROBLEM_AMBIGUOUS_TIME, {"date": "Sunday 31 October 2027", "time": "02:30"}
    )


def test_the_hour_after_the_autumn_change_is_not_ambiguous():
    draft = draft_of("31. oktober 2027 kl. 3-5")

    assert draft.starts_at == datetime(2027, 10, 31, 2, 0, tzinfo=UTC)


def test_another_time_zone_gives_another_utc_time():
    draft = parse_meeting_line("9/2 kl. 10-13", now=NOW, tz=ZoneInfo("America/Nuuk"))

    assert isinstance(draft, MeetingDraft)
    assert draft.starts_at == datetime(2027, 2, 9, 12, 0, tzinfo=UTC)


def test_a_naive_now_is_refused_rather_than_guessed():
    with pytest.raises(ValueError):
        parse_meeting_line("9/2 kl. 10", now=datetime(2027, 1, 5, 10, 0), tz=CPH)


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


def test_card_inputs_become_utc_start_and_end():
    times = parse_date_and_times("2027-02-09", "10:00", "13:30", now=NOW, tz=CPH)

    assert times == (
        datetime(2027, 2, 9, 9, 0, tzinfo=UTC),
        datetime(2027, 2, 9, 12, 30, tzinfo=UTC),
    )


def test_card_inputs_without_end_last_the_default_length():
    times = parse_date_and_times("2027-02-09", "10:00:00", "", now=NOW, tz=CPH, default_minutes=60)

    assert times == (
        datetime(2027, 2, 9, 9, 0, tzinfo=UTC),
        datetime(2027, 2, 9, 10, 0, tzinfo=UTC),
    )


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
