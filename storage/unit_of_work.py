"""The unit of work: one session and one transaction per turn or job run; a failure of the
database in it leaves as a StorageError."""

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.errors import StorageError
from storage.repositories.agenda import (
    AgendaItemRepository,
    AttendanceRepository,
    CycleRepository,
    InputResponseRepository,
    SettingsRepository,
)
from storage.repositories.chase import ChaseQueries
from storage.repositories.documents import DocumentReads
from storage.repositories.groups import AddressRepository, GroupRepository, MemberRepository
from storage.repositories.imports import ImportQueries
from storage.repositories.meetings import MeetingRepository
from storage.repositories.minutes import (
    MinutesEntryRepository,
    MinutesEventRepository,
    MinutesLineRepository,
    MinutesRepository,
    PresenceRepository,
)
from storage.repositories.outbox import OutboxRepository
from storage.repositories.personal import PersonalRows
from storage.repositories.phrasings import LearntPhrasingRepository
from storage.repositories.reports import AnnualTextsRepository, ReportReads
from storage.repositories.retention import RetentionRepository
from storage.repositories.search import MinutesSearchIndex
from storage.repositories.tasks import (
    ChaseSettingsRepository,
    TaskNoteRepository,
    TaskRepository,
)


class UnitOfWork:
    """Rolls back unless committed, so a failing turn leaves nothing half-written."""

    groups: GroupRepository
    members: MemberRepository
    addresses: AddressRepository
    meetings: MeetingRepository
    outbox: OutboxRepository
    settings: SettingsRepository
    items: AgendaItemRepository
    inputs: InputResponseRepository
    attendance: AttendanceRepository
    cycle: CycleRepository
    tasks: TaskRepository
    task_notes: TaskNoteRepository
    chase_settings: ChaseSettingsRepository
    minutes: MinutesRepository
    minutes_entries: MinutesEntryRepository
    minutes_lines: MinutesLineRepository
    presence: PresenceRepository
    minutes_events: MinutesEventRepository
    chase: ChaseQueries
    imports: ImportQueries
    search: MinutesSearchIndex
    annual_texts: AnnualTextsRepository
    reports: ReportReads
    documents: DocumentReads
    retention: RetentionRepository
    personal: PersonalRows
    phrasings: LearntPhrasingRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def __aenter__(self) -> Self:
        self.session = self._sessions()
        self.groups = GroupRepository(self.session)
        self.members = MemberRepository(self.session)
        self.addresses = AddressRepository(self.session)
        self.meetings = MeetingRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.settings = SettingsRepository(self.session)
        self.items = AgendaItemRepository(self.session)
        self.inputs = InputResponseRepository(self.session)
        self.attendance = AttendanceRepository(self.session)
        self.cycle = CycleRepository(self.session)
        self.tasks = TaskRepository(self.session)
        self.task_notes = TaskNoteRepository(self.session)
        self.chase_settings = ChaseSettingsRepository(self.session)
        self.minutes = MinutesRepository(self.session)
        self.minutes_entries = MinutesEntryRepository(self.session)
        self.minutes_lines = MinutesLineRepository(self.session)
        self.presence = PresenceRepository(self.session)
        self.minutes_events = MinutesEventRepository(self.session)
        self.chase = ChaseQueries(self.session)
        self.imports = ImportQueries(self.session)
        self.search = MinutesSearchIndex(self.session)
        self.annual_texts = AnnualTextsRepository(self.session)
        self.reports = ReportReads(self.session)
        self.documents = DocumentReads(self.session)
        self.retention = RetentionRepository(self.session)
        self.personal = PersonalRows(self.session)
        self.phrasings = LearntPhrasingRepository(self.session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                # Detach first so values read in the turn stay readable after it (a rollback
                # expires attached objects); what was not committed is still rolled back.
                self.session.expunge_all()
            await self.session.rollback()
            await self.session.close()
        except SQLAlchemyError as error:
            raise StorageError.of(error) from error
        if isinstance(exc, SQLAlchemyError):
            raise StorageError.of(exc) from exc

    async def commit(self) -> None:
        await self.session.commit()

    async def flush(self) -> None:
        await self.session.flush()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def unit_of_work_factory(engine: AsyncEngine) -> UnitOfWorkFactory:
    # expire_on_commit=False: values read in a turn stay readable after its commit without I/O.
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    return lambda: UnitOfWork(sessions)
