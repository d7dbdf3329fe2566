"""The minutes' queries: the minutes of a meeting, its entries, who came, and its log.

Changes that two clicks or two replicas can race on (opening, settling, resolving) are single
conditional statements, so exactly one of them does the change.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import exists, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.groups.entities import Group
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, MinutesLine, Presence
from meetings.minutes.vocabulary import EventKind, MinutesStatus
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from storage.repositories.groups import insert_if_absent


class MinutesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(self, values: dict) -> bool:
        """One minutes per meeting however many open it at once; True for the one that made
        them."""
        return await insert_if_absent(self._session, Minutes, values, ["meeting_id"])

    async def get(self, minutes_id: int) -> Minutes | None:
        return await self._session.get(Minutes, minutes_id)


    async def of_meeting(self, meeting_id: int) -> Minutes | None:
        query = (select(Minutes).where(Minutes.meeting_id == meeting_id)
                 .execution_options(populate_existing=True))
        return await self._session.scalar(query)

    async def change(self, minutes_id: int, from_statuses: Sequence[str], **values) -> bool:
        """Change the minutes only while in one of `from_statuses`: of a tick and a click
        that both approve, one does."""
        statement = (
            update(Minutes)
            .where(Minutes.id == minutes_id, Minutes.status.in_(from_statuses))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1

    async def lock(self, minutes_id: int) -> None:
        """Hold the minutes' row until commit (a no-op update), so a check followed by an
        insert (one approval per member) is not raced by a second click."""
        statement = (
            update(Minutes).where(Minutes.id == minutes_id)
            .values(version=Minutes.version)
            .execution_options(synchronize_session=False)
        )
        await self._session.execute(statement)

    async def refresh(self, minutes: Minutes) -> None:
        await self._session.refresh(minutes)

    async def meetings_started(self, group_id: int, since: datetime,
                               until: datetime) -> Sequence[Meeting]:
        """The group's meetings, held or planned, starting in [since, until), latest first: the
        one whose minutes a captured chat line belongs to."""
        query = (
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.status != MeetingStatus.CANCELLED,
                   Meeting.starts_at >= since, Meeting.starts_at < until)
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
        return (await self._session.scalars(query)).all()

    async def past_deadline(self, now: datetime,
                            limit: int = 100) -> Sequence[tuple[Minutes, bool]]:
        """Posted minutes whose deadline has passed, each with whether a comment is still open;
        those with one only until the chair and the secretary are told after that deadline.
        None of a group the bot was removed from: nobody could comment, so no silence counts.
        One select by the index on (status, approve_by)."""
        open_comment = exists().where(
            MinutesEvent.minutes_id == Minutes.id, MinutesEvent.kind == EventKind.COMMENT,
            MinutesEvent.resolved_at.is_(None))
        told = exists().where(
            MinutesEvent.minutes_id == Minutes.id, MinutesEvent.kind == EventKind.WAITING,
            MinutesEvent.created_at >= Minutes.approve_by)
        query = (
            select(Minutes, open_comment)
            .where(Minutes.status == MinutesStatus.POSTED, Minutes.approve_by <= now,
                   or_(~open_comment, ~told), Minutes.group_id.not_in(
                       select(Group.id).where(Group.bot_removed_at.is_not(None))))
            .order_by(Minutes.approve_by, Minutes.id)
            .limit(limit)
        )
        return [(minutes, bool(waiting))
                for minutes, waiting in (await self._session.execute(query)).tuples()]


class MinutesEntryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(self, values: dict) -> bool:
        return await insert_if_absent(self._session, MinutesEntry, values,
                                      ["minutes_id", "number"])

    async def get(self, entry_id: int) -> MinutesEntry | None:
        return await self._session.get(MinutesEntry, entry_id)

    async def of_minutes(self, minutes_id: int) -> Sequence[MinutesEntry]:
        query = (select(MinutesEntry).where(MinutesEntry.minutes_id == minutes_id)
                 .order_by(MinutesEntry.number))
        return (await self._session.scalars(query)).all()

    async def numbered(self, minutes_id: int, number: int) -> MinutesEntry | None:
        query = select(MinutesEntry).where(MinutesEntry.minutes_id == minutes_id,
                                           MinutesEntry.number == number)
        return await self._session.scalar(query)

    async def refresh(self, entry: MinutesEntry) -> None:
        await self._session.refresh(entry)

    async def remove(self, entry: MinutesEntry) -> None:
        await self._session.delete(entry)
        await self._session.flush()


class MinutesLineRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(self, values: dict) -> bool:
        """A message Teams delivers again keeps the line its first delivery remembered."""
        return await insert_if_absent(self._session, MinutesLine, values,
                                      ["minutes_id", "message_id", "position"])

    async def of_message(self, group_id: int, message_id: str) -> Sequence[MinutesLine]:
        query = (select(MinutesLine).join(Minutes, Minutes.id == MinutesLine.minutes_id)
                 .where(Minutes.group_id == group_id, MinutesLine.message_id == message_id)
                 .order_by(MinutesLine.position)
                 .execution_options(populate_existing=True))  # as now, read again
        return (await self._session.scalars(query)).all()

    async def remove(self, line: MinutesLine) -> None:
        await self._session.delete(line)
        await self._session.flush()


class PresenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(self, values: dict) -> bool:
        """Prefilled once: a later open does not undo what the secretary ticked."""
        return await insert_if_absent(self._session, Presence, values,
                                      ["minutes_id", "member_id"])

    async def set(self, values: dict) -> Presence:
        """Insert or overwrite the member's presence in one statement."""
        insert = pg_insert if self._session.bind.dialect.name == "postgresql" else sqlite_insert
        statement = insert(Presence).values(**values)
        statement = (
            statement.on_conflict_do_update(
                index_elements=["minutes_id", "member_id"],
                set_={key: statement.excluded[key] for key in ("status", "substitute_name")},
            )
            .returning(Presence)
            .execution_options(populate_existing=True)
        )
        return (await self._session.scalars(statement)).one()

    async def of_minutes(self, minutes_id: int) -> Sequence[Presence]:
        query = (select(Presence).where(Presence.minutes_id == minutes_id)
                 .order_by(Presence.member_id))
        return (await self._session.scalars(query)).all()


class MinutesEventRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, event: MinutesEvent) -> None:
        self._session.add(event)

    async def add_once(self, values: dict) -> tuple[MinutesEvent, bool]:
        """The event with this dedupe key, written unless it is there (also by a concurrent
        turn, which PostgreSQL waits for); True if this call wrote it."""
        added = await insert_if_absent(self._session, MinutesEvent, values, ["dedupe_key"])
        query = (select(MinutesEvent).where(MinutesEvent.dedupe_key == values["dedupe_key"])
                 .execution_options(populate_existing=True))
        return await self._session.scalar(query), added

    async def get(self, event_id: int) -> MinutesEvent | None:
        return await self._session.get(MinutesEvent, event_id)

    async def of_minutes(self, minutes_id: int,
                         kinds: Sequence[str] | None = None) -> Sequence[MinutesEvent]:
        query = select(MinutesEvent).where(MinutesEvent.minutes_id == minutes_id)
        if kinds is not None:
            query = query.where(MinutesEvent.kind.in_(kinds))
        return (await self._session.scalars(query.order_by(MinutesEvent.created_at,
                                                           MinutesEvent.id))).all()

    async def resolve(self, event_id: int, now: datetime) -> bool:
        """Mark a comment resolved unless it already is: True for the one that did."""
        statement = (
            update(MinutesEvent)
            .where(MinutesEvent.id == event_id, MinutesEvent.kind == EventKind.COMMENT,
                   MinutesEvent.resolved_at.is_(None))
            .values(resolved_at=now)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1
