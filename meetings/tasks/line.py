"""Reading a task typed as one line of chat: "Rie undersøger om Socialtilsyn Øst kan deltage,
frist 1. december" or "Daniel brings the AI request to KL by 15 January".

The due clause is a word like "frist"/"senest"/"by"/"due" followed directly by a day; the owner
is named at the start of the sentence or in an "ansvarlig:"/"owner:" clause, by name or by an
@mention, which Teams writes into the text as <at>Name</at>.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from meetings.common.dates import format_date
from meetings.common.days_in_text import find_day
from meetings.common.weeks import week_year
from meetings.planning.meeting_line import (
    PROBLEM_INVALID_DATE,
    PROBLEM_PAST_DATE,
    LineProblem,
    no_such_week,
    parse_date_phrase,
)
from meetings.tasks.due_period import period_due_at

PROBLEM_NO_TITLE = "no_title"
PROBLEM_TITLE_TOO_LONG = "title_too_long"
# "frist 24. november" on 25 November: yesterday, not a day in next November.
PROBLEM_DAY_PASSED = "day_passed"
TITLE_LIMIT = 300  # the width of tasks.title
# A title at the limit with a due clause, an owner clause and @mention tags fits well within
# this; a longer line cannot be a task, and it is refused before it is read at all.
LINE_LIMIT = 3 * TITLE_LIMIT
# The longest day written after a due word, "on Wednesday, the 29th of September 2027", and room.
_DAY_WINDOW = 60

_DUE = re.compile(
    r"(?<!\w)(?:(?:med|with)\s+(?:a\s+)?)?"
    r"(?:frist(?:en)?(?:\s+er)?|deadline(?:\s+(?:er|is|of|on))?|senest|inden|før|forfalder"
    r"|due(?:\s+date)?(?:\s+(?:on|by|is))?|by|before|no\s+later\s+than|not\s+later\s+than)"
    r"(?!\w)\s*:?\s*",
    re.IGNORECASE,
)
# Days written short right after a due word, as Danish staff write them: "frist 1.12",
# "senest d. 1.12.26", "inden 5.2.2027"; "frist uge 49" is the Friday of that week. Only after
# a due word: elsewhere "9.10" is as often a clock as a date.
_SHORT_DAY = re.compile(
    r"(?:d\.\s*|den\s+)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}|\d{2}))?\.?"
    r"(?![\d:])")
_WEEK = re.compile(r"(?:i\s+)?(?:uge|week)\s*(?P<week>\d{1,2})(?:\s+(?P<year>\d{4}))?(?!\d)",
                   re.IGNORECASE)
# "ansvarlig: Daniel, Lotte og Søren": a list of capitalised names ending with og/and goes on
# past its commas; "ansvarlig: Daniel, frist 15. januar" ends at the first, and where the due
# clause was taken out (_CUT): "… frist 15. januar og ring til KL" is no more of the name.
_CUT = "\x00"
_NAME = r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
_OWNER = re.compile(
    r"[\s,;]*(?<!\w)(?i:ansvarlig|ansvar|owner|responsible)\s*:\s*"
    rf"(?P<owner>[^,;{_CUT}]*(?:(?:,\s*{_NAME})*,?\s+(?i:og|and|&)\s+{_NAME})?)",
)
# What the title goes on with after a clause taken out of its middle: "og ring til KL".
_JOINED_ON = re.compile(r"^(?:og|and|&)\s+", re.IGNORECASE)
_AT = re.compile(r"<at>(?P<name>.*?)</at>", re.IGNORECASE)
# "@Daniel" typed without picking Daniel from Teams' list arrives as plain text: the name.
_TYPED_AT = re.compile(r"(?<![\w@])@(?=[^\W\d_])")
# A time of day after the due day ("frist 1. marts kl. 12", "by Friday at 3pm"): a task is due
# on a day, so the time goes with the clause instead of staying in the title.
_CLOCK = re.compile(
    r"\s*,?\s*(?:(?:kl\.?|klokken|at)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:am|pm))?"
    r"|\d{1,2}[.:]\d{2}|\d{1,2}\s*(?:am|pm))(?!\w)", re.IGNORECASE)
_LEADING_AT = re.compile(r"\s*<at>(?P<name>.*?)</at>", re.IGNORECASE)
_SEPARATORS_BEFORE = re.compile(r"[\s,;]*$")
_EDGES = " \t,;:.-–—"
_NAME_WORDS = 3  # "Daniel Olsen", "Anne Marie Holm"; more is the start of the sentence
# A day without a year that fell within this long before today is that day, which has passed:
# tasks are typed from the minutes of a meeting weeks ago, with the days written then. Further
# back it is the day ahead ("frist 3.1" written in December is next January): a task is seldom
# given more than ten months, and a year can always be written.
_JUST_PASSED = timedelta(days=61)
_A_YEAR_APART = timedelta(days=300)  # further apart than a weekday or "i morgen" can move


@dataclass(frozen=True)
class TaskLine:
    """A task as typed: its title, who it names as owner, and the due day if one was written."""

    title: str  # the sentence without the due and owner clauses, <at> tags reduced to the name
    owner_hint: str | None  # the name as written: "Rie", "Daniel Olsen"
    mention: tuple[str, str] | None  # (teams_id, name) of the @mention that names the owner
    due_on: date | None
    owner_explicit: bool = False  # named in "ansvarlig:"/"owner:", so an unknown name is outside


@dataclass(frozen=True)
class _Due:
    span: tuple[int, int]
    day: date | LineProblem
    passed: date | None = None  # the day as it fell just before today, without a year written


def parse_task_line(
    text: str,
    *,
    now: datetime,
    tz: ZoneInfo,
    language: str = "da",
    mentions: Sequence[tuple[str, str]] = (),
) -> TaskLine | LineProblem:
    """The task a line describes, or the first thing wrong with it as a LineProblem."""
    text = " ".join(text.replace("\u00a0", " ").split())
    if len(text) > LINE_LIMIT:
        return _too_long(text)
    text = _TYPED_AT.sub("", text)
    today = now.astimezone(tz).date()
    due = _find_due(text, now=now, tz=tz, language=language)
    if due is not None:
        if isinstance(due.day, LineProblem):
            return due.day
        if due.day < today:
            return LineProblem(PROBLEM_PAST_DATE, {"date": format_date(due.day, language)})
        if due.passed is not None:
            return LineProblem(PROBLEM_DAY_PASSED, {"date": format_date(due.passed, language)})
        text = text[: due.span[0]] + _CUT + text[due.span[1]:]
    body, owner_written = _split_owner(text)
    text, body = text.replace(_CUT, " "), body.replace(_CUT, " ")
    title = _JOINED_ON.sub("", _title(body))
    if not title:
        return LineProblem(PROBLEM_NO_TITLE)
    if len(title) > TITLE_LIMIT:
        return _too_long(title)
    explicit = owner_written is not None
    hint, mention = _owner(owner_written or body, text, mentions, explicit=explicit)
    return TaskLine(title, hint, mention, due.day if due else None, explicit)


def _too_long(written: str) -> LineProblem:
    return LineProblem(PROBLEM_TITLE_TOO_LONG, {"length": str(len(written)),
                                                "limit": str(TITLE_LIMIT)})


def _find_due(text: str, *, now: datetime, tz: ZoneInfo, language: str) -> _Due | None:
    """The first due word followed directly by a day; "by email" or "før mødet" are no clause."""
    for keyword in _DUE.finditer(text):
        start = _SEPARATORS_BEFORE.search(text[: keyword.start()]).start()
        rest = text[keyword.end():]
        found = _day_at(rest, now=now, tz=tz, language=language)
        if found is None:
            continue
        length, day = found
        clock = _CLOCK.match(rest, length)
        span = (start, keyword.end() + (clock.end() if clock else length))
        return _Due(span, day, _just_passed(rest[:length], day, now=now, tz=tz, language=language))
    return None


def _day_at(text: str, *, now: datetime, tz: ZoneInfo,
            language: str) -> tuple[int, date | LineProblem] | None:
    """How long the day written at the very start of text is, and the day or its problem."""
    today = now.astimezone(tz).date()
    if (short := _short_day(text, today) or period_due_at(text, today)) is not None:
        return short
    length = _day_right_at(text, today)
    if length is None:
        return None
    return length, parse_date_phrase(text[:length], now=now, tz=tz, language=language)


def _just_passed(written: str, day: date | LineProblem, *, now: datetime, tz: ZoneInfo,
                 language: str) -> date | None:
    """The day `written` meant a little while ago, when that has passed and `day` is the same
    day a year on: "24. november", "24.11" or "uge 47" on 25 November 2026 was yesterday."""
    if not isinstance(day, date):
        return None
    before = _day_at(written, now=now - _JUST_PASSED, tz=tz, language=language)
    if before is None or not isinstance(before[1], date):
        return None
    earlier = before[1]
    passed = earlier < now.astimezone(tz).date() and day - earlier > _A_YEAR_APART
    return earlier if passed else None


def _short_day(text: str, today: date) -> tuple[int, date | LineProblem] | None:
    """A day written "1.12", "1.12.26" or "uge 49" at the start of text: how long it is, and
    the day (without a year its next occurrence), or the problem with it."""
    if (short := _SHORT_DAY.match(text)) is not None:
        year = int(short["year"]) if short["year"] else None
        year = year + 2000 if year is not None and year < 100 else year
        day = _next_day(year, today, lambda y: date(y, int(short["month"]), int(short["day"])))
        return short.end(), day or LineProblem(PROBLEM_INVALID_DATE, {"date": short.group()})
    if (week := _WEEK.match(text)) is not None:
        year = int(week["year"]) if week["year"] else None
        day = _next_day(year, today, lambda y: date.fromisocalendar(y, int(week["week"]), 5),
                        years=2, first=week_year(today))
        return week.end(), day or no_such_week(week.group(), int(week["week"]),
                                               year or week_year(today))
    return None


def _next_day(year: int | None, today: date, day_in: Callable[[int], date],
              years: int = 9, first: int | None = None) -> date | None:
    """The day in the year given, or without one its next occurrence from today (nine years
    hold a leap year, so "29.2" is found and "31.2" is not); a week is this year's or next
    (`years` 2 from the ISO year, `first`, as meetings.common.weeks reads it): "uge 53" is never
    one five years ahead."""
    first = today.year if first is None else first
    for candidate in [year] if year is not None else range(first, first + years):
        try:
            day = day_in(candidate)
        except ValueError:
            continue
        if year is not None or day >= today:
            return day
    return None


def _day_right_at(text: str, today: date) -> int | None:
    """How long the day written at the very start of text is, if one is."""
    # Only a short window: searching the whole rest of the line after every due word would
    # take time growing with the square of the line's length.
    text = text[:_DAY_WINDOW]
    # find_day prefers a written date anywhere to a weekday first, so look before it too.
    while (mention := find_day(text, today)) is not None:
        if mention.span[0] == 0:
            return mention.span[1]
        text = text[: mention.span[0]]
    return None


def _split_owner(text: str) -> tuple[str, str | None]:
    """The text without its "ansvarlig: X" clause, and X as written (None without one)."""
    match = _OWNER.search(text)
    if match is None or not match["owner"].strip(_EDGES):
        return text, None
    return text[: match.start()] + text[match.end():], match["owner"].strip(_EDGES)


def _title(body: str) -> str:
    return " ".join(_AT.sub(r"\g<name>", body).split()).strip(_EDGES)


def _owner(
    written: str, text: str, mentions: Sequence[tuple[str, str]], *, explicit: bool
) -> tuple[str | None, tuple[str, str] | None]:
    """The owner's name as written at the start of `written`, and the @mention it is, if any."""
    tag = _LEADING_AT.match(written)
    if tag is None:
        plain = _title(written)
        return (plain or None) if explicit else _leading_name(plain), None
    name = tag["name"].strip()
    tags = [match["name"].strip() for match in _AT.finditer(text)]
    return name or None, _mention_named(name, tags, mentions)


def _mention_named(
    name: str, tags: list[str], mentions: Sequence[tuple[str, str]]
) -> tuple[str, str] | None:
    """The mention behind <at>name</at>; Teams lets the writer shorten it to "Rie"."""
    key = name.casefold()
    for wanted in (
        lambda written: written == key,
        lambda written: written.split()[: len(key.split())] == key.split(),
    ):
        found = [mention for mention in mentions if wanted(mention[1].casefold())]
        if len(found) == 1:
            return found[0]
    # Teams lists the mentions in the order of their tags, the bot's own already taken out.
    if len(mentions) == len(tags) and name in tags:
        return mentions[tags.index(name)]
    return None


def _leading_name(written: str) -> str | None:
    """The first word and any capitalised words after it: "Rie", "Daniel Olsen", "rie"."""
    words: list[str] = []
    for word in written.split():
        bare = word.rstrip(_EDGES)
        if not bare or not bare[0].isalpha() or (words and not bare[0].isupper()):
            break
        words.append(bare)
        if bare != word or len(words) == _NAME_WORDS:
            break
    return " ".join(words) or None
