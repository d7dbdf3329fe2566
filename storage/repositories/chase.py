"""The chase tick's queries: a few set-based reads over the groups in working hours, and one
statement that records what was reminded."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.groups import Group, Meeting, MeetingStatus, Member, OutboxMessage
from storage.models.tasks import UNFINISHED, ChaseSettings, Task

PROGRESS = ("reminder_stage", "reminded_on", "escalated_at", "meeting_reminded_id")


class ChaseQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def groups_with_settings(self) -> list[tuple[Group, ChaseSettings | None]]:
        """Every group with its chase settings (None: the defaults were never stored)."""
        query = (
            select(Group, ChaseSettings)
            .outerjoin(ChaseSettings, ChaseSettings.group_id == Group.id)
            .order_by(Group.id)
        )
        return [(group, settings) for group, settings in await self._session.execute(query)]

    async def unfinished_tasks(self, group_ids: Sequence[int]) -> Sequence[Task]:
        """Chased tasks: an imported one only once the secretary has confirmed it."""
        query = (
            select(Task)
            .where(Task.group_id.in_(group_ids), Task.status.in_(UNFINISHED),
                   or_(Task.imported_at.is_(None), Task.confirmed_at.is_not(None)))
            .order_by(Task.due_on, Task.id)
        )
        return (await self._session.scalars(query)).all()

    async def members(self, group_ids: Sequence[int]) -> dict[int, Member]:
        """The groups' members by id: owners, secretaries and chairs, with their away days."""
        query = select(Member).where(Member.group_id.in_(group_ids)).order_by(Member.id)
        return {member.id: member for member in await self._session.scalars(query)}

    async def next_meetings(self, group_ids: Sequence[int], now: datetime) -> dict[int, Meeting]:
        """Each group's first planned meeting that has not started."""
        query = (
            select(Meeting)
            .where(
                Meeting.group_id.in_(group_ids),
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at > now,
            )
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
        # Later meetings first, so the earliest of each group is the one left in the dict.
        return {meeting.group_id: meeting for meeting in await self._session.scalars(query)}

    async def existing_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these outbox keys are taken: a person who had today's digest waits."""
        if not keys:
            return set()
        query = select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(keys))
        return set(await self._session.scalars(query))

    async def record_progress(self, rows: list[dict]) -> None:
        """Each row: a task's `id`, the `version` it was read at, and the PROGRESS values.
        A task changed meanwhile (a new due date restarts the chase) keeps its new state.
        The version does not grow: a reminder is not a change a card must catch up with."""
        if not rows:
            return
        table = Task.__table__
        statement = (
            update(table)
            .where(table.c.id == bindparam("task_id"), table.c.version == bindparam("read_at"))
            .values(**{name: bindparam(f"new_{name}") for name in PROGRESS})
        )
        parameters = [
            {
                "task_id": row["id"],
                "read_at": row["version"],
                **{f"new_{name}": row[name] for name in PROGRESS},
            }
            for row in rows
        ]
        await self._session.execute(statement, parameters)
