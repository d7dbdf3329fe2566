"""Download links: scoped to one kind of document, expiring, signed with the row's secret.

A link is "<id>-<last day>-<signature>"; the signature is an HMAC of the kind, the id and the
last day, keyed with the row's own random token, which never leaves the server. So a calendar
link cannot open the agenda, a changed day breaks the signature, and asking again gives a link
that runs from today; nothing is written to hand one out. A document of a row's year (the
group's annual report) has "<id>-<year>-<last day>-<signature>", the year signed with the rest.
"""

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

LINK_DAYS = 90  # a quarter: long enough for the meeting it belongs to, short for a lost link
EXPORT_HOURS = 24  # a person's export: long enough to open it, short if it is forwarded
_LINK = re.compile(r"(\d{1,12})-(\d{8})-([0-9a-f]{32})")
_YEAR_LINK = re.compile(r"(\d{1,12})-(\d{4})-(\d{8})-([0-9a-f]{32})")


@dataclass(frozen=True)
class LinkLifetimes:
    """How long the links handed out open: the documents' (calendar, agenda, referat, annual
    report) in days, a person's export in hours. Settings give them; these are the defaults."""

    document_days: int = LINK_DAYS
    export_hours: int = EXPORT_HOURS


DEFAULT_LIFETIMES = LinkLifetimes()


def new_secret() -> str:
    """A row's own signing secret: 24 random bytes, 32 characters."""
    return secrets.token_urlsafe(24)


def link_token(kind: str, subject_id: int, secret: str, now: datetime,
               days: int = LINK_DAYS) -> str:
    day = link_last_day(now, days).strftime("%Y%m%d")
    return f"{subject_id}-{day}-{_signature(kind, str(subject_id), day, secret)}"


def year_link_token(kind: str, subject_id: int, year: int, secret: str, now: datetime,
                    days: int = LINK_DAYS) -> str:
    """A link to the row's document of one year: no other year's, no other row's."""
    day, subject = link_last_day(now, days).strftime("%Y%m%d"), f"{subject_id}-{year:04d}"
    return f"{subject}-{day}-{_signature(kind, subject, day, secret)}"


def link_subject(token: str) -> int | None:
    """The row id a link names (not yet checked); None for no link of ours."""
    match = _LINK.fullmatch(token)
    return int(match.group(1)) if match else None


def year_link_subject(token: str) -> tuple[int, int] | None:
    """The row id and the year a year's link names (not yet checked); None for no such link."""
    match = _YEAR_LINK.fullmatch(token)
    return (int(match.group(1)), int(match.group(2))) if match else None


def link_opens(token: str, kind: str, secret: str, now: datetime) -> bool:
    """Whether the link was made for this kind and row and has not expired."""
    match = _LINK.fullmatch(token)
    if match is None:
        return False
    subject_id, day, signature = match.groups()
    return _opens(kind, str(int(subject_id)), day, signature, secret, now)


def year_link_opens(token: str, kind: str, secret: str, now: datetime) -> bool:
    """Whether the year's link was made for this kind, row and year and has not expired."""
    match = _YEAR_LINK.fullmatch(token)
    if match is None:
        return False
    subject_id, year, day, signature = match.groups()
    return _opens(kind, f"{int(subject_id)}-{year}", day, signature, secret, now)


def _opens(kind: str, subject: str, day: str, signature: str, secret: str,
           now: datetime) -> bool:
    expected = _signature(kind, subject, day, secret)
    if not hmac.compare_digest(signature, expected):
        return False
    return now.astimezone(UTC).date() <= _day(day)


def link_last_day(now: datetime, days: int = LINK_DAYS) -> date:
    return now.astimezone(UTC).date() + timedelta(days=days)


def _signature(kind: str, subject: str, day: str, secret: str) -> str:
    message = f"{kind}\n{subject}\n{day}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def _day(day: str) -> date:
    return date(int(day[:4]), int(day[4:6]), int(day[6:]))
