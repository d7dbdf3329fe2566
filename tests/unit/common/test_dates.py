"""Dates and meeting times written in Danish and English, and calendar words read back."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.common.dates import (
    format_date,
    format_meeting_time,
    format_short_date,
    language_of,
    weekday_name,
)
from meetings.common.days_in_text import DayMention, find_day, month_number, weekday_number
from meetings.common.weeks import WeekMention, find_week

CPH = ZoneInfo("Europe/Copenhagen")
FRIDAY = date(2024, 2, 9)


@pytest.mark.parametrize(
    ("d", "language", "written"),
    [
        (FRIDAY, "da", "fredag den 9. februar 2024"),
        (FRIDAY, "en", "Friday 9 February 2024"),
        (date(2027, 5, 1), "da", "lørdag den 1. maj 2027"),
        (date(2027, 12, 24), "en", "Friday 24 December 2027"),
    ],
)
def test_a_date_is_written_out_with_its_weekday(d, language, written):
    assert format_date(d, language) == written


@pytest.mark.parametrize(
    ("d", "language", "written"),
    [
        (FRIDAY, "da", "9. feb. 2024"),
        (FRIDAY, "en", "9 Feb 2024"),
        (date(2024, 5, 9), "da", "9. maj 2024"),
        (date(2024, 9, 9), "en", "9 Sep 2024"),
    ],
)
def test_a_short_date_abbreviates_the_month(d, language, written):
    assert format_short_date(d, language) == written


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("da", "fredag"),
        ("en", "Friday"),
        ("en-US", "Friday"),
        ("da_DK", "fredag"),
        ("de", "fredag"),
    ],
)
def test_weekday_names_follow_the_language_and_default_to_danish(language, name):
    assert weekday_name(FRIDAY, language) == name


@pytest.mark.parametrize(
    ("given", "language"),
    [
        ("da", "da"),
        ("en", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("en_GB", "en"),
        ("da-DK", "da"),
        ("fr-FR", "da"),
        ("", "da"),
    ],
)
def test_a_locale_is_reduced_to_one_of_our_two_languages(given, language):
    assert language_of(given) == language


def test_a_winter_meeting_is_written_in_danish_with_dotted_times():
    starts_at = datetime(2024, 2, 9, 9, 0, tzinfo=UTC)
    ends_at = datetime(2024, 2, 9, 12, 0, tzinfo=UTC)

    written = format_meeting_time(starts_at, ends_at, CPH, "da")

    assert written == "fredag den 9. februar 2024 kl. 10.00–13.00"


def test_a_winter_meeting_is_written_in_english_with_colons():
    starts_at = datetime(2024, 2, 9, 9, 0, tzinfo=UTC)
    ends_at = datetime(2024, 2, 9, 12, 0, tzinfo=UTC)

    written = format_meeting_time(starts_at, ends_at, CPH, "en")

    assert written == "Friday 9 February 2024, 10:00–13:00"


def test_a_summer_meeting_is_written_in_summer_time():
    starts_at = datetime(2027, 3, 28, 8, 0, tzinfo=UTC)
    ends_at = datetime(2027, 3, 28, 11, 30, tzinfo=UTC)

    written = format_meeting_time(starts_at, ends_at, CPH, "da")

    assert written == "søndag den 28. marts 2027 kl. 10.00–13.30"


def test_a_meeting_past_midnight_shows_both_dates():
    starts_at = datetime(2024, 2, 9, 21, 0, tzinfo=UTC)
    ends_at = datetime(2024, 2, 10, 0, 30, tzinfo=UTC)

    assert format_meeting_time(starts_at, ends_at, CPH, "da") == (
        "fredag den 9. februar 2024 kl. 22.00 – lørdag den 10. februar 2024 kl. 1.30"
    )
    assert format_meeting_time(starts_at, ends_at, CPH, "en") == (
        "Friday 9 February 2024, 22:00 – Saturday 10 February 2024, 1:30"
    )


def test_the_local_date_decides_not_the_utc_date():
    # 23:30 UTC on 8 February is already 00:30 on the 9th in Copenhagen.
    starts_at = datetime(2024, 2, 8, 23, 30, tzinfo=UTC)
    ends_at = datetime(2024, 2, 9, 1, 0, tzinfo=UTC)

    assert format_meeting_time(starts_at, ends_at, CPH, "da") == (
        "fredag den 9. februar 2024 kl. 0.30–2.00"
    )


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("januar", 1),
        ("Februar", 2),
        ("feb.", 2),
        ("marts", 3),
        ("March", 3),
        ("mar", 3),
        ("maj", 5),
        ("May", 5),
        ("okt", 10),
        ("October", 10),
        ("sept", 9),
        ("dec.", 12),
    ],
)
def test_month_names_are_read_in_both_languages(word, number):
    assert month_number(word) == number


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("mandag", 0),
        ("Monday", 0),
        ("tir.", 1),
        ("tues", 1),
        ("onsdag", 2),
        ("thurs", 3),
        ("fredag", 4),
        ("Fri", 4),
        ("lørdag", 5),
        ("søndag", 6),
        ("Sunday", 6),
    ],
)
def test_weekday_names_are_read_in_both_languages(word, number):
    assert weekday_number(word) == number


@pytest.mark.parametrize("word", ["", "møde", "februa", "Ringsted"])
def test_other_words_are_no_month_and_no_weekday(word):
    assert month_number(word) is None
    assert weekday_number(word) is None


def test_a_found_day_knows_where_it_was_written_and_the_weekday_said():
    text = "nyt møde fredag den 9. februar 2024 kl. 10"

    mention = find_day(text, date(2024, 1, 1))

    assert mention == DayMention((9, 35), "9. februar 2024", FRIDAY, said_weekday=4)
    assert text[slice(*mention.span)] == "fredag den 9. februar 2024"


def test_an_impossible_day_is_found_without_a_date():
    mention = find_day("31. februar", date(2024, 1, 1))

    assert mention is not None
    assert (mention.written, mention.day) == ("31. februar", None)


def test_a_text_without_a_day_finds_none():
    assert find_day("kl. 10-13 i Ringsted", date(2024, 1, 1)) is None


def test_the_first_of_two_dates_is_the_one_found():
    mention = find_day("9/2 eller 16/2", date(2024, 1, 1))

    assert mention is not None and mention.day == FRIDAY


@pytest.mark.parametrize("text", ["Dato: 09-02-2024", "fredag 9-2-2024 kl. 10", "2024-02-09"])
def test_a_date_written_with_dashes_and_its_year_is_found(text):
    mention = find_day(text, date(2023, 1, 1))

    assert mention is not None and mention.day == FRIDAY


@pytest.mark.parametrize(("text", "written", "days"), [
    # on 28 December 2026 week 5 of 2026 has passed: it is that of 2027
    ("jeg kan ikke komme til mødet i uge 5", "uge 5", (date(2027, 2, 1), date(2027, 2, 7))),
    ("fredag i uge 5", "fredag i uge 5", (date(2027, 2, 5), date(2027, 2, 5))),
    ("the meeting in week 53", "week 53", (date(2026, 12, 28), date(2027, 1, 3))),
    # a weekday of next week: Monday 28 December 2026 is in week 53, next week is week 1
    ("afbud til mødet fredag i næste uge", "fredag i næste uge", (date(2027, 1, 8),) * 2),
    ("Friday next week", "Friday next week", (date(2027, 1, 8), date(2027, 1, 8))),
])
def test_a_week_is_found_by_its_number_this_year_or_next_or_as_next_week(text, written, days):
    assert find_week(text, date(2026, 12, 28)) == WeekMention(written, days)


def test_a_week_no_year_has_is_found_with_no_days_and_its_number():
    assert find_week("uge 54", date(2026, 12, 28)) == WeekMention("uge 54", None, 54)


@pytest.mark.parametrize("today", [date(2027, 1, 1), date(2027, 1, 3)])
def test_in_the_first_days_of_january_the_week_going_on_may_be_last_years_53rd(today):
    # 1–3 January 2027 are in ISO week 53 of 2026: "uge 53" is this week, not a week 2027 lacks
    assert find_week("mødet i uge 53", today) == WeekMention(
        "uge 53", (date(2026, 12, 28), date(2027, 1, 3)))
    assert find_week("fredag i uge 53", today) == WeekMention(
        "fredag i uge 53", (date(2027, 1, 1), date(2027, 1, 1)))


@pytest.mark.parametrize("today", [date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31)])
def test_in_the_last_days_of_december_the_weeks_are_counted_in_next_iso_year(today):
    # 29–31 December 2025 are in ISO week 1 of 2026, and 2026 has a week 53
    assert find_week("uge 1", today) == WeekMention("uge 1", (date(2025, 12, 29),
                                                             date(2026, 1, 4)))
    assert find_day("fredag i uge 53", today).day == date(2027, 1, 1)
    assert find_day("Friday of week 1", today).day == date(2026, 1, 2)


def test_a_text_without_a_week_number_finds_none():
    assert find_week("mødet i næste uge", date(2026, 12, 28)) is None


@pytest.mark.parametrize("text", [
    "fredag i næste uge kl. 10-13", "Friday next week at 10", "on Friday of next week"])
def test_a_weekday_of_next_week_is_that_day_of_the_week_after_this_one(text):
    # Monday 25 January 2027: this Friday is the 29th, next week's the 5th of February
    mention = find_day(text, date(2027, 1, 25))

    assert mention is not None and mention.day == date(2027, 2, 5)
    assert "uge" in mention.written or "week" in mention.written


@pytest.mark.parametrize(("text", "week"), [
    ("afbud til fredag. Næste uge kan jeg godt", None),
    ("I can't make it on Friday. Next week I'm free", None),
    ("Jeg kommer fredag. Uge 6 er jeg væk",
     WeekMention("Uge 6", (date(2027, 2, 8), date(2027, 2, 14))))])
def test_a_weekday_ending_a_sentence_is_not_a_day_of_the_week_in_the_next(text, week):
    mention = find_day(text, date(2027, 1, 25))

    assert mention is not None and mention.day == date(2027, 1, 29)
    assert find_week(text, date(2027, 1, 25)) == week


def test_a_short_weekday_with_its_full_stop_is_still_a_day_of_next_week():
    assert find_week("afbud fre. næste uge", date(2027, 1, 25)) == WeekMention(
        "fre. næste uge", (date(2027, 2, 5), date(2027, 2, 5)))
