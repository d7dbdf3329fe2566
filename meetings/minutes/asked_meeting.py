"""The meeting whose minutes a message asks for by its date, week or month ("referatet fra
marts", "the minutes from 5 February"): the last meeting begun then that has minutes; and,
when none has, the meetings whose minutes there are, to name in the answer."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.schedule import period_past

_NAMED = 4  # meetings named when the one asked for has no minutes: the latest
_EVER = datetime(1900, 1, 1, tzinfo=UTC)


async def minutes_meeting_named(uow: UnitOfWork, group: Group, phrase: str, now: datetime
                                ) -> Meeting | None:
    """The last meeting begun on the day, in the week or in the month `phrase` names (without
    a year, the last such begun by now) whose minutes exist; None when none has."""
    period = period_past(phrase, ZoneInfo(group.time_zone), now)
    if period is None:
        return None
    for meeting in await uow.minutes.meetings_started(group.id, period[0], min(period[1], now)):
        if await _has_minutes(uow, group, meeting):
            return meeting
    return None


async def meetings_with_minutes(uow: UnitOfWork, group: Group, now: datetime) -> list[Meeting]:
    """The latest meetings begun by now that have minutes, latest first."""
    found = []
    for meeting in await uow.minutes.meetings_started(group.id, _EVER, now):
        if await _has_minutes(uow, group, meeting):
            found.append(meeting)
            if len(found) == _NAMED:
                break
    return found


async def _has_minutes(uow: UnitOfWork, group: Group, meeting: Meeting) -> bool:
    minutes = await uow.minutes.of_meeting(meeting.id)
    return minutes is not None and minutes.group_id == group.id
