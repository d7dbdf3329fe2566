"""Days found in Danish and English text: dates written out or short, weekdays, days counted
from today, and the month and weekday names they are written with."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

import dateparser
from babel import Locale

from meetings.common.dates import LOCALES

# Spellings people type that CLDR does not list as month or weekday names.
_EXTRA_MONTH_WORDS = {"sept": 9}
_EXTRA_WEEKDAY_WORDS = {"tues": 1, "thur": 3, "thurs": 3}
_ALL_WIDTHS = ("wide", "abbreviated")


@dataclass(frozen=True)
class DayMention:
    """A day named in a text: where, as written, and which day (None when there is no such day)."""

    span: tuple[int, int]
    written: str
    day: date | None
    said_weekday: int | None = None  # 0 = Monday, when a weekday was written before the date


def month_number(word: str) -> int | None:
    """1–12 for a Danish or English month name or abbreviation ("feb.", "Marts", "May")."""
    return _month_words().get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """0 (Monday) – 6 for a Danish or English weekday name or abbreviation ("fre", "Friday")."""
    return _weekday_words().get(word.lower().rstrip("."))


def find_day(text: str, today: date) -> DayMention | None:
    """The first day named in a text: a written date, else a weekday of a week number ("fredag
    i uge 6") or of next week ("fredag i næste uge"), else "i morgen"-like words, else a weekday.

    A date without a year is its next occurrence from today; a weekday alone is the first one
    after today, as dateparser reads "next Friday".
    """
    if written := find_written_date(text, today):
        return written
    if in_week := _WEEKDAY_OF_WEEK.search(text):
        return DayMention(in_week.span(), in_week.group(), _day_of_week(in_week, today))
    if relative := _RELATIVE_DAY.search(text):
        return DayMention(relative.span(), relative.group(), _relative_day(relative.group(), today))
    if weekday := _RELATIVE_WEEKDAY.search(text):
        days_ahead = (weekday_number(weekday["weekday"]) - today.weekday() - 1) % 7 + 1
        return DayMention(weekday.span(), weekday.group(), today + timedelta(days=days_ahead))
    return None


def find_written_date(text: str, today: date) -> DayMention | None:
    """The first date written out in a text ("19. februar", "19/2", "February 19th"), not a
    day counted from today; its `day` is None when the date does not exist."""
    dates = [match for regex in _EXPLICIT_DATES if (match := regex.search(text))]
    if not dates:
        return None
    return _explicit_day(min(dates, key=lambda match: (match.start(), -match.end())), today)


def find_short_date(text: str, today: date) -> DayMention | None:
    """The first day written short, day and month with dots ("15.1.", "den 26.2", "fredag
    15.1", "15.1.27"), where it cannot be a clock: after a weekday or "den"/"d.", ending in a
    dot, with a year or ending the text ("til 26.2"), never after "kl." nor before "-13". A day
    without a year is its next occurrence; the task lines read theirs after a due word
    (meetings.tasks.line)."""
    for match in _SHORT_DATE.finditer(text):
        prefixed = match.start() < match.start("written")
        if _CLOCK_BEFORE.search(text, 0, match.start()):
            continue  # "kl. 9.15.", "fra 10 til 12.15."
        # At the end, its dot may have been dropped with the message's closing punctuation.
        if prefixed or match["dot"] or match["short_year"] or not text[match.end():].strip():
            return _explicit_day(match, today)
    return None


def find_first_day(text: str, today: date) -> DayMention | None:
    """The day a line names: a date written short ("fredag den 15.1.", "26.2.") unless a date
    written out comes first, else the first day find_day reads (its weekday alone would pass
    over the short date)."""
    short = find_short_date(text, today)
    written = find_written_date(text, today)
    if short is not None and (written is None or short.span[0] < written.span[0]):
        return short
    return find_day(text, today)


def _explicit_day(match: re.Match[str], today: date) -> DayMention:
    parts = match.groupdict()
    month = month_number(parts["month_name"]) if parts.get("month_name") else int(parts["month"])
    year = int(parts["year"]) if parts.get("year") else None
    if parts.get("short_year"):
        year = 2000 + int(parts["short_year"])
    day = _calendar_day(year, month or 0, int(parts["day"]), today)
    said = weekday_number(parts["weekday"]) if parts["weekday"] else None
    return DayMention(match.span(), match["written"], day, said)


def _day_of_week(match: re.Match[str], today: date) -> date | None:
    """"fredag i uge 6": that weekday of that ISO week this ISO year, or next year once it has
    passed; None for a week the ISO year does not have."""
    if match["next_week"]:  # "fredag i næste uge": that day of the ISO week after this one
        return today + timedelta(days=7 - today.weekday() + weekday_number(match["weekday"]))
    weekday, week = weekday_number(match["weekday"]) + 1, int(match["week"])
    for year in range(today.isocalendar().year, today.isocalendar().year + 2):
        try:
            day = date.fromisocalendar(year, week, weekday)
        except ValueError:
            return None
        if day >= today:
            return day
    return None


def _calendar_day(year: int | None, month: int, day: int, today: date) -> date | None:
    """The date itself, or without a year its next occurrence; None when it never exists."""
    # Nine years always include a leap year, so "29. februar" is found and "31. februar" is not.
    for candidate_year in [year] if year else range(today.year, today.year + 9):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if year or candidate >= today:
            return candidate
    return None


def _relative_day(phrase: str, today: date) -> date | None:
    phrase = _DAY_AFTER_TOMORROW.sub("om 2 dage", phrase)
    settings = {"RELATIVE_BASE": datetime.combine(today, time(12)), "PREFER_DATES_FROM": "future"}
    parsed = dateparser.parse(phrase, languages=["da", "en"], settings=settings)
    return parsed.date() if parsed else None


@cache
def _month_words() -> dict[str, int]:
    return _calendar_words(lambda locale: locale.months, _ALL_WIDTHS, _EXTRA_MONTH_WORDS)


@cache
def _weekday_words() -> dict[str, int]:
    return _calendar_words(lambda locale: locale.days, _ALL_WIDTHS, _EXTRA_WEEKDAY_WORDS)


def _calendar_words(
    names_of: Callable[[Locale], Mapping], widths: tuple[str, ...], extra: dict[str, int]
) -> dict[str, int]:
    """Lower-case spellings without a trailing dot, from CLDR via Babel, to their numbers."""
    words = dict(extra)
    for locale_name in LOCALES.values():
        names = names_of(Locale.parse(locale_name))
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in names[context][width].items():
                    words[name.lower().rstrip(".")] = number
    return words


def _alternation(words: dict[str, int]) -> str:
    # Longest first, so "marts" is tried before "mar" and "thurs" before "thu".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH = _alternation(_month_words())
_WEEKDAY = _alternation(_weekday_words())
WEEKDAY_PATTERN = _WEEKDAY  # a weekday written out or short, for patterns beside these
# Between a weekday and its week: "." only after a short one ("fre. uge 6"), else a sentence end
AFTER_WEEKDAY = r"\b(?:(?<!dag)(?<!day)\.)?,?\s+"
# Only full names: "man", "tor" and "sun" are ordinary words when no date follows them.
_FULL_WEEKDAY = _alternation(_calendar_words(lambda locale: locale.days, ("wide",), {}))

# What may stand before the date itself: "on Friday, the 9th", "fredag d. 9/2", "den 9. februar".
_DATE_PREFIX = rf"(?:on\s+)?(?:(?P<weekday>{_WEEKDAY})\b\.?,?\s+)?(?:(?:den|d\.|the)\s+)?"
# One pattern per way of writing a day, because Python's re refuses a group name used twice.
_DATE_FORMS = (
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b",
    # Danish numeric dates are day/month: "9/2", "29/9 2023", "11/8-2023", "9/2-24".
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})"
    r"(?:(?:[/-]|,?\s+)(?P<year>\d{4})\b|[/-](?P<short_year>\d{2})\b)?",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b",
    # "29-09-2023", as a date field and the bot's own examples write it.
    r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})\b",
    rf"(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<month_name>{_MONTH})\b\.?"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    rf"(?P<month_name>{_MONTH})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
)
# The look-behind keeps "2024-02-09" from also reading as "24-02" and "12/9/2" as "2/9".
_EXPLICIT_DATES = tuple(
    re.compile(rf"(?<![\w/.:-]){_DATE_PREFIX}(?P<written>{form})", re.IGNORECASE)
    for form in _DATE_FORMS
)
# "15.1.", "den 26.2", "5.2.27": read by find_short_date only where it cannot be "kl. 9.15".
_SHORT_DATE = re.compile(
    rf"(?<![\w/.:,-]){_DATE_PREFIX}(?P<written>(?P<day>3[01]|[12]\d|0?[1-9])"
    r"\.(?P<month>1[0-2]|0?[1-9])(?:\.(?P<short_year>\d{2}))?(?P<dot>\.)?)"
    r"(?![\d:]|\.\d|\s*[-–]\s*\d)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:\b(?:kl\.?|klokken|at)|\d(?:[.:]\d\d)?\s*(?:til|to|-|–))\s*$",
                           re.IGNORECASE)
# Days counted from today; dateparser resolves them, so their word forms stay its concern.
_RELATIVE_DAY = re.compile(
    r"\b(?:i\s+dag|i\s+morgen|(?:i\s+)?overmorgen|today|tomorrow|(?:the\s+)?day\s+after\s+tomorrow"
    r"|om\s+(?:\d{1,3}|en|et)\s+(?:dage?|uger?)|in\s+(?:\d{1,3}|an?|one|two|three)\s+(?:days?|weeks?))\b",
    re.IGNORECASE)
# "fredag i uge 6", "friday in week 6", "fredag i næste uge": a weekday of an ISO week number.
_WEEKDAY_OF_WEEK = re.compile(
    rf"(?<![\w.])(?:(?:on|på)\s+)?(?P<weekday>{_WEEKDAY}){AFTER_WEEKDAY}(?:(?:i|in|of)\s+)?"
    r"(?:(?:uge|week)\s+(?P<week>\d{1,2})|(?P<next_week>næste\s+uge|next\s+week))\b",
    re.IGNORECASE)
# dateparser 1.5 does not know "overmorgen"; it does know "om 2 dage".
_DAY_AFTER_TOMORROW = re.compile(r"^(?:i\s+)?overmorgen$", re.IGNORECASE)
_RELATIVE_WEEKDAY = re.compile(
    rf"\b(?:(?:næste|førstkommende|kommende|next|this|coming|på|on)\s+)?(?P<weekday>{_FULL_WEEKDAY})\b",
    re.IGNORECASE)
