"""Approving the minutes: posted to the group, approved or commented on by the members, and
approved by silence some working days later unless a comment is still open.

Every step leaves a line in the minutes' log; the posted card is an outbox message keyed by the
minutes' version, so posting again after changes updates the card instead of repeating it.
"""

import hashlib
import json
import logging
from datetime import datetime

from meetings.common.access import require_manager, require_member
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import (
    BAD_MINUTES,
    MINUTES_LOCKED,
    MINUTES_NOT_FOUND,
    NOT_ALLOWED,
    Refusal,
)
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import MANAGERS, Role
from meetings.minutes.approved_tasks import tasks_to_keep
from meetings.minutes.entities import Minutes, MinutesEvent
from meetings.minutes.posting import approve_by, current_approvals, post_card, tell_cleared
from meetings.minutes.recording import entry_of_group, minutes_of_group
from meetings.minutes.vocabulary import EventKind, MinutesStatus
from meetings.minutes.writers import require_minutes_writer

log = logging.getLogger(__name__)

MAX_COMMENT = 2000


async def post_for_approval(uow: UnitOfWork, group: Group, actor: Member, minutes_id: int,
                            now: datetime) -> Minutes:
    """Out to the group for approval (again: a new version and the card updated, approvals
    of the earlier one cleared and their givers told); the deadline starts over from today.
    The tasks print as they are when first posted (`tasks_to_keep`)."""
    require_minutes_writer(actor, group, "post_for_approval", minutes_id)
    minutes = await minutes_of_group(uow, group, minutes_id)
    approvals = await uow.minutes_events.of_minutes(minutes.id, [EventKind.APPROVED])
    cleared = current_approvals(minutes, list(approvals))
    version = minutes.version + 1
    deadline = approve_by(group, now)
    tasks = await tasks_to_keep(uow, minutes)
    posted = await uow.minutes.change(
        minutes.id, [MinutesStatus.DRAFT, MinutesStatus.POSTED], status=MinutesStatus.POSTED,
        posted_at=now, approve_by=deadline, version=version, approved_tasks=tasks,
        updated_at=now)
    if not posted:
        raise Refusal(MINUTES_LOCKED)
    await uow.minutes.refresh(minutes)
    _event(uow, minutes, actor, EventKind.POSTED, now)
    await tell_cleared(uow, group, actor, minutes, cleared, now)
    await post_card(uow, group, minutes, now)
    log.info("minutes posted", extra={"minutes_id": minutes.id, "version": minutes.version})
    return minutes


async def approve(uow: UnitOfWork, group: Group, actor: Member, minutes_id: int,
                  now: datetime, *, version: int | None = None) -> MinutesEvent:
    """A member's approval of the minutes as they are now, once each: a second click finds the
    first. `version` is the minutes' version on the card clicked (None: as they are now); a card
    of a text changed since approves nothing (BAD_MINUTES, field "version")."""
    require_voice(actor, group, "approve_minutes", minutes_id)
    minutes = await _posted(uow, group, minutes_id)
    await uow.minutes.lock(minutes.id)
    await uow.minutes.refresh(minutes)  # a change just committed is a new version
    if minutes.status != MinutesStatus.POSTED:
        raise Refusal(MINUTES_LOCKED)
    if isinstance(version, int) and not isinstance(version, bool) and version != minutes.version:
        raise Refusal(BAD_MINUTES, field="version")
    events = list(await uow.minutes_events.of_minutes(minutes.id, [EventKind.APPROVED]))
    earlier = [e for e in current_approvals(minutes, events) if e.member_id == actor.id]
    if earlier:
        return earlier[0]
    event = _event(uow, minutes, actor, EventKind.APPROVED, now)
    event.version = minutes.version
    await uow.flush()
    log.info("minutes approved by a member", extra={"minutes_id": minutes.id,
                                                    "version": minutes.version})
    return event


async def comment(uow: UnitOfWork, group: Group, actor: Member, minutes_id: int,
                  entry_id: int | None, text: str, now: datetime, *,
                  version: int | None = None) -> MinutesEvent:
    """An objection, on the whole or one item: silence is no consent until it is resolved.

    `version` is the minutes' version on the card it was written on (None: as they are now).
    The same comment from the same person on the same version is stored once, so a double
    click or a retried delivery does not make two objections to settle."""
    require_voice(actor, group, "comment_minutes", minutes_id)
    minutes = await _posted(uow, group, minutes_id)
    if entry_id is not None:
        entry_minutes, _ = await entry_of_group(uow, group, entry_id)
        if entry_minutes.id != minutes.id:
            raise Refusal(MINUTES_NOT_FOUND)
    written = text.strip() if isinstance(text, str) else ""
    if not 0 < len(written) <= MAX_COMMENT:
        raise Refusal(BAD_MINUTES, field="text")
    seen = version if isinstance(version, int) and 0 < version <= minutes.version \
        else minutes.version
    event, added = await uow.minutes_events.add_once({
        "minutes_id": minutes.id, "entry_id": entry_id, "member_id": actor.id,
        "author_name": actor.name, "kind": EventKind.COMMENT, "text": written,
        "created_at": now, "dedupe_key": comment_key(minutes.id, seen, actor.id, entry_id,
                                                     written)})
    log.info("minutes commented" if added else "minutes comment repeated: kept once",
             extra={"minutes_id": minutes.id, "entry_id": entry_id})
    if added:
        await _comment_to_managers(uow, group, actor, minutes, event, now)
    return event


async def _comment_to_managers(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                               event: MinutesEvent, now: datetime) -> None:
    """The comment in a 1:1 message to each chair and secretary still in the group (not to its
    writer), with the button that settles it: until then silence is no consent."""
    managers = [m for m in await uow.members.of_group(group.id)
                if m.role in MANAGERS and m.left_at is None and m.imported_at is None
                and m.id != actor.id]
    for manager in managers:
        await uow.outbox.enqueue(
            dedupe_key=f"minutes-comment:{event.id}:{manager.id}",
            kind=OutboxKind.MINUTES_COMMENT, group_id=group.id, meeting_id=minutes.meeting_id,
            member_id=manager.id, payload={"minutes_id": minutes.id, "event_id": event.id},
            due_at=now, created_at=now)


def comment_key(minutes_id: int, version: int, member_id: int, entry_id: int | None,
                text: str) -> str:
    """One comment's identity, of a fixed width whatever its length."""
    identity = json.dumps([minutes_id, version, member_id, entry_id, text], ensure_ascii=False)
    return hashlib.sha256(identity.encode()).hexdigest()


async def resolve_comment(uow: UnitOfWork, group: Group, actor: Member, event_id: int,
                          now: datetime) -> MinutesEvent:
    """The chair or the secretary settles a comment; resolving twice changes nothing."""
    require_manager(actor, group, "resolve_comment", event_id)
    event = await uow.minutes_events.get(event_id) if isinstance(event_id, int) else None
    if event is None or event.kind != EventKind.COMMENT:
        raise Refusal(MINUTES_NOT_FOUND)
    minutes = await minutes_of_group(uow, group, event.minutes_id)
    if await uow.minutes_events.resolve(event.id, now):
        _event(uow, minutes, actor, EventKind.RESOLVED, now, entry_id=event.entry_id,
               text=event.text)
        event.resolved_at = now
        log.info("minutes comment resolved", extra={"minutes_id": minutes.id,
                                                    "event_id": event.id})
    return event


async def open_comments(uow: UnitOfWork, minutes_id: int) -> list[MinutesEvent]:
    comments = await uow.minutes_events.of_minutes(minutes_id, [EventKind.COMMENT])
    return [event for event in comments if event.resolved_at is None]


def require_voice(actor: Member, group: Group, action: str, target: int | None) -> None:
    """Members approve and comment; a guest does not."""
    require_member(actor, group, action)
    if actor.role == Role.GUEST:
        log.warning("refused: a guest may not approve or comment",
                    extra={"action": action, "actor": actor.aad_object_id,
                           "group_id": group.id, "target": target})
        raise Refusal(NOT_ALLOWED)


async def _posted(uow: UnitOfWork, group: Group, minutes_id: int) -> Minutes:
    minutes = await minutes_of_group(uow, group, minutes_id)
    if minutes.status == MinutesStatus.APPROVED:
        raise Refusal(MINUTES_LOCKED)
    if minutes.status != MinutesStatus.POSTED:
        raise Refusal(BAD_MINUTES, field="status")
    return minutes


def _event(uow: UnitOfWork, minutes: Minutes, actor: Member | None, kind: str, now: datetime,
           *, text: str | None = None, entry_id: int | None = None) -> MinutesEvent:
    event = MinutesEvent(minutes_id=minutes.id, entry_id=entry_id,
                         member_id=actor.id if actor else None,
                         author_name=actor.name if actor else None, kind=kind, text=text,
                         created_at=now)
    uow.minutes_events.add(event)
    return event
