"""In-memory repositories of the agenda cycle: items, answers to the call, attendance, and the
meetings whose cycle is not done."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from meetings.agenda.entities import AgendaItem, Attendance, GroupSettings, InputResponse
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.fake_tables import Repository, nulls_last


class FakeAgendaItems(Repository):
    def add(self, item: AgendaItem) -> None:
        self._db[AgendaItem].add(item)

    async def get(self, item_id: int) -> AgendaItem | None:
        return self._db[AgendaItem].get(item_id)

    async def of_meeting(self, meeting_id: int, statuses: Sequence[str] | None = None
                         ) -> Sequence[AgendaItem]:
        return self._db[AgendaItem].where(
            lambda i: i.meeting_id == meeting_id and (statuses is None or i.status in statuses),
            order=lambda i: (nulls_last(i.position), i.id))

    async def transition(self, item_id: int, from_statuses: Sequence[str],
                         **values: Any) -> bool:
        return self._db[AgendaItem].update(
            lambda i: i.id == item_id and i.status in from_statuses, **values) == 1

    async def refresh(self, item: AgendaItem) -> None:
        """The stored row is the item itself: nothing to read again."""

    async def next_position(self, meeting_id: int) -> int:
        accepted = await self.of_meeting(meeting_id, [ItemStatus.ACCEPTED])
        return max((i.position or 0 for i in accepted), default=0) + 1

    async def proposers(self, meeting_id: int) -> set[int]:
        return {i.proposed_by for i in self._db[AgendaItem].where(
            lambda i: i.meeting_id == meeting_id and i.proposed_by is not None)}

    async def add_copy_if_absent(self, values: dict) -> bool:
        return self._db[AgendaItem].add_if_absent(values, ["carried_from_item_id"])

    async def waiting_deferred(self, group_id: int, before: datetime
                               ) -> Sequence[AgendaItem]:
        return self._db[AgendaItem].where(
            lambda i: i.group_id == group_id and self._waits(i)
            and self._db[Meeting].get(i.meeting_id).starts_at < before, order=lambda i: i.id)

    async def groups_with_waiting_deferred(self, group_ids: Sequence[int]) -> set[int]:
        return {i.group_id for i in self._db[AgendaItem].where(
            lambda i: i.group_id in group_ids and self._waits(i))}

    def _waits(self, item: AgendaItem) -> bool:
        """Deferred, and no meeting has taken a copy of it yet."""
        return item.status == ItemStatus.DEFERRED and self._db[AgendaItem].first(
            lambda copy: copy.carried_from_item_id == item.id) is None


class FakeInputResponses(Repository):
    async def add_if_absent(self, values: dict) -> bool:
        return self._db[InputResponse].add_if_absent(values, ["meeting_id", "member_id"])

    async def answered(self, meeting_id: int) -> set[int]:
        return {r.member_id for r in self._db[InputResponse].where(
            lambda r: r.meeting_id == meeting_id)}

    async def forget(self, meeting_id: int) -> int:
        return self._db.delete(InputResponse, lambda r: r.meeting_id == meeting_id)


class FakeAttendances(Repository):
    async def answer(self, values: dict) -> Attendance:
        """Insert, or overwrite the member's answer: a changed mind wins."""
        table = self._db[Attendance]
        found = table.find(values, ["meeting_id", "member_id"])
        if found is None:
            return table.add(Attendance(**values))
        for name in ("status", "substitute_name", "updated_at"):
            setattr(found, name, values.get(name))
        return found

    async def of_meeting(self, meeting_id: int) -> dict[int, Attendance]:
        return {a.member_id: a for a in self._db[Attendance].where(
            lambda a: a.meeting_id == meeting_id)}

    async def forget(self, meeting_id: int) -> int:
        return self._db.delete(Attendance, lambda a: a.meeting_id == meeting_id)


class FakeCycleMeetings(Repository):
    async def due(self, now: datetime, limit: int, after: tuple[datetime, int] | None = None
                  ) -> Sequence[tuple[Meeting, Group, GroupSettings | None]]:
        due = self._db[Meeting].where(
            lambda m: m.cycle_due_at is not None and m.cycle_due_at <= now
            and self._db[Group].get(m.group_id).bot_removed_at is None
            and (after is None or (m.cycle_due_at, m.id) > after),
            order=lambda m: (m.cycle_due_at, m.id))[:limit]
        return [(m, self._db[Group].get(m.group_id), self._db[GroupSettings].get(m.group_id))
                for m in due]

    async def pending_of_group(self, group_id: int) -> Sequence[Meeting]:
        return self._db[Meeting].where(
            lambda m: m.group_id == group_id and m.cycle_due_at is not None,
            order=lambda m: (m.starts_at, m.id))

    async def bump_agenda_version(self, meeting: Meeting) -> int:
        stored = self._db[Meeting].get(meeting.id)
        stored.agenda_version += 1
        meeting.agenda_version = stored.agenda_version
        return stored.agenda_version

    async def next_after(self, meeting: Meeting) -> Meeting | None:
        return self._db[Meeting].first(
            lambda m: m.group_id == meeting.group_id and m.id != meeting.id
            and m.status == MeetingStatus.PLANNED and m.starts_at > meeting.starts_at,
            order=lambda m: (m.starts_at, m.id))
