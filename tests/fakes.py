"""Fakes of our own ports: the clock, a dialog's reading context, the unit of work."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Self
from zoneinfo import ZoneInfo

from meetings.agenda.entities import GroupSettings
from meetings.tasks.entities import ChaseSettings
from tests.fake_repositories import (
    FakeAddresses,
    FakeGroups,
    FakeMeetings,
    FakeMembers,
    FakeOutbox,
    FakeRetention,
    FakeSettingsRows,
)
from tests.fake_repositories_agenda import (
    FakeAgendaItems,
    FakeAttendances,
    FakeCycleMeetings,
    FakeInputResponses,
)
from tests.fake_repositories_minutes import (
    FakeImportReads,
    FakeMinutesEntries,
    FakeMinutesEvents,
    FakeMinutesLines,
    FakeMinutesOfMeetings,
    FakePresences,
    FakeReferatReads,
)
from tests.fake_repositories_phrasings import FakeLearntPhrasings
from tests.fake_repositories_privacy import FakePersonalData
from tests.fake_repositories_tasks import FakeChaseReads, FakeTaskNotes, FakeTasks
from tests.fake_repositories_year import FakeAnnualTextsRows, FakeSearchIndex, FakeYearReads
from tests.fake_tables import FakeDatabase

CPH = ZoneInfo("Europe/Copenhagen")  # the groups' time zone, the one tests write times in


def local(*args: int) -> datetime:
    """A moment as a Copenhagen wall clock shows it (`local(2027, 2, 5, 10, 0)`), in UTC as the
    clock and storage keep it."""
    return datetime(*args, tzinfo=CPH).astimezone(UTC)


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


class FakeUnitOfWork:
    """The domain's UnitOfWork port in memory (as in cosmicpython): every repository and read
    model over one FakeDatabase, so a use case runs without a database in microseconds.

    It is its own factory (`uow()` gives itself back), so code that opens a unit of work per
    turn shares the one database across turns. Nothing is rolled back: `commits` counts what
    the caller committed. tests/unit/common/test_fake_unit_of_work.py keeps it in step with the
    port.
    """

    groups: FakeGroups
    members: FakeMembers
    addresses: FakeAddresses
    meetings: FakeMeetings
    outbox: FakeOutbox
    settings: FakeSettingsRows
    items: FakeAgendaItems
    inputs: FakeInputResponses
    attendance: FakeAttendances
    cycle: FakeCycleMeetings
    tasks: FakeTasks
    task_notes: FakeTaskNotes
    chase_settings: FakeSettingsRows
    chase: FakeChaseReads
    minutes: FakeMinutesOfMeetings
    minutes_entries: FakeMinutesEntries
    minutes_lines: FakeMinutesLines
    presence: FakePresences
    minutes_events: FakeMinutesEvents
    imports: FakeImportReads
    documents: FakeReferatReads
    search: FakeSearchIndex
    annual_texts: FakeAnnualTextsRows
    reports: FakeYearReads
    retention: FakeRetention
    personal: FakePersonalData
    phrasings: FakeLearntPhrasings

    def __init__(self, db: FakeDatabase | None = None) -> None:
        self.db = db or FakeDatabase()
        self.commits = 0
        settings = {"settings": GroupSettings, "chase_settings": ChaseSettings}
        for name, repository in FakeUnitOfWork.__annotations__.items():
            extra = (settings[name],) if name in settings else ()
            setattr(self, name, repository(self.db, *extra))

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, traceback: TracebackType | None) -> None:
        return None

    async def flush(self) -> None:
        """Rows get their ids and defaults when added: nothing is left to write."""

    async def commit(self) -> None:
        self.commits += 1
