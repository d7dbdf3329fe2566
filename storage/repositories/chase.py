"""The chase tick's queries: the tasks that are due, by the index on `chase_due_at`, a few
set-based reads over their groups, and one statement each to record what was reminded and
when each task is next due."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import ChaseSettings, Task
from storage.models.base import table_of

PROGRESS = ("reminder_stage", "reminded_on", "escalated_at", "meeting_reminded_id",
            "chase_due_at")
FOLLOW_UP = (Role.SECRETARY, Role.CHAIR)


class ChaseQueries:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def due_tasks(self, now: datetime, limit: int,
                        after: tuple[datetime, int] | None = None) -> list[Task]:
        """Tasks due by `now`, earliest first, after `after` (due moment, id); but none of a
        group the bot was removed from: a reminder nobody gets must not count as given."""
        query = (select(Task).where(Task.chase_due_at <= now, _group_served())
                 .order_by(Task.chase_due_at, Task.id).limit(limit))
        if after is not None:
            query = query.where(or_(Task.chase_due_at > after[0],
                                    and_(Task.chase_due_at == after[0], Task.id > after[1])))
        return list(await self._session.scalars(query))

    async def due_tasks_of_people(self, now: datetime, owner_ids: Sequence[int],
                                  taken: Sequence[int]) -> list[Task]:
        """The other due tasks of these owners, in any of their groups (one person has a
        member row per group): a person's reminders of the day go in one digest. Two reads by
        key (the person's rows by their Entra id, then their tasks by owner), so the cost is the
        batch's, whatever the number of due tasks or members."""
        if not owner_ids:
            return []
        owner, row = aliased(Member), aliased(Member)
        same_person = (select(row.id).join(owner, owner.aad_object_id == row.aad_object_id)
                       .where(owner.id.in_(owner_ids)))
        rows = sorted({*owner_ids, *await self._session.scalars(same_person)})
        query = (select(Task).where(Task.owner_id.in_(rows), Task.chase_due_at <= now,
                                    Task.id.not_in(taken), _group_served())
                 .order_by(Task.chase_due_at, Task.id))
        return list(await self._session.scalars(query))

    async def groups_with_settings(self, group_ids: Sequence[int]
                                   ) -> list[tuple[Group, ChaseSettings | None]]:
        """The groups with their chase settings (None: the defaults were never stored)."""
        query = (
            select(Group, ChaseSettings)
            .outerjoin(ChaseSettings, ChaseSettings.group_id == Group.id)
            .where(Group.id.in_(group_ids))
            .order_by(Group.id)
        )
        return [(group, settings) for group, settings in await self._session.execute(query)]

    async def members(self, group_ids: Sequence[int], owner_ids: Sequence[int]
                      ) -> dict[int, Member]:
        """The owners, and the groups' secretaries and chairs, by id, with their away days."""
        query = (select(Member)
                 .where(or_(Member.id.in_(owner_ids),
                            and_(Member.group_id.in_(group_ids), Member.role.in_(FOLLOW_UP))))
                 .order_by(Member.id))
        return {member.id: member for member in await self._session.scalars(query)}

    async def meetings_ahead(self, group_ids: Sequence[int], now: datetime
                             ) -> dict[int, list[Meeting]]:
        """Each group's planned meetings that have not started, earliest first."""
        query = (
            select(Meeting)
            .where(Meeting.group_id.in_(group_ids), Meeting.status == MeetingStatus.PLANNED,
                   Meeting.starts_at > now)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        ahead: dict[int, list[Meeting]] = {}
        for meeting in await self._session.scalars(query):
            ahead.setdefault(meeting.group_id, []).append(meeting)
        return ahead

    async def record_progress(self, rows: list[dict]) -> None:
        """Each row: a task's `id`, the `version` it was read at, and the PROGRESS values.
        A task changed meanwhile (a new due date restarts the chase) keeps its new state.
        The version does not grow: a reminder is not a change a card must catch up with."""
        await self._update(rows, PROGRESS)

    async def reschedule(self, rows: list[dict]) -> None:
        """Each row: a task's `id`, the `version` it was read at, and its `chase_due_at`."""
        await self._update(rows, ("chase_due_at",))

    async def _update(self, rows: list[dict], names: Sequence[str]) -> None:
        if not rows:
            return
        table = table_of(Task)
        statement = (
            update(table)
            .where(table.c.id == bindparam("task_id"), table.c.version == bindparam("read_at"))
            .values(**{name: bindparam(f"new_{name}") for name in names})
        )
        parameters = [
            {"task_id": row["id"], "read_at": row["version"],
             **{f"new_{name}": row[name] for name in names}}
            for row in rows
        ]
        await self._session.execute(statement, parameters)


def _group_served():
    """The task's group still has the bot (it was not removed from its conversation)."""
    return Task.group_id.not_in(select(Group.id).where(Group.bot_removed_at.is_not(None)))
