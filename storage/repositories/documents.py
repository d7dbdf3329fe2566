"""What the referat prints that no single repository holds: the meeting's tasks with their
owners' names, and who came with their names and organisations, one select each."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.groups.entities import Member
from meetings.minutes.entities import Presence
from meetings.minutes.ports import PresenceLine, TaskLine
from meetings.tasks.entities import Task
from meetings.tasks.vocabulary import TaskStatus


class DocumentReads:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def task_lines(self, meeting_id: int) -> Sequence[TaskLine]:
        """The meeting's tasks that are not cancelled, in the order they were made."""
        query = (select(Task.minutes_entry_id, Task.item_id, Task.title, Task.due_on,
                        Task.owner_name, Member.name, Task.imported_at, Task.due_by_import)
                 .outerjoin(Member, Member.id == Task.owner_id)
                 .where(Task.meeting_id == meeting_id, Task.status != TaskStatus.CANCELLED)
                 .order_by(Task.id))
        return (await self._session.execute(query)).tuples().all()

    async def presence_lines(self, minutes_id: int) -> Sequence[PresenceLine]:
        query = (select(Presence.status, Presence.substitute_name, Member.id, Member.name,
                        Member.organisation)
                 .join(Member, Member.id == Presence.member_id)
                 .where(Presence.minutes_id == minutes_id).order_by(Presence.id))
        return (await self._session.execute(query)).tuples().all()
