"""Whole meeting lines read into drafts: the place, online or not, and the theme."""

from datetime import UTC, datetime

import pytest

from meetings.planning.meeting_line import PROBLEM_NO_TIME, MeetingDraft, parse_meeting_line
from tests.unit.planning.meeting_line_reading import CPH, NOW, draft_of, problem_of


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
    ("rest", "place", "online"),
    [
        ("(frokost fra 12) på Teams", None, True),
        ("(frokost fra 12) i Ringsted, Hækkerupsvej 1", "Ringsted, Hækkerupsvej 1", False),
        ("(frokost fra 12), (kaffe fra 9.30) online", None, True),
        ("i Ringsted (Hækkerupsvej 1)", "Ringsted (Hækkerupsvej 1)", False),
        ("på Rådhuset (mødelokale 2) og online", "Rådhuset (mødelokale 2)", True),
    ],
)
def test_a_remark_in_brackets_before_the_place_is_no_place(rest, place, online):
    """The steering group's heading "kl. 12.30-15 (frokost fra 12) på Teams": a place never
    begins with a bracket, so one there remarks on the time; after the place, it is the
    place's own detail."""
    draft = draft_of(f"9. februar kl. 12.30-15 {rest}")

    assert (draft.place, draft.online) == (place, online)


JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nj%40thread.v2/0?context=%7b%7d"


@pytest.mark.parametrize(("rest", "place"), [
    (f"online {JOIN}", None),
    (f"på Teams ({JOIN})", None),
    (f"i Ringsted, Hækkerupsvej 1 og {JOIN}.", "Ringsted, Hækkerupsvej 1"),
])
def test_a_pasted_join_link_is_where_to_join_online_and_no_part_of_the_place(rest, place):
    draft = draft_of(f"9. februar kl. 10-13 {rest}")

    assert (draft.place, draft.online, draft.online_url) == (place, True, JOIN)


def test_another_link_is_left_in_the_place_and_teams_in_it_says_not_online():
    draft = draft_of("9. februar kl. 10-13 i Ringsted, se https://kl.dk/teams-moeder")

    assert (draft.place, draft.online, draft.online_url) == (
        "Ringsted, se https://kl.dk/teams-moeder", False, None)
