"""Minutes out for approval: the deadline after which silence is consent, the card posted to the
group (a later version updates it in place), and what a change to posted minutes does.

A change to posted minutes (an item's text, who came, the minute-taker, a task) is a new
version the group has not seen: the posted card is brought up to date, approvals given to the
earlier text no longer count and their givers are told, and the deadline starts over, so
silence never approves a text nobody was shown.
"""

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import MINUTES_LOCKED, Refusal
from meetings.common.vocabulary import OutboxStatus
from meetings.common.working_days import working_days_after
from meetings.groups.entities import Group, Member
from meetings.minutes.entities import Minutes, MinutesEvent
from meetings.minutes.vocabulary import EventKind, MinutesStatus
from meetings.planning.schedule import local_day_bounds
from meetings.tasks.tasks import local_today

log = logging.getLogger(__name__)

MINUTES_CONSENT_DAYS = 5  # working days without objection, then silence is consent


def approve_by(group: Group, now: datetime, days: int = MINUTES_CONSENT_DAYS) -> datetime:
    """The end (local midnight, in UTC) of the `days`th working day after today."""
    tz = ZoneInfo(group.time_zone)
    last_day = working_days_after(local_today(group, now), days)
    return local_day_bounds(last_day, tz)[1]


def current_approvals(minutes: Minutes, events: list[MinutesEvent]) -> list[MinutesEvent]:
    """The approvals given to the minutes as they are now (their version)."""
    return [e for e in events if e.kind == EventKind.APPROVED and e.version == minutes.version]


def changed_since_posted(events: list[MinutesEvent]) -> bool:
    """Whether the minutes were changed after they were last posted."""
    marks = [e.kind for e in events if e.kind in (EventKind.POSTED, EventKind.CHANGED)]
    return bool(marks) and marks[-1] == EventKind.CHANGED


async def changed_after_posting(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                                now: datetime) -> None:
    """Call before a change to the minutes is written: posted minutes become a new version
    (once a turn, however many fields or people the turn changes)."""
    if minutes.status != MinutesStatus.POSTED:
        return
    events = list(await uow.minutes_events.of_minutes(minutes.id))
    last = events[-1] if events else None
    if last is not None and last.kind == EventKind.CHANGED and last.created_at == now \
            and last.member_id == actor.id:
        return  # this turn changed them already
    cleared = current_approvals(minutes, events)
    version, deadline = minutes.version + 1, approve_by(group, now)
    if not await uow.minutes.change(minutes.id, [MinutesStatus.POSTED], version=version,
                                    approve_by=deadline, updated_at=now):
        raise Refusal(MINUTES_LOCKED)  # approved by silence meanwhile
    minutes.version, minutes.approve_by, minutes.updated_at = version, deadline, now
    uow.minutes_events.add(MinutesEvent(minutes_id=minutes.id, member_id=actor.id,
                                        author_name=actor.name, kind=EventKind.CHANGED,
                                        created_at=now))
    await tell_cleared(uow, group, actor, minutes, cleared, now)
    await post_card(uow, group, minutes, now)
    log.info("posted minutes changed: approvals cleared, deadline restarted",
             extra={"minutes_id": minutes.id, "version": version, "cleared": len(cleared)})


async def tell_cleared(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                       cleared: list[MinutesEvent], now: datetime) -> None:
    """A 1:1 word to each member whose approval of an earlier version no longer counts (not
    to the one who made the new version)."""
    for approval in cleared:
        if approval.member_id is not None and approval.member_id != actor.id:
            await uow.outbox.enqueue(
                dedupe_key=f"minutes-approval-cleared:{minutes.id}:{minutes.version}:"
                           f"{approval.member_id}",
                kind=OutboxKind.MINUTES_APPROVAL_CLEARED, group_id=group.id,
                meeting_id=minutes.meeting_id, member_id=approval.member_id,
                payload={"minutes_id": minutes.id}, due_at=now, created_at=now)


async def post_card(uow: UnitOfWork, group: Group, minutes: Minutes, now: datetime) -> str:
    """The minutes card in the group; a later version replaces the card already posted."""
    earlier = await uow.outbox.latest_of_kind(minutes.meeting_id, OutboxKind.MINUTES_POSTED)
    return await _enqueue_card(uow, group, minutes, _card_to_replace(earlier), now)


def _card_to_replace(earlier: OutboxMessage | None) -> str | None:
    """The card first posted, however many updates it has had. One still waiting is replaced
    too: sent by then, it is updated; not yet, it shows the new version itself when sent (it
    is rendered then), and the update, finding nothing posted, is dropped."""
    if earlier is None:
        return None
    if earlier.replaces_key:
        return earlier.replaces_key
    return None if earlier.status == OutboxStatus.DEAD else earlier.dedupe_key


async def _enqueue_card(uow: UnitOfWork, group: Group, minutes: Minutes, replaces: str | None,
                        now: datetime) -> str:
    key = f"minutes-posted:{minutes.id}:{minutes.version}:{group.conversation_id}"
    await uow.outbox.enqueue(
        dedupe_key=key, kind=OutboxKind.MINUTES_POSTED, group_id=group.id,
        meeting_id=minutes.meeting_id, conversation_id=group.conversation_id,
        replaces_key=replaces, payload={"minutes_id": minutes.id}, due_at=now,
        expires_at=minutes.approve_by, created_at=now)
    return key
