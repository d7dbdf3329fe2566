"""The agenda cycle's queries: settings, items, answers to the call, attendance, cycle meetings."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value

from meetings.agenda.entities import AgendaItem, Attendance, GroupSettings, InputResponse
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from storage.repositories.groups import insert_if_absent


class SettingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, group_id: int) -> GroupSettings | None:
        return await self._session.get(GroupSettings, group_id)

    async def add_if_absent(self, values: dict) -> None:
        """Two turns making the defaults at once both succeed, and one row stays."""
        await insert_if_absent(self._session, GroupSettings, values, ["group_id"])


class AgendaItemRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, item: AgendaItem) -> None:
        self._session.add(item)

    async def get(self, item_id: int) -> AgendaItem | None:
        return await self._session.get(AgendaItem, item_id)

    async def of_meeting(
        self, meeting_id: int, statuses: Sequence[str] | None = None
    ) -> Sequence[AgendaItem]:
        """Accepted items in agenda order, the others in the order they came."""
        query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
        if statuses is not None:
            query = query.where(AgendaItem.status.in_(statuses))
        query = query.order_by(AgendaItem.position.nulls_last(), AgendaItem.id)
        return (await self._session.scalars(query)).all()

    async def transition(self, item_id: int, from_statuses: Sequence[str], **values) -> bool:
        """Change the item only if it is still in one of `from_statuses`: of two clicks on the
        same button, one changes it and the other finds it changed."""
        statement = (
            update(AgendaItem)
            .where(AgendaItem.id == item_id, AgendaItem.status.in_(from_statuses))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1

    async def refresh(self, item: AgendaItem) -> None:
        await self._session.refresh(item)

    async def next_position(self, meeting_id: int) -> int:
        query = select(func.coalesce(func.max(AgendaItem.position), 0)).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.status == ItemStatus.ACCEPTED
        )
        return int(await self._session.scalar(query)) + 1

    async def proposers(self, meeting_id: int) -> set[int]:
        query = select(AgendaItem.proposed_by).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.proposed_by.is_not(None)
        )
        return set(await self._session.scalars(query))

    async def add_copy_if_absent(self, values: dict) -> bool:
        return await insert_if_absent(self._session, AgendaItem, values, ["carried_from_item_id"])

    async def waiting_deferred(self, group_id: int, before: datetime) -> Sequence[AgendaItem]:
        """Deferred items of meetings starting before `before` that no meeting has taken yet."""
        copy = aliased(AgendaItem)
        query = (
            select(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(
                AgendaItem.group_id == group_id,
                AgendaItem.status == ItemStatus.DEFERRED,
                Meeting.starts_at < before,
                ~exists().where(copy.carried_from_item_id == AgendaItem.id),
            )
            .order_by(AgendaItem.id)
        )
        return (await self._session.scalars(query)).all()


    async def groups_with_waiting_deferred(self, group_ids: Sequence[int]) -> set[int]:
        """Which of these groups have a deferred item that no meeting has taken yet."""
        copy = aliased(AgendaItem)
        query = select(AgendaItem.group_id).distinct().where(
            AgendaItem.group_id.in_(group_ids), AgendaItem.status == ItemStatus.DEFERRED,
            ~exists().where(copy.carried_from_item_id == AgendaItem.id))
        return set(await self._session.scalars(query))


class InputResponseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(self, values: dict) -> bool:
        return await insert_if_absent(
            self._session, InputResponse, values, ["meeting_id", "member_id"]
        )

    async def answered(self, meeting_id: int) -> set[int]:
        query = select(InputResponse.member_id).where(InputResponse.meeting_id == meeting_id)
        return set(await self._session.scalars(query))

    async def forget(self, meeting_id: int) -> int:
        """Remove the meeting's "nothing from us" answers; how many there were."""
        result = await self._session.execute(
            delete(InputResponse).where(InputResponse.meeting_id == meeting_id))
        return result.rowcount


class AttendanceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def answer(self, values: dict) -> Attendance:
        """Insert or overwrite the member's answer in one statement: a changed mind wins."""
        insert = pg_insert if self._session.bind.dialect.name == "postgresql" else sqlite_insert
        statement = insert(Attendance).values(**values)
        statement = (
            statement.on_conflict_do_update(
                index_elements=["meeting_id", "member_id"],
                set_={
                    key: statement.excluded[key]
                    for key in ("status", "substitute_name", "updated_at")
                },
            )
            .returning(Attendance)
            .execution_options(populate_existing=True)
        )
        return (await self._session.scalars(statement)).one()

    async def of_meeting(self, meeting_id: int) -> dict[int, Attendance]:
        query = select(Attendance).where(Attendance.meeting_id == meeting_id)
        return {a.member_id: a for a in await self._session.scalars(query)}

    async def forget(self, meeting_id: int) -> int:
        """Remove the meeting's answers; how many there were."""
        result = await self._session.execute(
            delete(Attendance).where(Attendance.meeting_id == meeting_id))
        return result.rowcount


class CycleRepository:
    """The meetings the agenda cycle looks at."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def due(self, now: datetime, limit: int, after: tuple[datetime, int] | None = None
                  ) -> Sequence[tuple[Meeting, Group, GroupSettings | None]]:
        """Meetings whose cycle is due, by the index on `cycle_due_at`, each with its group and
        stored settings (None: the defaults), after `after` (due moment, id) in that order.
        A group the bot was removed from waits: a step done while nothing reaches the group
        would be lost, and added again it goes on from there (a step past its use skipped)."""
        query = (
            select(Meeting, Group, GroupSettings)
            .join(Group, Group.id == Meeting.group_id)
            .outerjoin(GroupSettings, GroupSettings.group_id == Meeting.group_id)
            .where(Meeting.cycle_due_at <= now, Group.bot_removed_at.is_(None))
            .order_by(Meeting.cycle_due_at, Meeting.id)
            .limit(limit)
        )
        if after is not None:
            query = query.where(or_(Meeting.cycle_due_at > after[0],
                                    and_(Meeting.cycle_due_at == after[0], Meeting.id > after[1])))
        return [tuple(row) for row in await self._session.execute(query)]

    async def pending_of_group(self, group_id: int) -> Sequence[Meeting]:
        """The group's meetings whose cycle still has a step ahead."""
        query = (select(Meeting)
                 .where(Meeting.group_id == group_id, Meeting.cycle_due_at.is_not(None))
                 .order_by(Meeting.starts_at, Meeting.id))
        return (await self._session.scalars(query)).all()

    async def bump_agenda_version(self, meeting: Meeting) -> int:
        """Increment in SQL, so two changes at once make two versions, not one."""
        statement = (
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(agenda_version=Meeting.agenda_version + 1)
            .returning(Meeting.agenda_version)
            .execution_options(synchronize_session=False)
        )
        version = (await self._session.execute(statement)).scalar_one()
        # Known to be in the database already: must not be written back as a change.
        set_committed_value(meeting, "agenda_version", version)
        return version

    async def next_after(self, meeting: Meeting) -> Meeting | None:
        """The group's next planned meeting after this one."""
        query = (
            select(Meeting)
            .where(
                Meeting.group_id == meeting.group_id,
                Meeting.id != meeting.id,
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at > meeting.starts_at,
            )
            .order_by(Meeting.starts_at, Meeting.id)
            .limit(1)
        )
        return await self._session.scalar(query)


