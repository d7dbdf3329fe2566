"""Danish and English calendar words written out: dates and meeting times (the days a text
names are found by meetings.common.days_in_text). Every card and document writes its dates and
times with these, so "kl." and the dash are decided once:

- da: "fredag den 9. februar 2024 kl. 10.00–13.00", en: "Friday 9 February 2024, 10:00–13:00";
- the hour without a leading zero, minutes always written: "kl. 9.00", "9:00", as Dansk
  Sprognævn writes times in running text and the groups' minutes do ("kl. 9-12"); a leading
  zero belongs in a timetable's column, and a card or document is running text;
- a card (read on a screen) joins two times with an en dash, the typographic range sign that
  Danish and English both use; a Danish document (a Word file the group keeps beside its own
  minutes) with a hyphen, as those minutes do: "kl. 10.00-13.00"; an English document with the
  en dash English typography asks for in a range, "10:00–13:00" (document_dash).
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time

# en_GB, not en_US: day-month order and 24-hour times are what Danish colleagues expect in English.
LOCALES = {"da": "da_DK", "en": "en_GB"}
_DEFAULT_LANGUAGE = "da"

# Explicit patterns rather than Babel's "full": en_GB "full" puts a comma after the weekday, and
# a future CLDR could change either; these are the forms the groups write in their minutes.
_DATE_PATTERNS = {"da": "EEEE 'den' d. MMMM y", "en": "EEEE d MMMM y"}
_SHORT_DATE_PATTERNS = {"da": "d. MMM y", "en": "d MMM y"}
_LONG_DATE_PATTERNS = {"da": "d. MMMM y", "en": "d MMMM y"}
_TIME_PATTERNS = {"da": "H.mm", "en": "H:mm"}  # "9.00", "9:00": see the module's docstring

CARD_DASH = "–"  # "10.00–13.00" on a card, in a reply, in a calendar invitation
DOCUMENT_DASH = "-"  # "10.00-13.00" in a Danish Word document, as the groups' minutes write it


def language_of(language: str) -> str:
    """Reduce "en-US", "da_DK", "EN" and the like to "da" or "en"; anything else is Danish."""
    short = language.replace("_", "-").split("-")[0].lower()
    return short if short in LOCALES else _DEFAULT_LANGUAGE


def document_dash(language: str) -> str:
    """The dash between two times in a Word document: the seeds' hyphen in Danish ("kl.
    10.00-13.00"), the en dash of English typography ("10:00–13:00"); the groups' own minutes
    are Danish, so an English document has no hyphen of theirs to match."""
    return DOCUMENT_DASH if language_of(language) == "da" else CARD_DASH


def format_date(d: date, language: str) -> str:
    """da: "fredag den 9. februar 2024", en: "Friday 9 February 2024"."""
    return _formatted(d, _DATE_PATTERNS, language)


def format_short_date(d: date, language: str) -> str:
    """da: "9. feb. 2024", en: "9 Feb 2024"."""
    return _formatted(d, _SHORT_DATE_PATTERNS, language)


def format_long_date(d: date, language: str) -> str:
    """da: "9. februar 2024", en: "9 February 2024" (no weekday)."""
    return _formatted(d, _LONG_DATE_PATTERNS, language)


def weekday_name(d: date, language: str) -> str:
    """da: "fredag", en: "Friday"."""
    return babel_format_date(d, "EEEE", locale=LOCALES[language_of(language)])


def format_clock(t: time, language: str) -> str:
    """da: "10.00", "9.00", en: "10:00", "9:00"."""
    lang = language_of(language)
    return _babel_time(t, _TIME_PATTERNS[lang], lang)


def format_clock_span(start: time, end: time, language: str, dash: str = CARD_DASH) -> str:
    """da: "10.00–13.00", en: "10:00–13:00" (a document passes document_dash(language))."""
    return f"{format_clock(start, language)}{dash}{format_clock(end, language)}"


def at_clock(day: str, clock: str, language: str) -> str:
    """A written day and a written time or span together: da "… kl. 10.00", en "…, 10:00"."""
    return f"{day} kl. {clock}" if language_of(language) == "da" else f"{day}, {clock}"


def format_day_and_time(day: date, start: time, end: time | None, language: str,
                        dash: str = CARD_DASH) -> str:
    """A day's meeting as a card writes it when only the local day and times are known:
    da "fredag den 9. februar 2024 kl. 10.00–13.00", en "Friday 9 February 2024, 10:00–13:00"."""
    clock = format_clock(start, language) if end is None \
        else format_clock_span(start, end, language, dash)
    return at_clock(format_date(day, language), clock, language)


def format_moment(moment: datetime, language: str) -> str:
    """When something happened, short, for a list of events: da "4. dec. 2023 kl. 9.00", en
    "4 Dec 2023, 9:00" (moment already in local time)."""
    return at_clock(format_short_date(moment.date(), language),
                    format_clock(moment.time(), language), language)


def format_meeting_time(starts_at: datetime, ends_at: datetime, tz: ZoneInfo, language: str,
                        dash: str = CARD_DASH) -> str:
    """The meeting's local date and time span, with both dates when it runs past midnight.

    da: "fredag den 9. februar 2024 kl. 10.00–13.00"; en: "Friday 9 February 2024, 10:00–13:00".
    """
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    if start.date() == end.date():
        return format_day_and_time(start.date(), start.time(), end.time(), language, dash)
    return (f"{format_day_and_time(start.date(), start.time(), None, language)} {dash} "
            f"{format_day_and_time(end.date(), end.time(), None, language)}")


def _formatted(d: date, patterns: dict[str, str], language: str) -> str:
    lang = language_of(language)
    return _babel_date(d, patterns[lang], lang)


@lru_cache(maxsize=4096)
def _babel_date(d: date, pattern: str, lang: str) -> str:
    # Babel parses the pattern and walks the locale's data on every call (some 60 µs): a list
    # of search hits or tasks names the same few days again and again.
    return babel_format_date(d, pattern, locale=LOCALES[lang])


@lru_cache(maxsize=1024)
def _babel_time(t: time, pattern: str, lang: str) -> str:
    return babel_format_time(t, pattern, locale=LOCALES[lang])
