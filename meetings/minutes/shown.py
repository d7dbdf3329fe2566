"""What the minutes cards show, read once, with what the reader may do decided here: the
overview, the card of one item, and who came; and the meeting whose minutes a message asks for
by its date, week or month ("referatet fra marts", "the minutes from 5 February"): the last
meeting begun then that has minutes; and, when none has, the meetings whose minutes there are,
to name in the answer."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from meetings.common.access import is_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.minutes.approved_tasks import entry_tasks
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.posting import changed_since_posted, current_approvals
from meetings.minutes.presence import presence_list
from meetings.minutes.recording import (
    entries_of,
    entry_of_group,
    minutes_of_group,
    presence_of,
)
from meetings.minutes.referat import ReferatTask
from meetings.minutes.vocabulary import EventKind, MinutesStatus, PresenceStatus
from meetings.minutes.writers import minutes_editable_by, require_editor, takes_minutes
from meetings.planning.entities import Meeting
from meetings.planning.schedule import period_past
from meetings.tasks.access import may_own
from meetings.tasks.tasks import default_due

_NAMED = 4  # meetings named when the one asked for has no minutes: the latest
_EVER = datetime(1900, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class MinutesOverview:
    """The overview card's facts; the reader None is the copy posted to the whole group."""

    minutes: Minutes
    meeting: Meeting
    entries: Sequence[MinutesEntry]
    events: Sequence[MinutesEvent]
    presences: Sequence[Presence]
    substituted: Mapping[int, Member]  # the members a substitute came for, by id
    can_edit: bool  # the reader writes the minutes
    can_post: bool
    can_approve: bool
    can_comment: bool
    can_resolve: bool  # the reader may mark comments resolved

    @property
    def approvals(self) -> list[MinutesEvent]:
        """Given to the minutes as they are now: a change after posting clears them."""
        return current_approvals(self.minutes, list(self.events))

    @property
    def open_comments(self) -> list[MinutesEvent]:
        return [e for e in self.events if e.kind == EventKind.COMMENT and e.resolved_at is None]

    @property
    def changed_since_posted(self) -> bool:
        return changed_since_posted(list(self.events))


async def minutes_overview(uow: UnitOfWork, group: Group, minutes: Minutes,
                           reader: Member | None) -> MinutesOverview:
    """The overview as `reader` may use it; with no reader, as every member may."""
    meeting = await uow.meetings.get(minutes.meeting_id)
    events = await uow.minutes_events.of_minutes(minutes.id)
    presences = await presence_of(uow, minutes.id)
    sent = [p.member_id for p in presences
            if p.status == PresenceStatus.SUBSTITUTE and p.substitute_name]
    manager = reader is not None and is_manager(reader, group)
    posted = minutes.status == MinutesStatus.POSTED
    approved = {e.member_id for e in current_approvals(minutes, list(events))}
    return MinutesOverview(
        minutes=minutes, meeting=meeting, entries=await entries_of(uow, minutes.id),
        events=events, presences=presences, substituted=await uow.members.by_ids(sent),
        can_edit=reader is not None and minutes_editable_by(reader, group, minutes),
        can_post=reader is not None and takes_minutes(reader, group)
        and minutes.status != MinutesStatus.APPROVED,
        can_approve=posted and (reader is None or reader.id not in approved),
        can_comment=posted, can_resolve=manager)


@dataclass(frozen=True)
class EntryShown:
    """One item of the minutes on its card, with the tasks taken under it."""

    meeting: Meeting
    members: Sequence[Member]
    tasks: Sequence[ReferatTask]  # as the referat prints them: once approved, as approved
    can_edit: bool
    can_comment: bool
    default_due: date | None  # for the new-task fields, when they start empty


async def entry_shown(uow: UnitOfWork, group: Group, minutes: Minutes, entry: MinutesEntry,
                      reader: Member | None, now: datetime, *,
                      task_typed: bool = False) -> EntryShown:
    """The item's card as `reader` may use it; `task_typed` when the task fields come back as
    they were typed, so no default due date is needed."""
    meeting = await uow.meetings.get(minutes.meeting_id)
    return EntryShown(
        meeting=meeting, members=[m for m in await uow.members.of_group(group.id) if may_own(m)],
        tasks=[task for entry_id, task in await entry_tasks(uow, minutes)
               if entry_id == entry.id],
        can_edit=reader is not None and minutes_editable_by(reader, group, minutes),
        can_comment=minutes.status == MinutesStatus.POSTED,
        default_due=None if task_typed else await default_due(uow, group, now))


@dataclass(frozen=True)
class PresenceShown:
    meeting: Meeting
    listed: Sequence[tuple[Member, Presence | None]]  # None: not marked


async def presence_shown(uow: UnitOfWork, group: Group, minutes: Minutes) -> PresenceShown:
    return PresenceShown(await uow.meetings.get(minutes.meeting_id),
                         await presence_list(uow, group, minutes))


async def presence_form(uow: UnitOfWork, group: Group, reader: Member,
                        minutes_id: int) -> Minutes:
    """The minutes whose presence card is asked for, for one who may write them; anyone else
    is refused, and logged."""
    minutes = await minutes_of_group(uow, group, minutes_id)
    require_editor(reader, group, minutes, "show_presence", minutes.id)
    return minutes


@dataclass(frozen=True)
class EntryToWrite:
    minutes: Minutes
    entry: MinutesEntry  # as stored now
    writable: bool  # the reader may write it: only then is a card gone stale worth telling


async def entry_to_write(uow: UnitOfWork, group: Group, reader: Member,
                         entry_id: int) -> EntryToWrite:
    minutes, entry = await entry_of_group(uow, group, entry_id)
    return EntryToWrite(minutes, entry, minutes_editable_by(reader, group, minutes))




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
