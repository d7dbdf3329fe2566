"""The question asked most, "when is the next meeting?", read in one trip and without the ORM
(in a personal chat: for each of the person's groups); the search of a group's minutes, in
two on one connection (storage/repositories/quick_search.py); whether a chat's minutes are
open, asked of every unmentioned "#" line; and a sender's group, address and membership as stored,
so that a sender about whom nothing changed costs one read instead of a unit of work.

A unit of work costs about a millisecond of CPU before it has read anything useful: a session,
its transaction, ORM row loading, and on SQLite five trips between the event loop and
aiosqlite's thread. This read needs none of that. It writes nothing, so it runs outside any
unit of work, as one Core statement (the same "next meeting" subquery the repositories use):

- on SQLite, in SQLAlchemy's synchronous engine on the same file, in one thread of its own:
  one trip to that thread, a connection that may only read (`PRAGMA query_only`);
- on PostgreSQL (and an in-memory SQLite, which another connection cannot see), on the app's
  engine.

Every call reads the database; nothing is cached, so a meeting moved by another replica a
moment ago is what the next question gets.
"""

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, TypeVar

from sqlalchemy import bindparam, exists, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.orm import aliased

from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group, Member
from meetings.groups.ports import SenderFacts
from meetings.minutes.entities import Minutes
from meetings.minutes.vocabulary import MinutesStatus
from meetings.planning.changers import CHANGING_ROLES
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from storage.models.base import table_of
from storage.repositories.groups import belongs_now
from storage.repositories.meetings import cancelled_before_next, next_meeting_id
from storage.repositories.quick_search import QuickSearch
from storage.sqlite_reader import SQLiteReader

log = logging.getLogger(__name__)

T = TypeVar("T")
QUICK_POOL_SIZE, QUICK_POOL_OVERFLOW = 2, 8  # PostgreSQL: one read at a time is the rule


class MeetingFacts(NamedTuple):
    """What a meeting card shows of a meeting."""

    id: int
    title: str
    theme: str | None
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online: bool
    online_url: str | None
    status: str
    calendar_token: str


@dataclass(frozen=True)
class NextMeetingFacts:
    """A member's group as far as the answer needs it, and the group's next meeting."""

    group_id: int
    group_language: str
    time_zone: str
    meeting: MeetingFacts | None
    skipped_at: datetime | None = None  # when a cancelled meeting before it would have started
    # The Teams ids of those who move and cancel its meetings (bot.meeting_views), at most
    # MAX_LEADERS, the longest in the group first.
    leaders: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupMeetingFacts:
    """One of a person's groups, as far as an answer in their personal chat needs it, and the
    group's next meeting."""

    group_id: int
    name: str
    kind: str
    language: str
    time_zone: str
    meeting: MeetingFacts | None
    skipped_at: datetime | None = None  # when a cancelled meeting before it would have started
    role: str | None = None  # the person's role in the group


# What `registration.remember_sender` keeps current on the conversation's address.
ADDRESS_FIELDS = ("conversation_type", "channel_id", "service_url", "tenant_id", "team_id",
                  "teams_channel_id", "bot_id", "bot_name", "group_id")


# groups.conversation_id and conversation_addresses.conversation_id are unique, members has
# a unique index on (group_id, teams_id): at most one row, by index.
_SENDER = (
    select(Group.id, Group.language, Group.name, Member.id, Member.name, Member.aad_object_id,
           Member.email, Member.organisation, Member.left_at,
           *(table_of(ConversationAddress).c[name] for name in ADDRESS_FIELDS))
    .select_from(Group)
    .join(Member, (Member.group_id == Group.id) & (Member.teams_id == bindparam("teams_id")))
    .join(ConversationAddress, ConversationAddress.conversation_id == Group.conversation_id)
    .where(Group.conversation_id == bindparam("conversation_id"))
)


_MEETING_FACTS = (Meeting.id, Meeting.title, Meeting.theme, Meeting.starts_at, Meeting.ends_at,
                  Meeting.place, Meeting.online, Meeting.online_url, Meeting.status,
                  Meeting.calendar_token)

# Last, when the first cancelled meeting before the next one would have started.
_SKIPPED = cancelled_before_next(Group.id, bindparam("now"), Meeting.starts_at)

# Teams shows a card's own view to at most 60 users (bot.card_view): the group's chair and
# secretaries still in it and in Teams, the longest in the group first, in the same trip.
MAX_LEADERS = 60
_LEADER = aliased(Member)
_LEADERS_FIRST = (
    select(_LEADER.teams_id)
    .where(_LEADER.group_id == Group.id,
           # Not an IN: its expanding parameter would render the statement on every read.
           or_(*(_LEADER.role == role for role in sorted(CHANGING_ROLES))),
           _LEADER.left_at.is_(None), _LEADER.imported_at.is_(None))
    .order_by(_LEADER.joined_at, _LEADER.id)
    .limit(MAX_LEADERS)
    .correlate(Group)
    .subquery()
)
_LEADERS = select(func.aggregate_strings(_LEADERS_FIRST.c.teams_id, " ")).scalar_subquery()

_NEXT_MEETING = (
    select(Group.id, Group.language, Group.time_zone, *_MEETING_FACTS, _SKIPPED, _LEADERS)
    .select_from(Group)
    .join(Member, Member.group_id == Group.id)
    .outerjoin(Meeting, Meeting.id == next_meeting_id(Group.id, bindparam("now")))
    .where(Member.id == bindparam("member_id"))
)


# A person's groups and each one's next meeting: the groups they belong to now by their Entra
# object id (indexed), else by their Teams user id; of the personal chats only the one asked in.
_PERSON_NEXT_MEETINGS = (
    select(Group.id, Group.name, Group.kind, Group.language, Group.time_zone, *_MEETING_FACTS,
           _SKIPPED, Member.role)
    .select_from(Member)
    .join(Group, Group.id == Member.group_id)
    .outerjoin(Meeting, Meeting.id == next_meeting_id(Group.id, bindparam("now")))
    .where(belongs_now(Member.id == bindparam("member_id")))
    .order_by(Group.id)
)
_BY_AAD = _PERSON_NEXT_MEETINGS.where(or_(Member.id == bindparam("member_id"),
                                          Member.aad_object_id == bindparam("aad_object_id")))
_BY_TEAMS_ID = _PERSON_NEXT_MEETINGS.where(or_(Member.id == bindparam("member_id"),
                                               Member.teams_id == bindparam("teams_id")))

# Both columns are indexed (groups.conversation_id is unique, minutes.group_id has an index).
# The draft of the meeting started last: an older draft, left unposted, is no open minutes.
_LATER = aliased(Meeting)
_MINUTES_OPEN = (
    select(Group.time_zone, Meeting.starts_at, Minutes.updated_at)
    .select_from(Minutes)
    .join(Group, Group.id == Minutes.group_id)
    .join(Meeting, Meeting.id == Minutes.meeting_id)
    .where(Group.conversation_id == bindparam("conversation_id"),
           Minutes.status == MinutesStatus.DRAFT, Meeting.starts_at <= bindparam("until"),
           # the last meeting's draft only, as capturing takes: never an older one behind it
           ~exists().where(_LATER.group_id == Meeting.group_id,
                           _LATER.status != MeetingStatus.CANCELLED,
                           _LATER.starts_at > Meeting.starts_at,
                           _LATER.starts_at <= bindparam("until")))
    .order_by(Meeting.starts_at.desc())
    .limit(1)
)


class QuickReads:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sqlite: SQLiteReader | None = None
        self._own_engine: AsyncEngine | None = None
        url = engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            self._sqlite = SQLiteReader(url.set(drivername="sqlite+pysqlite"))
        elif url.get_backend_name() != "sqlite":
            # A small pool of its own, without the ping the app's engine sends at every
            # checkout (a round trip: 0.3-0.4 ms of a 1 ms read). These reads only read, so a
            # connection found dead (the server restarted) is given up and the read run once
            # more: `_connected`.
            self._engine = self._own_engine = create_async_engine(
                url, pool_size=QUICK_POOL_SIZE, max_overflow=QUICK_POOL_OVERFLOW,
                hide_parameters=True)

    async def next_meeting(self, member_id: int, now: datetime) -> NextMeetingFacts | None:
        """The member's group and its next meeting (as `MeetingRepository.upcoming` orders
        them); None when there is no such member."""
        row = await self._first(_NEXT_MEETING, {"member_id": member_id, "now": now})
        if row is None:
            return None
        return NextMeetingFacts(group_id=row[0], group_language=row[1], time_zone=row[2],
                                meeting=_meeting_of(row[3:-2]), skipped_at=row[-2],
                                leaders=_in_order(row[-1]))

    async def next_meetings_of_person(self, member_id: int, aad_object_id: str | None,
                                      teams_id: str, now: datetime) -> list[GroupMeetingFacts]:
        """Each group of the person whose member row `member_id` is (that row's own group too)
        and its next meeting, in one statement."""
        parameters = {"member_id": member_id, "aad_object_id": aad_object_id,
                      "teams_id": teams_id, "now": now}
        rows = await self._all(_BY_AAD if aad_object_id else _BY_TEAMS_ID, parameters)
        return [GroupMeetingFacts(group_id=row[0], name=row[1], kind=row[2], language=row[3],
                                  time_zone=row[4], meeting=_meeting_of(row[5:-2]),
                                  skipped_at=row[-2], role=row[-1])
                for row in rows]

    async def searching(self, use: Callable[[QuickSearch], Awaitable[T]]) -> T:
        """`use` given the reads of a search of the minutes (meetings.search.ports.SearchReads)
        and of the asker's group, on one connection: on PostgreSQL one checkout for both
        statements, not one each. It may run twice (see `_connected`): it must only read."""
        if self._sqlite is not None:
            return await use(QuickSearch(self._sqlite.all, sqlite=True))

        async def search(connection: AsyncConnection) -> T:
            async def rows(statement, parameters: dict) -> list:
                return list(await connection.execute(statement, parameters))
            return await use(QuickSearch(rows, sqlite=self._engine.dialect.name == "sqlite"))
        return await self._connected(search)

    async def open_minutes_meeting(self, conversation_id: str,
                                   until: datetime) -> tuple[str, datetime, datetime] | None:
        """The group's time zone, the start of the latest meeting started by `until` if its
        minutes are being written (opened, not yet sent for approval), and when they were last
        opened or written in; None if there is none."""
        row = await self._first(_MINUTES_OPEN, {"conversation_id": conversation_id,
                                                "until": until})
        return (row[0], row[1], row[2]) if row is not None else None

    async def sender(self, conversation_id: str, teams_id: str) -> SenderFacts | None:
        """The conversation's group, the sender's member row there and the conversation's
        address, in one statement; None when any of them is not stored yet."""
        row = await self._first(_SENDER, {"conversation_id": conversation_id,
                                          "teams_id": teams_id})
        if row is None:
            return None
        return SenderFacts(*row[:9], address=dict(zip(ADDRESS_FIELDS, row[9:], strict=True)))

    async def _first(self, statement, parameters: dict):
        if self._sqlite is not None:
            return await self._sqlite.first(statement, parameters)

        async def first(connection: AsyncConnection):
            return (await connection.execute(statement, parameters)).first()
        return await self._connected(first)

    async def _all(self, statement, parameters: dict) -> list:
        if self._sqlite is not None:
            return await self._sqlite.all(statement, parameters)

        async def every(connection: AsyncConnection) -> list:
            return list(await connection.execute(statement, parameters))
        return await self._connected(every)

    async def _connected(self, read: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        """`read` on a pooled connection; when that connection turns out dead, once more on a
        fresh one (SQLAlchemy has then dropped every connection of the pool made before)."""
        try:
            async with self._engine.connect() as connection:
                return await read(connection)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
            log.info("a quick read's pooled connection was dead; read again on a fresh one")
        async with self._engine.connect() as connection:
            return await read(connection)

    async def close(self) -> None:
        if self._sqlite is not None:
            await self._sqlite.close()
        if self._own_engine is not None:
            await self._own_engine.dispose()


def _in_order(joined: str | None) -> tuple[str, ...]:
    """The ids the subquery aggregated; in its order, which SQLite's group_concat and
    PostgreSQL's string_agg keep from an ordered subquery (not promised by either: the cap on
    60 is the subquery's LIMIT, which is)."""
    return tuple(joined.split(" ")) if joined else ()


def _meeting_of(columns) -> MeetingFacts | None:
    return MeetingFacts(*columns) if columns[0] is not None else None
