"""Repositories: the queries the domain needs, and nothing else."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.entities import Meeting
from meetings.privacy.entities import RoleChange
from storage.repositories.meetings import next_meeting_id


async def insert_if_absent(session: AsyncSession, model, values: dict, unique: list[str]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING: two turns registering the same thing at once (Teams
    sends installationUpdate and conversationUpdate together) both succeed, and one row stays."""
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    result = await session.execute(
        insert(model).values(**values).on_conflict_do_nothing(index_elements=unique)
    )
    return result.rowcount == 1


class GroupRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, group: Group) -> None:
        self._session.add(group)

    async def add_if_absent(self, values: dict) -> bool:
        """True only for the turn whose insert made the conversation's group."""
        return await insert_if_absent(self._session, Group, values, ["conversation_id"])

    async def get(self, group_id: int) -> Group | None:
        return await self._session.get(Group, group_id)

    async def all(self) -> Sequence[Group]:
        return (await self._session.scalars(select(Group).order_by(Group.id))).all()

    async def by_conversation(self, conversation_id: str) -> Group | None:
        query = select(Group).where(Group.conversation_id == conversation_id)
        return await self._session.scalar(query)

    async def of_team(self, team_id: str) -> Sequence[Group]:
        """The groups of a team's channels, oldest first."""
        query = select(Group).where(Group.team_id == team_id).order_by(Group.id)
        return (await self._session.scalars(query)).all()

    async def mark_welcomed(self, group_id: int, now: datetime) -> bool:
        """Set welcomed_at unless set; True only for the caller that set it."""
        statement = (
            update(Group)
            .where(Group.id == group_id, Group.welcomed_at.is_(None))
            .values(welcomed_at=now)
            .execution_options(synchronize_session=False)
        )
        return (await self._session.execute(statement)).rowcount == 1

    async def lock(self, group_id: int) -> None:
        """Hold the group's row until commit (a no-op update), so a check of its members
        followed by a change (the first to take over as secretary) is not raced."""
        statement = (
            update(Group).where(Group.id == group_id)
            .values(retention_months=Group.retention_months)
            .execution_options(synchronize_session=False)
        )
        await self._session.execute(statement)

    async def lock_with_members(self, group_id: int) -> Sequence[Member]:
        """Hold the group's row until commit, then its members as committed now: members this
        unit of work read before the lock are read again, so a check of who leads sees what
        the turn that held the lock before it changed."""
        await self.lock(group_id)
        query = (select(Member).where(Member.group_id == group_id).order_by(Member.name)
                 .execution_options(populate_existing=True))
        return (await self._session.scalars(query)).all()


class MemberRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, member: Member) -> None:
        self._session.add(member)

    def add_role_change(self, change: RoleChange) -> None:
        self._session.add(change)

    async def add_if_absent(self, values: dict) -> bool:
        return await insert_if_absent(self._session, Member, values, ["group_id", "teams_id"])

    async def get(self, member_id: int) -> Member | None:
        return await self._session.get(Member, member_id)

    async def of_group(self, group_id: int) -> Sequence[Member]:
        query = select(Member).where(Member.group_id == group_id).order_by(Member.name)
        return (await self._session.scalars(query)).all()

    async def known_only_from_minutes(self, group_id: int) -> Sequence[Member]:
        """Members made by an import of old minutes who have not turned up in Teams."""
        query = select(Member).where(Member.group_id == group_id,
                                     Member.imported_at.is_not(None),
                                     Member.aad_object_id.is_(None))
        return (await self._session.scalars(query)).all()

    async def with_group(self, member_id: int) -> tuple[Group | None, Member | None]:
        """A member and their group in one round trip (every turn needs both)."""
        query = (
            select(Group, Member)
            .join(Member, Member.group_id == Group.id)
            .where(Member.id == member_id)
        )
        row = (await self._session.execute(query)).first()
        return (row[0], row[1]) if row else (None, None)

    async def by_ids(self, member_ids: Sequence[int]) -> dict[int, Member]:
        if not member_ids:
            return {}
        query = select(Member).where(Member.id.in_(member_ids))
        return {m.id: m for m in await self._session.scalars(query)}

    async def by_teams_id(self, group_id: int, teams_id: str) -> Member | None:
        query = select(Member).where(Member.group_id == group_id, Member.teams_id == teams_id)
        return await self._session.scalar(query)

    async def by_aad_object_id(self, group_id: int, aad_object_id: str) -> Member | None:
        query = select(Member).where(
            Member.group_id == group_id, Member.aad_object_id == aad_object_id
        )
        return await self._session.scalar(query)

    async def keep_language(self, aad_object_id: str | None, teams_id: str,
                            language: str) -> int:
        """The language the person wrote in, on each of their member rows that says another
        (or none); how many rows that changed."""
        person = Member.aad_object_id == aad_object_id if aad_object_id \
            else Member.teams_id == teams_id
        changed = await self._session.execute(
            update(Member).where(person, or_(Member.language.is_(None),
                                             Member.language != language))
            .values(language=language).execution_options(synchronize_session=False))
        return changed.rowcount

    async def groups_left_by(self, person: Member) -> Sequence[str]:
        """The names of the groups the person left (the bot still serving them)."""
        query = (select(Group.name).join(Member, Member.group_id == Group.id)
                 .where(same_person(person.id, person.aad_object_id, person.teams_id),
                        Member.left_at.is_not(None), Group.bot_removed_at.is_(None),
                        Group.kind != ConversationKind.PERSONAL)
                 .order_by(Group.id))
        return list(await self._session.scalars(query))

    async def groups_of_person(self, person: Member, now: datetime
                               ) -> Sequence[tuple[Group, Member, datetime | None]]:
        """Every group the person belongs to now, their member row there and when the group's
        next meeting starts; of the personal chats only this row's own."""
        query = (
            select(Group, Member, Meeting.starts_at)
            .join(Member, Member.group_id == Group.id)
            .outerjoin(Meeting, Meeting.id == next_meeting_id(Group.id, now))
            .where(same_person(person.id, person.aad_object_id, person.teams_id),
                   belongs_now(Member.id == person.id))
            .order_by(Group.id)
        )
        return [(group, member, starts) for group, member, starts
                in await self._session.execute(query)]


def belongs_now(own_row):
    """Member rows of groups the person is in now: not left, the bot not removed, and of the
    personal chats only `own_row`'s (the chat asked in)."""
    return or_(own_row, and_(Group.kind != ConversationKind.PERSONAL, Member.left_at.is_(None),
                             Group.bot_removed_at.is_(None)))


def same_person(member_id, aad_object_id: str | None, teams_id: str):
    """The member rows of one person across the conversations the bot serves: by Entra object
    id (indexed), else by Teams user id; and the row itself, whatever it holds."""
    if aad_object_id:
        return or_(Member.id == member_id, Member.aad_object_id == aad_object_id)
    return or_(Member.id == member_id, Member.teams_id == teams_id)


class AddressRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, address: ConversationAddress) -> None:
        self._session.add(address)

    async def add_if_absent(self, values: dict) -> bool:
        return await insert_if_absent(self._session, ConversationAddress, values,
                                      ["conversation_id"])

    async def by_conversation(self, conversation_id: str) -> ConversationAddress | None:
        query = select(ConversationAddress).where(
            ConversationAddress.conversation_id == conversation_id
        )
        return await self._session.scalar(query)

    async def by_conversations(self, ids: Sequence[str]) -> dict[str, ConversationAddress]:
        if not ids:
            return {}
        query = select(ConversationAddress).where(ConversationAddress.conversation_id.in_(ids))
        return {a.conversation_id: a for a in await self._session.scalars(query)}

    async def personal_of_many(self, aad_ids: Sequence[str]) -> dict[str, ConversationAddress]:
        """The 1:1 chats of these members that exist, by member."""
        if not aad_ids:
            return {}
        query = select(ConversationAddress).where(
            ConversationAddress.member_aad_object_id.in_(aad_ids),
            ConversationAddress.conversation_type == ConversationKind.PERSONAL,
        )
        return {a.member_aad_object_id: a for a in await self._session.scalars(query)}

    async def of_group(self, group_id: int | None) -> ConversationAddress | None:
        """The group's own conversation: the way to reach its members' tenant and bot."""
        query = (
            select(ConversationAddress)
            .where(
                ConversationAddress.group_id == group_id,
                ConversationAddress.conversation_type != ConversationKind.PERSONAL,
            )
            .order_by(ConversationAddress.updated_at.desc())
            .limit(1)
        )
        return await self._session.scalar(query)

    async def personal_of(self, aad_object_id: str) -> ConversationAddress | None:
        """The member's 1:1 chat with the bot, if there is one yet."""
        query = (
            select(ConversationAddress)
            .where(
                ConversationAddress.member_aad_object_id == aad_object_id,
                ConversationAddress.conversation_type == ConversationKind.PERSONAL,
            )
            .limit(1)
        )
        return await self._session.scalar(query)
