"""Fakes of our own ports."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime | None = None) -> None:
        self._now = now or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, now: datetime) -> None:
        self._now = now


@dataclass
class ReadingContext:
    """A dialog's context for the steps that only read a form: language, time zone and now.
    It has no unit of work, group or member, so a step that reaches for them fails."""

    now: datetime
    language: str = "da"
    time_zone: str = "Europe/Copenhagen"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
