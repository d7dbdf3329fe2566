"""When each step of a meeting's agenda cycle is due, in the group's time zone.

Messages go out at 09.00 local time; one that is due outside the group's working hours (the bot
was down on its morning) waits for their start on the next working day while that is still of
use. The
deadline for input falls, on working days: a day
that is a weekend or a Danish public holiday moves to the working day before.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.agenda.entities import GroupSettings
from meetings.common.working_days import (
    held_for_working_hours,
    working_day_on_or_after,
    working_day_on_or_before,
    working_days_before,
)
from meetings.planning.entities import Meeting
from meetings.planning.reminders import reminder_due

SEND_HOUR = time(9, 0)
NUDGE_WORKING_DAYS = 2


@dataclass(frozen=True)
class CycleTimes:
    """The cycle's moments for one meeting, in UTC."""

    call_at: datetime
    nudge_at: datetime
    deadline_at: datetime
    publish_at: datetime
    remind_at: datetime
    starts_at: datetime
    zone: ZoneInfo


def cycle_times(meeting: Meeting, settings: GroupSettings, tz: ZoneInfo) -> CycleTimes:
    day = meeting.starts_at.astimezone(tz).date()
    deadline_at = input_deadline(meeting, settings, tz)
    return CycleTimes(
        call_at=_at(working_day_on_or_before(day - timedelta(days=settings.call_days)),
                    SEND_HOUR, tz),
        nudge_at=_at(working_days_before(deadline_at.astimezone(tz).date(), NUDGE_WORKING_DAYS),
                     SEND_HOUR, tz),
        deadline_at=deadline_at,
        publish_at=_publish_at(day - timedelta(days=settings.publish_days), deadline_at, tz),
        remind_at=reminder_due(meeting, tz),
        starts_at=meeting.starts_at,
        zone=tz,
    )


def input_deadline(meeting: Meeting, settings: GroupSettings, tz: ZoneInfo) -> datetime:
    """After this, only the chair and the secretary add items."""
    day = meeting.starts_at.astimezone(tz).date() - timedelta(days=settings.deadline_days)
    return _at(working_day_on_or_before(day), settings.deadline_time, tz)


def next_working_morning(after: datetime, tz: ZoneInfo) -> datetime:
    """09.00 on the first working day after the local day of `after`."""
    day = working_day_on_or_after(after.astimezone(tz).date() + timedelta(days=1))
    return _at(day, SEND_HOUR, tz)


def held_until(now: datetime, tz: ZoneInfo, until: datetime, hours: tuple[time, time]
               ) -> datetime | None:
    """When a step due now, outside the group's working `hours`, goes out instead: at their
    start on the next working day if that is before `until`; None if it goes now."""
    return held_for_working_hours(now, tz, until, *hours)


def _publish_at(nominal: date, deadline_at: datetime, tz: ZoneInfo) -> datetime:
    # Moved back over a holiday as the call is, unless that lands before the deadline (Easter
    # can take five days): then forward, because the agenda needs the items first.
    earlier = _at(working_day_on_or_before(nominal), SEND_HOUR, tz)
    if earlier > deadline_at:
        return earlier
    return _at(working_day_on_or_after(nominal), SEND_HOUR, tz)


def _at(day: date, at: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)
