"""In-memory repositories of groups, members, addresses, meetings, the outbox, settings rows and
the retention of groups the bot left, each answering as its storage twin does (same filters,
same order)."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.privacy.entities import RoleChange
from tests.fake_tables import FakeDatabase, Repository

RETRYABLE = (OutboxStatus.PENDING, OutboxStatus.FAILED)
SETTLED = (OutboxStatus.SENT, OutboxStatus.DEAD)
UNDELIVERED = (OutboxStatus.DEAD, OutboxStatus.FAILED)


class FakeGroups(Repository):
    def add(self, group: Group) -> None:  # for a test's setup, as storage's has
        self._db[Group].add(group)

    async def lock(self, group_id: int) -> None:
        """One process, one turn at a time: there is nobody to hold the row against."""

    async def lock_with_members(self, group_id: int) -> Sequence[Member]:
        """The stored members are the members themselves: nothing to read again."""
        return self._db[Member].where(lambda m: m.group_id == group_id, order=lambda m: m.name)

    async def get(self, group_id: int) -> Group | None:
        return self._db[Group].get(group_id)

    async def all(self) -> Sequence[Group]:
        return self._db[Group].where(order=lambda g: g.id)

    async def by_conversation(self, conversation_id: str) -> Group | None:
        return self._db[Group].first(lambda g: g.conversation_id == conversation_id)

    async def of_team(self, team_id: str) -> Sequence[Group]:
        return self._db[Group].where(lambda g: g.team_id == team_id, order=lambda g: g.id)

    async def add_if_absent(self, values: dict) -> bool:
        return self._db[Group].add_if_absent(values, ["conversation_id"])

    async def mark_welcomed(self, group_id: int, now: datetime) -> bool:
        return self._db[Group].update(
            lambda g: g.id == group_id and g.welcomed_at is None, welcomed_at=now) == 1


class FakeMembers(Repository):
    def add(self, member: Member) -> None:
        self._db[Member].add(member)

    def add_role_change(self, change: RoleChange) -> None:
        self._db[RoleChange].add(change)

    async def add_if_absent(self, values: dict) -> bool:
        return self._db[Member].add_if_absent(values, ["group_id", "teams_id"])

    async def get(self, member_id: int) -> Member | None:
        return self._db[Member].get(member_id)

    async def by_ids(self, member_ids: Sequence[int]) -> dict[int, Member]:
        return {m.id: m for m in self._db[Member].where(lambda m: m.id in member_ids)}

    async def of_group(self, group_id: int) -> Sequence[Member]:
        return self._db[Member].where(lambda m: m.group_id == group_id, order=lambda m: m.name)

    async def by_teams_id(self, group_id: int, teams_id: str) -> Member | None:
        return self._db[Member].first(lambda m: (m.group_id, m.teams_id) == (group_id, teams_id))

    async def by_aad_object_id(self, group_id: int, aad_object_id: str) -> Member | None:
        return self._db[Member].first(
            lambda m: (m.group_id, m.aad_object_id) == (group_id, aad_object_id))

    async def known_only_from_minutes(self, group_id: int) -> Sequence[Member]:
        return self._db[Member].where(lambda m: m.group_id == group_id and
                                      m.imported_at is not None and m.aad_object_id is None)

    async def groups_of_person(self, person: Member, now: datetime
                               ) -> Sequence[tuple[Group, Member, datetime | None]]:
        found = []
        for member in self._db[Member].where(same_person(person), order=lambda m: m.id):
            group = self._db[Group].get(member.group_id)
            if member.id == person.id or (group.kind != ConversationKind.PERSONAL and
                                          member.left_at is None and group.bot_removed_at is None):
                upcoming = self._db[Meeting].first(*_upcoming(group.id, now))
                found.append((group, member, upcoming.starts_at if upcoming else None))
        return sorted(found, key=lambda row: row[0].id)

    async def groups_left_by(self, person: Member) -> Sequence[str]:
        groups = [self._db[Group].get(m.group_id) for m in self._db[Member].where(
            same_person(person), order=lambda m: m.group_id) if m.left_at is not None]
        return [g.name for g in groups
                if g.kind != ConversationKind.PERSONAL and g.bot_removed_at is None]

    async def keep_language(self, aad_object_id: str | None, teams_id: str,
                            language: str) -> int:
        rows = self._db[Member].where(lambda m: (m.aad_object_id == aad_object_id
                                                 if aad_object_id else m.teams_id == teams_id)
                                      and m.language != language)
        for member in rows:
            member.language = language
        return len(rows)


def same_person(person: Member) -> Callable[[Member], bool]:
    """The member rows of one person across conversations: by Entra object id, else by Teams
    user id; and the row itself."""
    if person.aad_object_id:
        return lambda m: m.aad_object_id == person.aad_object_id or m.id == person.id
    return lambda m: m.teams_id == person.teams_id or m.id == person.id


class FakeAddresses(Repository):
    def add(self, address: ConversationAddress) -> None:
        self._db[ConversationAddress].add(address)

    async def by_conversation(self, conversation_id: str) -> ConversationAddress | None:
        return self._db[ConversationAddress].first(
            lambda a: a.conversation_id == conversation_id)

    async def add_if_absent(self, values: dict) -> bool:
        return self._db[ConversationAddress].add_if_absent(values, ["conversation_id"])


def _planned(meeting: Meeting) -> bool:
    return meeting.status == MeetingStatus.PLANNED


def _upcoming(group_id: int, now: datetime) -> tuple[Callable, Callable]:
    """The test and order of the group's planned meetings that have not ended, soonest
    first: "the next meeting" is the first."""
    return (lambda m: m.group_id == group_id and _planned(m) and m.ends_at > now,
            lambda m: (m.starts_at, m.id))


class FakeMeetings(Repository):
    def add(self, meeting: Meeting) -> None:
        self._db[Meeting].add(meeting)

    async def get(self, meeting_id: int) -> Meeting | None:
        return self._db[Meeting].get(meeting_id)

    async def upcoming(self, group_id: int, now: datetime, limit: int = 20
                       ) -> Sequence[Meeting]:
        return self._db[Meeting].where(*_upcoming(group_id, now))[:limit]

    async def cancelled_before(self, group_id: int, now: datetime, before: datetime | None
                               ) -> Meeting | None:
        skipped = self._db[Meeting].where(
            lambda m: m.group_id == group_id and m.status == MeetingStatus.CANCELLED
            and m.ends_at > now and (before is None or m.starts_at < before),
            order=lambda m: (m.starts_at, m.id))
        return skipped[0] if skipped else None

    async def starting_between(self, group_id: int, start: datetime, end: datetime
                               ) -> Sequence[Meeting]:
        return self._db[Meeting].where(
            lambda m: m.group_id == group_id and _planned(m) and start <= m.starts_at < end,
            order=lambda m: m.starts_at)

    async def of_period(self, group_id: int, start: datetime, end: datetime
                        ) -> Sequence[Meeting]:
        return self._db[Meeting].where(
            lambda m: m.group_id == group_id and m.status != MeetingStatus.CANCELLED
            and start <= m.starts_at < end, order=lambda m: (m.starts_at, m.id))


class FakeOutbox(Repository):
    async def enqueue(self, **values: Any) -> bool:
        values.setdefault("next_attempt_at", values["due_at"])
        values.setdefault("status", OutboxStatus.PENDING)
        values.setdefault("attempts", 0)
        return self._db[OutboxMessage].add_if_absent(values, ["dedupe_key"])

    async def enqueue_many(self, rows: Sequence[dict]) -> set[str]:
        return {row["dedupe_key"] for row in rows if await self.enqueue(**row)}

    async def pending_payloads(self, keys: Sequence[str], created_at: datetime
                               ) -> dict[str, dict]:
        return {o.dedupe_key: o.payload for o in self._db[OutboxMessage].where(
            lambda o: o.dedupe_key in keys and o.status == OutboxStatus.PENDING
            and o.created_at == created_at)}

    async def set_payloads(self, payloads: dict[str, dict]) -> None:
        for key, payload in payloads.items():
            self._db[OutboxMessage].update(
                lambda o, key=key: o.dedupe_key == key and o.status == OutboxStatus.PENDING,
                payload=payload)

    async def by_key(self, dedupe_key: str) -> OutboxMessage | None:
        return self._db[OutboxMessage].first(lambda o: o.dedupe_key == dedupe_key)

    async def latest_of_kind(self, meeting_id: int, kind: str) -> OutboxMessage | None:
        return self._db[OutboxMessage].first(
            lambda o: (o.meeting_id, o.kind) == (meeting_id, kind), order=lambda o: -o.id)

    async def posted_of_kind(self, meeting_id: int, kind: str) -> list[OutboxMessage]:
        return sorted(self._db[OutboxMessage].where(
            lambda o: (o.meeting_id, o.kind) == (meeting_id, kind)
            and o.status in (OutboxStatus.SENT, OutboxStatus.SENDING)), key=lambda o: o.id)

    async def given_up_of_kind(self, meeting_id: int, kind: str) -> list[OutboxMessage]:
        return sorted(self._db[OutboxMessage].where(
            lambda o: (o.meeting_id, o.kind) == (meeting_id, kind)
            and o.status == OutboxStatus.DEAD and o.teams_message_id is None),
            key=lambda o: o.id)

    async def cancel_for_meeting(self, meeting_id: int, reason: str) -> int:
        return self._db[OutboxMessage].update(
            lambda o: o.meeting_id == meeting_id and o.status in RETRYABLE,
            status=OutboxStatus.DEAD, last_error=reason)

    async def purge_settled(self, before: datetime, limit: int) -> list[int]:
        """Sent and given-up rows last due before `before`, but not a meeting's that ended
        after it (its posted card may still be updated)."""
        ended = {m.id for m in self._db[Meeting].where(lambda m: m.ends_at < before)}
        old = self._db[OutboxMessage].where(
            lambda o: o.status in SETTLED and o.next_attempt_at < before
            and (o.meeting_id is None or o.meeting_id in ended))[:limit]
        gone = {o.id for o in old}
        self._db.delete(OutboxMessage, lambda o: o.id in gone)
        return sorted(gone)

    async def undelivered(self, group_id: int, limit: int = 20) -> Sequence[OutboxMessage]:
        return self._db[OutboxMessage].where(
            lambda o: o.group_id == group_id and o.status in UNDELIVERED,
            order=lambda o: (-o.created_at.timestamp(), -o.id))[:limit]


class FakeRetention(Repository):
    async def give_up_for_member(self, member_id: int, reason: str) -> int:
        return self._give_up(lambda o: o.member_id == member_id, reason)

    async def give_up_for_group(self, group_id: int, reason: str, due_by: datetime) -> int:
        return self._give_up(lambda o: o.group_id == group_id and o.due_at <= due_by, reason)

    async def forget_addresses(self, group_id: int) -> int:
        return self._db.delete(ConversationAddress, lambda a: a.group_id == group_id)

    async def erasure_due(self, until: datetime, limit: int = 50) -> Sequence[Group]:
        return self._db[Group].where(
            lambda g: g.erase_at is not None and g.erase_at <= until,
            order=lambda g: (g.erase_at, g.id))[:limit]

    async def erase(self, group_id: int) -> None:
        """The group and, as its foreign keys cascade, everything of it."""
        self._db.delete(Group, lambda g: g.id == group_id)

    def _give_up(self, test: Callable[[OutboxMessage], bool], reason: str) -> int:
        return self._db[OutboxMessage].update(
            lambda o: test(o) and o.status in RETRYABLE,
            status=OutboxStatus.DEAD, last_error=reason)


class FakeSettingsRows:
    """A table of one settings row per group (the agenda's, the chase's)."""

    def __init__(self, db: FakeDatabase, model: type) -> None:
        self._table = db[model]

    async def get(self, group_id: int) -> Any:
        return self._table.get(group_id)

    async def add_if_absent(self, values: dict[str, Any]) -> None:
        self._table.add_if_absent(values, ["group_id"])
