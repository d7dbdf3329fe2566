"""Planning, moving and cancelling meetings: the chair's and the secretary's use cases."""

import logging
import secrets
from collections.abc import Collection
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from meetings.common.access import is_manager, planned_meeting_of_group, require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import DUPLICATE_MEETING, MEETING_BEGUN, MEETING_NOT_FOUND, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.entities import Meeting
from meetings.planning.follow_ups import (
    meeting_moved_or_cancelled,
    meeting_moved_to_another_day,
    meeting_planned,
)
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.reminders import schedule_reminder, withdraw_and_update
from meetings.planning.schedule import NEXT_WORDS, meeting_by_selector, meeting_to_come
from meetings.planning.vocabulary import MeetingStatus

log = logging.getLogger(__name__)
# No meeting lasts a day (meeting_length.MAX_LENGTH_MINUTES, and a form's end is on its day):
# one that overlaps a time began less than a day before that time ends.
LONGEST_MEETING = timedelta(days=1)


async def plan_meeting(
    uow: UnitOfWork, group: Group, actor: Member, draft: MeetingDraft, now: datetime, *,
    moving: Collection[int] = (),
) -> Meeting:
    """`moving`: meetings the same save moves (the year plan), whose stored times do not count;
    that save checked its rows' new times against each other."""
    require_manager(actor, group, "plan_meeting")
    await _refuse_overlap(uow, group, draft, moving)
    meeting = Meeting(
        group_id=group.id,
        title=group.name,
        theme=draft.theme,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        place=draft.place,
        online=draft.online,
        online_url=draft.online_url,
        status=MeetingStatus.PLANNED,
        calendar_token=secrets.token_urlsafe(24),
        sequence=0,
        created_by=actor.aad_object_id,
        created_at=now,
        updated_at=now,
    )
    uow.meetings.add(meeting)
    await uow.flush()
    await schedule_reminder(uow, group, meeting, now)
    await meeting_planned(uow, group, meeting, now)  # the agenda cycle starts, the chase moves
    log.info("meeting planned", extra={"group_id": group.id, "meeting_id": meeting.id})
    return meeting


def draft_of(meeting: Meeting) -> MeetingDraft:
    """The meeting as a draft: what a move starts from and what its card compares with."""
    return MeetingDraft(starts_at=meeting.starts_at, ends_at=meeting.ends_at,
                        place=meeting.place, online=meeting.online, theme=meeting.theme,
                        online_url=meeting.online_url)


async def move_meeting(
    uow: UnitOfWork, group: Group, actor: Member, meeting_id: int, draft: MeetingDraft,
    now: datetime, *, moving: Collection[int] = (),
) -> Meeting:
    """Give the meeting the draft's time, place, online and theme, an empty theme removing it.
    A typed move keeps what it does not name by making its draft from the meeting
    (meetings.planning.move_line); the card forms show every field and send them all. A draft
    the same as the meeting changes nothing: no new version, nothing announced. `moving` as
    for plan_meeting."""
    require_manager(actor, group, "move_meeting", meeting_id)
    meeting = await meeting_to_change(uow, group, meeting_id, now, "move")
    if draft_of(meeting) == draft:
        return meeting
    await _refuse_overlap(uow, group, draft, {meeting.id, *moving})
    zone = ZoneInfo(group.time_zone)
    another_day = (meeting.starts_at.astimezone(zone).date()
                   != draft.starts_at.astimezone(zone).date())
    meeting.starts_at, meeting.ends_at = draft.starts_at, draft.ends_at
    meeting.place, meeting.online = draft.place, draft.online
    meeting.theme = draft.theme
    meeting.sequence += 1
    meeting.updated_at = now
    await withdraw_and_update(uow, group, meeting, meeting.sequence - 1, now)
    await schedule_reminder(uow, group, meeting, now)
    if another_day:  # answers given for the old day are asked again (the agenda cycle)
        await meeting_moved_to_another_day(uow, group, meeting, now)
    await meeting_moved_or_cancelled(uow, group, meeting, now)
    log.info("meeting moved", extra={"group_id": group.id, "meeting_id": meeting.id})
    return meeting


async def cancel_meeting(
    uow: UnitOfWork, group: Group, actor: Member, meeting_id: int, now: datetime
) -> Meeting:
    require_manager(actor, group, "cancel_meeting", meeting_id)
    meeting = await meeting_to_change(uow, group, meeting_id, now, "cancel")
    meeting.status = MeetingStatus.CANCELLED
    meeting.sequence += 1
    meeting.updated_at = now
    await withdraw_and_update(uow, group, meeting, meeting.sequence - 1, now)
    await meeting_moved_or_cancelled(uow, group, meeting, now)
    log.info("meeting cancelled", extra={"group_id": group.id, "meeting_id": meeting.id})
    return meeting


async def meeting_to_change(uow: UnitOfWork, group: Group, meeting_id: int, now: datetime,
                            action: str) -> Meeting:
    """The planned meeting to move or cancel (`action`: "move", "cancel"), if it has neither
    begun nor minutes: a meeting held keeps its day, so its minutes are never a cancelled
    meeting's or another day's. Every way of moving or cancelling (card, chat, year plan, form)
    comes here; a refusal is logged."""
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    if meeting.ends_at <= now:
        state = "held"
    elif meeting.starts_at <= now:
        state = "under_way"
    elif await uow.minutes.of_meeting(meeting.id) is not None:
        state = "minutes"  # opened in the hour before it starts
    else:
        return meeting
    log.warning("refused: the meeting has begun",
                extra={"action": action, "group_id": group.id, "target": meeting.id})
    raise Refusal(MEETING_BEGUN, starts_at=meeting.starts_at.isoformat(),
                  ends_at=meeting.ends_at.isoformat(), state=state, action=action)


async def _refuse_overlap(uow: UnitOfWork, group: Group, draft: MeetingDraft,
                          moved: Collection[int] = ()) -> None:
    # A double click on "plan" or the same line sent twice must not make two meetings; two at
    # the same moment on PostgreSQL neither: the second waits for the first's group row.
    await uow.groups.lock(group.id)
    others = await meetings_at_the_time(uow, group, draft, besides=moved)
    if others:
        raise overlap_refusal(others[0])


async def meetings_at_the_time(uow: UnitOfWork, group: Group, draft: MeetingDraft, *,
                               besides: Collection[int] = ()) -> list[Meeting]:
    """The group's meetings, not cancelled, that overlap the draft's [start, end): one group
    cannot sit in two meetings at once. `besides` are the meetings being moved."""
    near = await uow.meetings.of_period(group.id, draft.starts_at - LONGEST_MEETING,
                                        draft.ends_at)
    return [m for m in near if m.ends_at > draft.starts_at and m.id not in besides]


def overlap_refusal(other: Meeting) -> Refusal:
    """The refusal that names the meeting in the way, so the answer can say when it is."""
    return Refusal(DUPLICATE_MEETING, starts_at=other.starts_at.isoformat(),
                   ends_at=other.ends_at.isoformat())


def planning_form(group: Group, actor: Member) -> None:
    """The empty form to plan a meeting is the chair's and the secretary's: anyone else asking
    for it is refused, and logged."""
    require_manager(actor, group, "plan_meeting")


def offers_planning(group: Group, reader: Member) -> bool:
    """Whether a card the reader gets offers the form to plan a meeting (the help card's
    *Plan a meeting*): only where planning_form would open it, never a button that refuses."""
    return is_manager(reader, group)


async def offers_planning_in(uow: UnitOfWork, group: Group, reader: Member,
                             now: datetime) -> bool:
    """`offers_planning`, but not in the 1:1 chat of one who belongs to a group: there it would
    plan a meeting of her own, which her groups never see (theirs are planned in their chat)."""
    if not offers_planning(group, reader) or group.kind != ConversationKind.PERSONAL:
        return offers_planning(group, reader)
    found = await uow.members.groups_of_person(reader, now)
    return all(other.id == group.id for other, _, _ in found)


def cancels_there(group: Group, member: Member) -> bool:
    """Whether a cancel the member writes would be carried out in the group (the chair's or the
    secretary's); a member's is refused there, with whom to ask and her own regrets."""
    return is_manager(member, group)


async def meeting_to_move(uow: UnitOfWork, group: Group, actor: Member, selector: str,
                          now: datetime, language: str) -> Meeting:
    """The meeting the chair or the secretary means to move ("næste", "9. februar"); the role
    is checked before the words are read."""
    require_manager(actor, group, "move_meeting")
    return await _meeting_to_change_by_words(uow, group, selector, now, language, "move")


async def meeting_to_cancel(uow: UnitOfWork, group: Group, actor: Member, selector: str,
                            now: datetime, language: str) -> Meeting:
    """The meeting "aflys næste møde" or "aflys mødet 9. februar" asks about, for the chair and
    the secretary: a typo must not cancel a meeting for thirty people."""
    require_manager(actor, group, "cancel_meeting")
    return await _meeting_to_change_by_words(uow, group, selector, now, language, "cancel")


async def _meeting_to_change_by_words(uow: UnitOfWork, group: Group, selector: str,
                                      now: datetime, language: str, action: str) -> Meeting:
    """"næste møde" to move or cancel is the next one not begun (during a meeting, the one
    after it); one named by its date, or whose minutes are open, is refused if it has begun."""
    if selector.strip().lower() in NEXT_WORDS:
        meeting = await meeting_to_come(uow, group, now)
    else:
        meeting = await meeting_by_selector(uow, group, selector, now, language)
    return await meeting_to_change(uow, group, meeting.id, now, action)


async def meeting_on_card(uow: UnitOfWork, group: Group, actor: Member, action: str,
                          meeting_id: object, now: datetime) -> Meeting:
    """The planned meeting a card's button names to move or cancel ("move_meeting",
    "cancel_meeting"): the chair's and the secretary's, anyone else refused and logged with the
    id they sent before it is read; the id is client input. A meeting begun is refused: the
    card got while it ran still has the buttons."""
    require_manager(actor, group, action, meeting_id)
    try:
        wanted = int(meeting_id)
    except (TypeError, ValueError):
        raise Refusal(MEETING_NOT_FOUND) from None
    return await meeting_to_change(uow, group, wanted, now, action.removesuffix("_meeting"))
