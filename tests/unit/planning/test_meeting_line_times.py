"""Times in meeting lines and card inputs: written forms, default length, UTC, summer time."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_AMBIGUOUS_TIME,
    PROBLEM_BAD_LENGTH,
    PROBLEM_NONEXISTENT_TIME,
    LineProblem,
    MeetingDraft,
    parse_date_and_times,
    parse_meeting_line,
)
from tests.unit.planning.meeting_line_reading import CPH, NOW, draft_of, local, problem_of


def test_the_times_of_a_draft_are_in_utc():
    draft = draft_of("9. februar kl. 10-13")

    assert draft.starts_at.utcoffset() == timedelta(0)
    assert draft.ends_at.utcoffset() == timedelta(0)


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


@pytest.mark.parametrize(
    ("written", "language", "start", "end"),
    [
        ("kl. 10 i 2 timer", "da", (10, 0), (12, 0)),
        ("kl. 10 i en time", "da", (10, 0), (11, 0)),
        ("kl. 9.30 i 1½ time", "da", (9, 30), (11, 0)),
        ("kl. 9.30 i 1,5 timer", "da", (9, 30), (11, 0)),
        ("kl. 10 i halvanden time", "da", (10, 0), (11, 30)),
        ("kl. 13, 90 minutter", "da", (13, 0), (14, 30)),
        ("kl. 10 (2 timer)", "da", (10, 0), (12, 0)),
        ("kl. 10 i 2t", "da", (10, 0), (12, 0)),
        ("at 10 for 2h", "en", (10, 0), (12, 0)),
        ("kl. 10, varighed: 2 timer", "da", (10, 0), (12, 0)),
        ("at 10am for 2 hours", "en", (10, 0), (12, 0)),
        ("at 10 for 2.5 hours", "en", (10, 0), (12, 30)),
        ("10am for an hour", "en", (10, 0), (11, 0)),
        ("at 10 for 45 minutes", "en", (10, 0), (10, 45)),
        ("kl. 10-12 i 2 timer", "da", (10, 0), (12, 0)),  # both, and they agree
    ],
)
def test_a_length_written_instead_of_an_end_gives_the_end_and_is_no_place(
    written, language, start, end,
):
    draft = draft_of(f"9. februar 2027 {written}", language=language)

    assert local(draft.starts_at) == datetime(2027, 2, 9, *start)
    assert local(draft.ends_at) == datetime(2027, 2, 9, *end)
    assert draft.place is None


def test_a_length_and_a_place_are_both_read():
    draft = draft_of("fredag 5. februar 2027 kl. 10 i 2 timer i Ringsted, Hækkerupsvej 1")

    assert local(draft.ends_at) == datetime(2027, 2, 5, 12, 0)
    assert draft.place == "Ringsted, Hækkerupsvej 1"


@pytest.mark.parametrize(
    ("written", "length"),
    [
        ("kl. 10-13 i 2 timer", "2 timer"),  # the end and the length disagree
        ("kl. 10 i 30 timer", "30 timer"),
        ("kl. 10 i 0 minutter", "0 minutter"),
    ],
)
def test_a_length_that_cannot_be_the_meetings_is_refused_not_guessed(written, length):
    assert problem_of(f"9. februar 2027 {written}") == LineProblem(
        PROBLEM_BAD_LENGTH, {"text": length})


def test_a_late_start_without_end_runs_past_midnight():
    draft = draft_of("9/2 kl. 23 online")

    assert local(draft.ends_at) == datetime(2027, 2, 10, 2, 0)


def test_the_time_may_come_before_the_date():
    draft = draft_of("kl. 10-13 den 9. februar i Ringsted")

    assert local(draft.starts_at) == datetime(2027, 2, 9, 10, 0)
    assert draft.place == "Ringsted"


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
        PROBLEM_NONEXISTENT_TIME, {"date": "søndag den 28. marts 2027", "time": "2.30"}
    )


def test_an_end_skipped_by_the_spring_change_does_not_exist_either():
    problem = problem_of("28. marts 2027 kl. 1-2.30")

    assert (problem.code, problem.details["time"]) == (PROBLEM_NONEXISTENT_TIME, "2.30")


def test_a_time_repeated_by_the_autumn_change_is_ambiguous():
    problem = problem_of("31 October 2027 02:30-04:00", language="en")

    assert problem == LineProblem(
        PROBLEM_AMBIGUOUS_TIME, {"date": "Sunday 31 October 2027", "time": "2:30"}
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
