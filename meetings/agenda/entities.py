"""The agenda cycle's records: a group's settings, agenda items, answers to the call,
attendance (storage maps them onto tables)."""

from datetime import datetime, time

from meetings.common.entities import Entity


class GroupSettings(Entity):
    """How a group runs its agenda cycle; one row per group, made with defaults on first use."""

    group_id: int
    call_days: int
    deadline_days: int
    deadline_time: time
    publish_days: int
    meeting_minutes: int
    item_minutes: int
    # [{title, minutes, kind, position: "start" | "end"}]: the frame of every agenda.
    standing_items: list
    updated_at: datetime
    updated_by: str | None


class AgendaItem(Entity):
    """A proposed item for a meeting's agenda and what the chair made of it."""

    id: int
    meeting_id: int
    # Kept beside the meeting so an id from card data is checked against the group at once.
    group_id: int
    title: str
    kind: str
    description: str | None  # sagsfremstilling
    recommendation: str | None  # indstilling
    presenter: str | None
    guests: str | None
    minutes: int
    links: list  # [{title, url}], http(s) only
    proposed_by: int | None
    status: str
    reject_reason: str | None
    position: int | None  # order among the accepted items
    # Unique: an item deferred to a later meeting is copied there once, however often asked.
    carried_from_item_id: int | None
    created_at: datetime
    updated_at: datetime


class InputResponse(Entity):
    """A member's answer to the call for input that is not an item ("intet fra os")."""

    id: int
    meeting_id: int
    member_id: int
    kind: str
    created_at: datetime


class Attendance(Entity):
    """A member's answer for a meeting: attending, regrets, or a substitute by name."""

    id: int
    meeting_id: int
    member_id: int
    status: str
    substitute_name: str | None
    updated_at: datetime
