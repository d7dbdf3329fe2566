"""The year's queries: the annual report's free texts, and what the report reads of the year's
meetings — their minutes, who came, the items — in a handful of set-based selects."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.agenda.entities import AgendaItem
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, Presence
from meetings.privacy.entities import RoleChange
from meetings.reports.entities import AnnualTexts
from storage.repositories.groups import insert_if_absent


class AnnualTextsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, group_id: int, year: int) -> AnnualTexts | None:
        return await self._session.scalar(select(AnnualTexts).where(
            AnnualTexts.group_id == group_id, AnnualTexts.year == year))

    async def by_id(self, texts_id: int) -> AnnualTexts | None:
        return await self._session.get(AnnualTexts, texts_id)

    async def purpose_before(self, group_id: int, year: int) -> str | None:
        """The purpose last written for an earlier year: a group's purpose rarely changes, so
        a new year's report starts from it."""
        return await self._session.scalar(
            select(AnnualTexts.purpose)
            .where(AnnualTexts.group_id == group_id, AnnualTexts.year < year,
                   AnnualTexts.purpose.is_not(None))
            .order_by(AnnualTexts.year.desc()).limit(1))

    async def add_if_absent(self, values: dict) -> bool:
        """Two turns making the year's row at once both succeed, and one row stays."""
        return await insert_if_absent(self._session, AnnualTexts, values, ["group_id", "year"])


class ReportReads:
    """The rows of many meetings at once, by meeting or minutes id."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def minutes_of(self, meeting_ids: Sequence[int]) -> dict[int, Minutes]:
        query = select(Minutes).where(Minutes.meeting_id.in_(meeting_ids))
        return {m.meeting_id: m for m in await self._session.scalars(query)}

    async def presence_of(self, minutes_ids: Sequence[int]
                          ) -> dict[int, list[tuple[str, Member]]]:
        """Per minutes: (status, member) — the member's organisation is what attended."""
        query = (select(Presence.minutes_id, Presence.status, Member)
                 .join(Member, Member.id == Presence.member_id)
                 .where(Presence.minutes_id.in_(minutes_ids)).order_by(Presence.id))
        rows: dict[int, list[tuple[str, Member]]] = {}
        for minutes_id, status, member in await self._session.execute(query):
            rows.setdefault(minutes_id, []).append((status, member))
        return rows

    async def entries_of(self, minutes_ids: Sequence[int]) -> dict[int, list[MinutesEntry]]:
        query = (select(MinutesEntry).where(MinutesEntry.minutes_id.in_(minutes_ids))
                 .order_by(MinutesEntry.minutes_id, MinutesEntry.number))
        rows: dict[int, list[MinutesEntry]] = {}
        for entry in await self._session.scalars(query):
            rows.setdefault(entry.minutes_id, []).append(entry)
        return rows

    async def accepted_titles(self, meeting_ids: Sequence[int]) -> dict[int, list[str]]:
        """Per meeting, its accepted items' titles in agenda order."""
        query = (select(AgendaItem.meeting_id, AgendaItem.title)
                 .where(AgendaItem.meeting_id.in_(meeting_ids),
                        AgendaItem.status == ItemStatus.ACCEPTED)
                 .order_by(AgendaItem.meeting_id, AgendaItem.position.nulls_last(),
                           AgendaItem.id))
        rows: dict[int, list[str]] = {}
        for meeting_id, title in await self._session.execute(query):
            rows.setdefault(meeting_id, []).append(title)
        return rows

    async def role_changes_since(self, group_id: int, since: datetime
                                 ) -> Sequence[RoleChange]:
        """The group's role changes from `since` on, oldest first: the roles held in a year."""
        query = (select(RoleChange)
                 .where(RoleChange.group_id == group_id, RoleChange.changed_at >= since)
                 .order_by(RoleChange.changed_at, RoleChange.id))
        return (await self._session.scalars(query)).all()
