"""A meeting, as the domain keeps it (storage maps it onto its table)."""

from datetime import datetime

from meetings.common.entities import Entity


class Meeting(Entity):
    """One meeting of a group."""

    id: int
    group_id: int
    title: str
    theme: str | None
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online_url: str | None
    online: bool
    status: str
    # The calendar link's secret: unguessable, so the .ics needs no login.
    calendar_token: str
    # iCalendar SEQUENCE: Outlook replaces an event only when this grows.
    sequence: int
    created_by: str | None
    created_at: datetime
    updated_at: datetime
    # The agenda cycle's progress, so each step happens once whatever the scheduler does.
    call_sent_at: datetime | None
    nudged_at: datetime | None
    agenda_published_at: datetime | None
    agenda_version: int
    attendance_reminded_at: datetime | None
    # Steps whose time had passed when the scheduler came back ("call nudge"): not sent late.
    agenda_cycle_skipped: str | None
    # When the agenda tick next has something to do for this meeting (its next cycle step, or
    # at once for a deferred item to take up); None when the cycle is done. Moved in the
    # transaction of every change that moves it, so the tick finds due meetings by the index.
    cycle_due_at: datetime | None
    # A meeting made from imported minutes: a hash of the source text, so importing the same
    # file twice finds it instead of making it again.
    import_key: str | None
