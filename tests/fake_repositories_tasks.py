"""In-memory repositories of the task work: tasks, their history, and the chase tick's reads."""

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import ChaseSettings, Task, TaskNote
from meetings.tasks.ports import FollowUpTasks
from meetings.tasks.vocabulary import UNFINISHED
from tests.fake_repositories import same_person
from tests.fake_tables import Repository

PROGRESS = ("reminder_stage", "reminded_on", "escalated_at", "meeting_reminded_id",
            "chase_due_at")
FOLLOW_UP = (Role.SECRETARY, Role.CHAIR)


def _by_due(task: Task) -> tuple:
    return (task.due_on, task.id)


def _by_chase_due(task: Task) -> tuple:
    return (task.chase_due_at, task.id)


def _due(task: Task, now: datetime) -> bool:
    return task.chase_due_at is not None and task.chase_due_at <= now


class FakeTasks(Repository):
    def add(self, task: Task) -> None:
        self._db[Task].add(task)

    async def get(self, task_id: int) -> Task | None:
        return self._db[Task].get(task_id)

    async def by_key(self, dedupe_key: str) -> Task | None:
        return self._db[Task].first(lambda t: t.dedupe_key == dedupe_key)

    async def add_once(self, values: dict) -> tuple[Task, bool]:
        added = self._db[Task].add_if_absent(values, ["dedupe_key"])
        return await self.by_key(values["dedupe_key"]), added

    async def change(self, task_id: int, version: int, **values: Any) -> bool:
        return self._db[Task].update(lambda t: (t.id, t.version) == (task_id, version),
                                     version=version + 1, **values) == 1

    async def refresh(self, task: Task) -> None:
        """The stored row is the task itself: nothing to read again."""

    async def unfinished_of_group(self, group_id: int) -> Sequence[Task]:
        return self._db[Task].where(
            lambda t: t.group_id == group_id and t.status in UNFINISHED, order=_by_due)

    async def unfinished_of_owners(self, member_ids: Sequence[int]) -> Sequence[Task]:
        return self._db[Task].where(
            lambda t: t.owner_id in member_ids and t.status in UNFINISHED, order=_by_due)

    async def unfinished_of_outsiders(self, group_id: int) -> Sequence[Task]:
        return self._db[Task].where(
            lambda t: t.group_id == group_id and t.owner_id is None
            and t.owner_name is not None and t.status in UNFINISHED, order=_by_due)

    async def to_follow_up(self, meeting: Meeting) -> FollowUpTasks:
        before = self._db[Meeting].first(
            lambda m: m.group_id == meeting.group_id and m.id != meeting.id
            and m.status != MeetingStatus.CANCELLED and m.starts_at < meeting.starts_at,
            order=lambda m: (-m.starts_at.timestamp(), -m.id))
        since = before.starts_at if before is not None else None
        closed = self._db[Task].where(
            lambda t: t.group_id == meeting.group_id and t.closed_at is not None
            and t.status not in UNFINISHED and (since is None or t.closed_at > since),
            order=lambda t: (t.closed_at, t.id))
        return FollowUpTasks(list(await self.unfinished_of_group(meeting.group_id)),
                             list(closed))

    async def membership_in(self, group_id: int, person: Member) -> Member | None:
        if person.group_id == group_id:
            return person
        for name in ("aad_object_id", "teams_id"):
            value = getattr(person, name)
            found = value and self._db[Member].first(
                lambda m, name=name, value=value: m.group_id == group_id
                and getattr(m, name) == value)
            if found:
                return found
        return None

    async def memberships_of(self, person: Member) -> Sequence[Member]:
        return self._db[Member].where(same_person(person), order=lambda m: m.id)

    async def set_away(self, person: Member, until: date | None) -> None:
        self._db[Member].update(same_person(person), away_until=until)


class FakeTaskNotes(Repository):
    def add(self, note: TaskNote) -> None:
        self._db[TaskNote].add(note)

    async def of_task(self, task_id: int) -> Sequence[TaskNote]:
        return self._db[TaskNote].where(lambda n: n.task_id == task_id,
                                        order=lambda n: (n.created_at, n.id))


class FakeChaseReads(Repository):
    async def due_tasks(self, now: datetime, limit: int,
                        after: tuple[datetime, int] | None = None) -> list[Task]:
        return self._db[Task].where(
            lambda t: _due(t, now) and self._served(t)
            and (after is None or (t.chase_due_at, t.id) > after),
            order=_by_chase_due)[:limit]

    async def due_tasks_of_people(self, now: datetime, owner_ids: Sequence[int],
                                  taken: Sequence[int]) -> list[Task]:
        people = {m.aad_object_id for m in self._db[Member].where(
            lambda m: m.id in owner_ids and m.aad_object_id is not None)}
        rows = {m.id for m in self._db[Member].where(
            lambda m: m.id in owner_ids or m.aad_object_id in people)}
        return self._db[Task].where(
            lambda t: t.owner_id in rows and _due(t, now) and t.id not in taken
            and self._served(t),
            order=_by_chase_due)

    def _served(self, task: Task) -> bool:
        return self._db[Group].get(task.group_id).bot_removed_at is None

    async def groups_with_settings(self, group_ids: Sequence[int]
                                   ) -> list[tuple[Group, ChaseSettings | None]]:
        return [(group, self._db[ChaseSettings].get(group.id)) for group in
                self._db[Group].where(lambda g: g.id in group_ids, order=lambda g: g.id)]

    async def members(self, group_ids: Sequence[int], owner_ids: Sequence[int]
                      ) -> dict[int, Member]:
        return {m.id: m for m in self._db[Member].where(
            lambda m: m.id in owner_ids or (m.group_id in group_ids and m.role in FOLLOW_UP),
            order=lambda m: m.id)}

    async def meetings_ahead(self, group_ids: Sequence[int], now: datetime
                             ) -> dict[int, list[Meeting]]:
        ahead: dict[int, list[Meeting]] = {}
        for m in self._db[Meeting].where(
                lambda m: m.group_id in group_ids and m.status == MeetingStatus.PLANNED
                and m.starts_at > now, order=lambda m: (m.starts_at, m.id)):
            ahead.setdefault(m.group_id, []).append(m)
        return ahead

    async def record_progress(self, rows: list[dict]) -> None:
        self._update(rows, PROGRESS)

    async def reschedule(self, rows: list[dict]) -> None:
        self._update(rows, ("chase_due_at",))

    def _update(self, rows: list[dict], names: Sequence[str]) -> None:
        """Each row's task as it was read (same version) gets the values; the version stays."""
        for row in rows:
            self._db[Task].update(lambda t, row=row: (t.id, t.version) == (
                row["id"], row["version"]), **{name: row[name] for name in names})
