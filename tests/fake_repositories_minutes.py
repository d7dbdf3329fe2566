"""In-memory repositories of the minutes: the minutes of a meeting, their entries, who came,
the log, the referat's lines, what importing past minutes looks up and the minutes waiting on
a preview card."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from meetings.groups.entities import Group, Member
from meetings.minutes.entities import (
    Minutes,
    MinutesEntry,
    MinutesEvent,
    MinutesLine,
    PendingImport,
    Presence,
)
from meetings.minutes.ports import PresenceLine, TaskLine
from meetings.minutes.vocabulary import EventKind, MinutesStatus
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import Task
from meetings.tasks.vocabulary import TaskStatus
from tests.fake_tables import Repository


def _held_or_planned(meeting: Meeting) -> bool:
    return meeting.status != MeetingStatus.CANCELLED


class FakeMinutesOfMeetings(Repository):
    async def add_if_absent(self, values: dict) -> bool:
        return self._db[Minutes].add_if_absent(values, ["meeting_id"])

    async def get(self, minutes_id: int) -> Minutes | None:
        return self._db[Minutes].get(minutes_id)

    async def of_meeting(self, meeting_id: int) -> Minutes | None:
        return self._db[Minutes].first(lambda m: m.meeting_id == meeting_id)

    async def change(self, minutes_id: int, from_statuses: Sequence[str],
                     **values: Any) -> bool:
        return self._db[Minutes].update(
            lambda m: m.id == minutes_id and m.status in from_statuses, **values) == 1

    async def lock(self, minutes_id: int) -> None:
        """One process, one turn at a time: there is nobody to hold the row against."""

    async def refresh(self, minutes: Minutes) -> None:
        """The stored row is the minutes itself: nothing to read again."""

    async def meetings_started(self, group_id: int, since: datetime, until: datetime
                               ) -> Sequence[Meeting]:
        return self._db[Meeting].where(
            lambda m: m.group_id == group_id and _held_or_planned(m)
            and since <= m.starts_at < until, order=lambda m: (-m.starts_at.timestamp(), -m.id))

    async def past_deadline(self, now: datetime,
                            limit: int = 100) -> Sequence[tuple[Minutes, bool]]:
        commented = {e.minutes_id for e in self._db[MinutesEvent].where(
            lambda e: e.kind == EventKind.COMMENT and e.resolved_at is None)}
        told = [(e.minutes_id, e.created_at) for e in self._db[MinutesEvent].where(
            lambda e: e.kind == EventKind.WAITING)]
        return [(m, m.id in commented) for m in self._db[Minutes].where(
            lambda m: m.status == MinutesStatus.POSTED and m.approve_by <= now
            and self._db[Group].get(m.group_id).bot_removed_at is None
            and (m.id not in commented
                 or not any(i == m.id and at >= m.approve_by for i, at in told)),
            order=lambda m: (m.approve_by, m.id))][:limit]


class FakeMinutesEntries(Repository):
    async def add_if_absent(self, values: dict) -> bool:
        return self._db[MinutesEntry].add_if_absent(values, ["minutes_id", "number"])

    async def get(self, entry_id: int) -> MinutesEntry | None:
        return self._db[MinutesEntry].get(entry_id)

    async def of_minutes(self, minutes_id: int) -> Sequence[MinutesEntry]:
        return self._db[MinutesEntry].where(lambda e: e.minutes_id == minutes_id,
                                            order=lambda e: e.number)

    async def numbered(self, minutes_id: int, number: int) -> MinutesEntry | None:
        return self._db[MinutesEntry].first(lambda e: (e.minutes_id, e.number) == (
            minutes_id, number))

    async def refresh(self, entry: MinutesEntry) -> None:
        """The stored row is the entry itself: nothing to read again."""

    async def remove(self, entry: MinutesEntry) -> None:
        self._db.delete(MinutesEntry, lambda e: e.id == entry.id)


class FakeMinutesLines(Repository):
    async def add_if_absent(self, values: dict) -> bool:
        return self._db[MinutesLine].add_if_absent(values, ["minutes_id", "message_id",
                                                            "position"])

    async def of_message(self, group_id: int, message_id: str) -> Sequence[MinutesLine]:
        minutes = {m.id for m in self._db[Minutes].where(lambda m: m.group_id == group_id)}
        return self._db[MinutesLine].where(
            lambda line: line.minutes_id in minutes and line.message_id == message_id,
            order=lambda line: line.position)

    async def remove(self, line: MinutesLine) -> None:
        self._db.delete(MinutesLine, lambda row: row.id == line.id)


class FakePresences(Repository):
    async def add_if_absent(self, values: dict) -> bool:
        return self._db[Presence].add_if_absent(values, ["minutes_id", "member_id"])

    async def set(self, values: dict) -> Presence:
        table = self._db[Presence]
        found = table.find(values, ["minutes_id", "member_id"])
        if found is None:
            return table.add(Presence(**values))
        found.status, found.substitute_name = values["status"], values.get("substitute_name")
        return found

    async def of_minutes(self, minutes_id: int) -> Sequence[Presence]:
        return self._db[Presence].where(lambda p: p.minutes_id == minutes_id,
                                        order=lambda p: p.member_id)


class FakeMinutesEvents(Repository):
    def add(self, event: MinutesEvent) -> None:
        self._db[MinutesEvent].add(event)

    async def add_once(self, values: dict) -> tuple[MinutesEvent, bool]:
        table = self._db[MinutesEvent]
        added = table.add_if_absent(values, ["dedupe_key"])
        return table.find(values, ["dedupe_key"]), added

    async def get(self, event_id: int) -> MinutesEvent | None:
        return self._db[MinutesEvent].get(event_id)

    async def of_minutes(self, minutes_id: int, kinds: Sequence[str] | None = None
                         ) -> Sequence[MinutesEvent]:
        return self._db[MinutesEvent].where(
            lambda e: e.minutes_id == minutes_id and (kinds is None or e.kind in kinds),
            order=lambda e: (e.created_at, e.id))

    async def resolve(self, event_id: int, now: datetime) -> bool:
        return self._db[MinutesEvent].update(
            lambda e: e.id == event_id and e.kind == EventKind.COMMENT and e.resolved_at is None,
            resolved_at=now) == 1


class FakeReferatReads(Repository):
    async def task_lines(self, meeting_id: int) -> Sequence[TaskLine]:
        members = self._db[Member]
        return [(t.minutes_entry_id, t.item_id, t.title, t.due_on, t.owner_name,
                 members.get(t.owner_id).name if t.owner_id else None, t.imported_at,
                 bool(t.due_by_import))
                for t in self._db[Task].where(
                    lambda t: t.meeting_id == meeting_id and t.status != TaskStatus.CANCELLED,
                    order=lambda t: t.id)]

    async def presence_lines(self, minutes_id: int) -> Sequence[PresenceLine]:
        lines = []
        for p in self._db[Presence].where(lambda p: p.minutes_id == minutes_id,
                                          order=lambda p: p.id):
            member = self._db[Member].get(p.member_id)
            lines.append((p.status, p.substitute_name, member.id, member.name,
                           member.organisation))
        return lines


class FakeImportReads(Repository):
    async def by_import_key(self, key: str) -> Meeting | None:
        return self._db[Meeting].first(lambda m: m.import_key == key)

    async def starting_at(self, group_id: int, starts_at: datetime) -> Meeting | None:
        return self._db[Meeting].first(
            lambda m: m.group_id == group_id and m.starts_at == starts_at
            and _held_or_planned(m), order=lambda m: m.id)

    async def next_after(self, group_id: int, starts_at: datetime) -> Meeting | None:
        return self._db[Meeting].first(
            lambda m: m.group_id == group_id and m.starts_at > starts_at
            and _held_or_planned(m), order=lambda m: (m.starts_at, m.id))

    def add_pending(self, pending: PendingImport) -> None:
        self._db[PendingImport].add(pending)

    async def pending(self, token: str) -> PendingImport | None:
        return self._db[PendingImport].first(lambda p: p.token == token)

    async def take_pending(self, token: str) -> bool:
        return self._db.delete(PendingImport, lambda p: p.token == token) == 1

    async def drop_pending_before(self, cutoff: datetime) -> int:
        return self._db.delete(PendingImport, lambda p: p.created_at < cutoff)
