"""The task work's queries: tasks, their history, chase settings, and the people who own them."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.groups.entities import Member
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import ChaseSettings, Task, TaskNote
from meetings.tasks.ports import FollowUpTasks
from meetings.tasks.vocabulary import UNFINISHED
from storage.repositories.groups import insert_if_absent


class TaskRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, task: Task) -> None:
        self._session.add(task)

    async def get(self, task_id: int) -> Task | None:
        return await self._session.get(Task, task_id)

    async def by_key(self, dedupe_key: str) -> Task | None:
        query = (select(Task).where(Task.dedupe_key == dedupe_key)
                 .execution_options(populate_existing=True))
        return await self._session.scalar(query)

    async def add_once(self, values: dict) -> tuple[Task, bool]:
        """The task with this dedupe key, written unless it is there (also by a concurrent
        turn, which PostgreSQL waits for); True if this call wrote it."""
        added = await insert_if_absent(self._session, Task, values, ["dedupe_key"])
        return await self.by_key(values["dedupe_key"]), added

    async def change(self, task_id: int, version: int, **values) -> bool:
        """Change the task only if it is still at `version`, and grow the version: of two
        clicks on the same card, or two replicas, one changes it and the other finds it
        changed."""
        statement = (
            update(Task)
            .where(Task.id == task_id, Task.version == version)
            .values(version=Task.version + 1, **values)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1

    async def refresh(self, task: Task) -> None:
        await self._session.refresh(task)

    async def unfinished_of_group(self, group_id: int) -> Sequence[Task]:
        query = (
            select(Task)
            .where(Task.group_id == group_id, Task.status.in_(UNFINISHED))
            .order_by(Task.due_on, Task.id)
        )
        return (await self._session.scalars(query)).all()

    async def unfinished_of_owners(self, member_ids: Sequence[int]) -> Sequence[Task]:
        if not member_ids:
            return []
        query = (
            select(Task)
            .where(Task.owner_id.in_(member_ids), Task.status.in_(UNFINISHED))
            .order_by(Task.due_on, Task.id)
        )
        return (await self._session.scalars(query)).all()

    async def unfinished_of_outsiders(self, group_id: int) -> Sequence[Task]:
        """Tasks owned by a person outside the group, by name."""
        query = (
            select(Task)
            .where(Task.group_id == group_id, Task.owner_id.is_(None),
                   Task.owner_name.is_not(None), Task.status.in_(UNFINISHED))
            .order_by(Task.due_on, Task.id)
        )
        return (await self._session.scalars(query)).all()

    async def to_follow_up(self, meeting: Meeting) -> FollowUpTasks:
        """For the meeting's "Opfølgning på opgaver": the group's unfinished tasks, soonest due
        first, and those done or cancelled since the group's meeting before this one began
        (every closed one when there was none; a cancelled meeting does not count), in one
        statement."""
        before = (
            select(Meeting.starts_at)
            .where(Meeting.group_id == meeting.group_id, Meeting.id != meeting.id,
                   Meeting.status != MeetingStatus.CANCELLED,
                   Meeting.starts_at < meeting.starts_at)
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        closed = and_(Task.closed_at.is_not(None), Task.status.not_in(UNFINISHED),
                      or_(before.is_(None), Task.closed_at > before))
        query = select(Task).where(Task.group_id == meeting.group_id,
                                   or_(Task.status.in_(UNFINISHED), closed))
        tasks = (await self._session.scalars(query)).all()
        return FollowUpTasks(
            unfinished=sorted((t for t in tasks if t.status in UNFINISHED),
                              key=lambda t: (t.due_on, t.id)),
            closed=sorted((t for t in tasks if t.status not in UNFINISHED),
                          key=lambda t: (t.closed_at, t.id)))

    async def membership_in(self, group_id: int, person: Member) -> Member | None:
        """The person's member row in a group, found from their row in another conversation
        (their 1:1 chat): by Entra object id, else by Teams user id."""
        if person.group_id == group_id:
            return person
        for column, value in ((Member.aad_object_id, person.aad_object_id),
                              (Member.teams_id, person.teams_id)):
            if value:
                found = await self._session.scalar(
                    select(Member).where(Member.group_id == group_id, column == value))
                if found is not None:
                    return found
        return None

    async def memberships_of(self, person: Member) -> Sequence[Member]:
        """Every member row of the person, across the groups and chats the bot serves."""
        query = select(Member).where(_same_person(person)).order_by(Member.id)
        return (await self._session.scalars(query)).all()

    async def set_away(self, person: Member, until: date | None) -> None:
        statement = (
            update(Member)
            .where(_same_person(person))
            .values(away_until=until)
            .execution_options(synchronize_session="fetch")
        )
        await self._session.execute(statement)


def _same_person(person: Member):
    if person.aad_object_id:
        return or_(Member.aad_object_id == person.aad_object_id, Member.id == person.id)
    return or_(Member.teams_id == person.teams_id, Member.id == person.id)


class TaskNoteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, note: TaskNote) -> None:
        self._session.add(note)

    async def of_task(self, task_id: int) -> Sequence[TaskNote]:
        query = (
            select(TaskNote)
            .where(TaskNote.task_id == task_id)
            .order_by(TaskNote.created_at, TaskNote.id)
        )
        return (await self._session.scalars(query)).all()


class ChaseSettingsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, group_id: int) -> ChaseSettings | None:
        return await self._session.get(ChaseSettings, group_id)

    async def add_if_absent(self, values: dict) -> None:
        """Two turns making the defaults at once both succeed, and one row stays."""
        await insert_if_absent(self._session, ChaseSettings, values, ["group_id"])
