"""A group's meetings: the repository, and the reads of the next meeting and of the cancelled
one it skips that the quick reads share."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus


class MeetingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, meeting: Meeting) -> None:
        self._session.add(meeting)

    async def get(self, meeting_id: int) -> Meeting | None:
        return await self._session.get(Meeting, meeting_id)


    async def upcoming(self, group_id: int, now: datetime, limit: int = 20) -> Sequence[Meeting]:
        """Planned meetings of the group that have not ended yet, soonest first."""
        return (await self._session.scalars(_upcoming(group_id, now).limit(limit))).all()

    async def cancelled_before(self, group_id: int, now: datetime, before: datetime | None
                               ) -> Meeting | None:
        """The first cancelled meeting that has not ended and starts before `before`."""
        query = _cancelled_before(group_id, now, before).limit(1)
        return (await self._session.scalars(query)).first()

    async def of_period(self, group_id: int, start: datetime, end: datetime
                        ) -> Sequence[Meeting]:
        """Meetings of the group starting in [start, end) that were not cancelled: held or
        planned."""
        query = (
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.status != MeetingStatus.CANCELLED,
                   Meeting.starts_at >= start, Meeting.starts_at < end)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        return (await self._session.scalars(query)).all()

    async def starting_between(
        self, group_id: int, start: datetime, end: datetime
    ) -> Sequence[Meeting]:
        """Planned meetings of the group starting in [start, end)."""
        query = (
            select(Meeting)
            .where(
                Meeting.group_id == group_id,
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.starts_at >= start,
                Meeting.starts_at < end,
            )
            .order_by(Meeting.starts_at)
        )
        return (await self._session.scalars(query)).all()


def _not_ended(group_id, now, status, meeting, *also) -> Select:
    """The group's meetings of one status that have not ended yet, soonest first."""
    return (
        select(meeting)
        .where(meeting.group_id == group_id, meeting.status == status, meeting.ends_at > now,
               *also)
        .order_by(meeting.starts_at, meeting.id)
    )


def _upcoming(group_id, now, meeting=Meeting) -> Select:
    """Planned meetings that have not ended yet, soonest first; "the next meeting" is the first."""
    return _not_ended(group_id, now, MeetingStatus.PLANNED, meeting)


def _cancelled_before(group_id, now, before, meeting=Meeting) -> Select:
    """Cancelled meetings of the group that have not ended and start before `before` (any
    time when it is None), soonest first: what "the next meeting" skipped. `before` is a
    value, or the next meeting's column, which is NULL when none is planned."""
    if before is None:
        starts_before = true()
    elif isinstance(before, datetime):
        starts_before = meeting.starts_at < before
    else:
        starts_before = or_(before.is_(None), meeting.starts_at < before)
    return _not_ended(group_id, now, MeetingStatus.CANCELLED, meeting, starts_before)


def cancelled_before_next(group_id, now, next_starts_at):
    """When the first meeting skipped by the next one starts (see `_cancelled_before`), as a
    scalar subquery correlated with `Group` and the next meeting read beside it."""
    skipped = aliased(Meeting, name="cancelled_meeting")
    return (
        _cancelled_before(group_id, now, next_starts_at, skipped)
        .with_only_columns(skipped.starts_at)
        .limit(1)
        .correlate_except(skipped)
        .scalar_subquery()
    )


def next_meeting_id(group_id, now):
    """The id of the group's next meeting, as a scalar subquery correlated with `Group`: the
    first of `_upcoming`, for statements that read a group and its next meeting at once."""
    upcoming = aliased(Meeting, name="next_meeting")
    return (
        _upcoming(group_id, now, upcoming)
        .with_only_columns(upcoming.id)
        .limit(1)
        .correlate(Group)
        .scalar_subquery()
    )
