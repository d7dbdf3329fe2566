"""Moves as typed: what the line names changes, everything else stays as the meeting has it."""

from datetime import UTC, datetime, timedelta

import pytest

from meetings.planning.meeting_line import (
    PROBLEM_NO_DATE,
    PROBLEM_NO_TIME,
    PROBLEM_PAST_DATE,
    LineProblem,
    MeetingDraft,
)
from meetings.planning.move_line import parse_move_line
from tests.unit.planning.meeting_line_reading import CPH, NOW, local

SORO = "Sorø Rådhus, mødelokale 2"
# Friday 23 April 2027, 10.00–12.30 at Sorø Rådhus, theme Psykiatrien.
MEETING = MeetingDraft(starts_at=datetime(2027, 4, 23, 8, 0, tzinfo=UTC),
                       ends_at=datetime(2027, 4, 23, 10, 30, tzinfo=UTC), place=SORO,
                       online=False, theme="Psykiatrien")


def moved(line: str, current: MeetingDraft = MEETING, language: str = "da") -> MeetingDraft:
    draft = parse_move_line(line, current, now=NOW, tz=CPH, language=language)
    assert isinstance(draft, MeetingDraft), draft
    return draft


def refused(line: str) -> LineProblem:
    problem = parse_move_line(line, MEETING, now=NOW, tz=CPH)
    assert isinstance(problem, LineProblem), problem
    return problem


def test_a_new_day_and_time_keep_the_place_and_the_theme():
    draft = moved("fredag 30. april 2027 kl. 9-12")
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 4, 30, 9, 0), datetime(2027, 4, 30, 12, 0))
    assert (draft.place, draft.online, draft.theme) == (SORO, False, "Psykiatrien")


@pytest.mark.parametrize("line", ["30. april 2027", "fredag den 30. april", "30/4"])
def test_a_new_date_alone_keeps_the_start_time_and_the_length(line):
    draft = moved(line)
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 4, 30, 10, 0), datetime(2027, 4, 30, 12, 30))


def test_a_new_start_alone_keeps_the_day_and_the_length():
    draft = moved("kl. 13")
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 4, 23, 13, 0), datetime(2027, 4, 23, 15, 30))


def test_a_new_date_and_start_keep_the_length():
    draft = moved("7 May 2027 at 9", language="en")
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 5, 7, 9, 0), datetime(2027, 5, 7, 11, 30))


def test_a_length_written_gives_the_new_length():
    draft = moved("kl. 13 i 2 timer")
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 4, 23, 13, 0), datetime(2027, 4, 23, 15, 0))
    draft = moved("30. april 2027 i en time")
    assert (local(draft.starts_at), local(draft.ends_at)) == (
        datetime(2027, 4, 30, 10, 0), datetime(2027, 4, 30, 11, 0))
    assert draft.place == SORO


def test_the_length_is_kept_in_real_hours_across_the_change_to_summer_time():
    winter = MeetingDraft(starts_at=datetime(2027, 3, 19, 9, 0, tzinfo=UTC),
                          ends_at=datetime(2027, 3, 19, 12, 0, tzinfo=UTC), place=None,
                          online=True)
    draft = moved("2. april 2027", winter)
    assert draft.ends_at - draft.starts_at == timedelta(hours=3)
    assert local(draft.starts_at) == datetime(2027, 4, 2, 10, 0)


@pytest.mark.parametrize(("line", "place", "online"), [
    ("30. april 2027 online", None, True),
    ("30. april 2027 på Teams", None, True),
    ("30. april 2027 i Ringsted, Hækkerupsvej 1", "Ringsted, Hækkerupsvej 1", False),
    ("30. april 2027 i Ringsted og på Teams", "Ringsted", True),
])
def test_naming_the_place_or_online_replaces_both(line, place, online):
    draft = moved(line)
    assert (draft.place, draft.online) == (place, online)


def test_a_new_theme_replaces_the_old_one():
    assert moved("30. april 2027 tema: Anbringelser").theme == "Anbringelser"


def test_a_meeting_online_stays_online_when_only_the_time_moves():
    online = MeetingDraft(MEETING.starts_at, MEETING.ends_at, None, True, None)
    draft = moved("30. april 2027 kl. 9-12", online)
    assert (draft.place, draft.online, draft.theme) == (None, True, None)


@pytest.mark.parametrize(("line", "code"), [
    ("Ringsted", PROBLEM_NO_DATE),
    ("næste uge", PROBLEM_NO_DATE),
    ("30. april 2027 kl. 25", PROBLEM_NO_TIME),
    ("4. januar 2027", PROBLEM_PAST_DATE),
])
def test_a_line_that_is_no_move_is_refused(line, code):
    assert refused(line).code == code


@pytest.mark.parametrize(("line", "language"), [
    ("fredag 30. april 2027 kl. 9-12 samme sted", "da"),
    ("fredag 30. april 2027 kl. 9-12 i samme lokale", "da"),
    ("fredag 30. april 2027 kl. 9-12, sted: som sidst", "da"),
    ("30 April 2027 9-12 same place", "en"),
    ("30 April 2027 9-12 in the same room", "en"),
])
def test_the_same_place_said_in_words_keeps_the_place(line, language):
    draft = moved(line, language=language)
    assert (draft.place, draft.online) == (SORO, False)
    assert local(draft.starts_at) == datetime(2027, 4, 30, 9, 0)


def test_the_same_place_and_online_keeps_the_place_and_adds_teams():
    draft = moved("fredag 30. april 2027 kl. 9-12 samme sted og online")
    assert (draft.place, draft.online) == (SORO, True)


@pytest.mark.parametrize("line", ["fredag i uge 6", "friday in week 6"])
def test_a_move_to_a_weekday_in_a_week_number_keeps_the_place(line):
    draft = moved(line, language="en" if "week" in line else "da")
    assert (local(draft.starts_at).date(), draft.place) == (datetime(2027, 2, 12).date(), SORO)
