"""Recording the minutes (referat) of a meeting: one entry per agenda item, who came, tasks.

The chair, the secretary and the minute-takers (the group's standing one and the meeting's) write;
once the minutes are approved they are locked, and only the chair or the secretary may still
correct them, each change logged with who made it and what was there before.
"""

import dataclasses
import logging
import secrets
from datetime import datetime, timedelta

from meetings.common.access import (
    planned_meeting_of_group,
)
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_MINUTES, MINUTES_NOT_FOUND, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.minutes.approved_tasks import add_kept_task
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.following import follow_agenda
from meetings.minutes.posting import changed_after_posting
from meetings.minutes.presence import as_presence, at_the_meeting
from meetings.minutes.vocabulary import EventKind, MinutesStatus, PresenceStatus
from meetings.minutes.writers import (
    opened_by,
    require_editor,
    require_minutes_writer,
    takes_minutes,
)
from meetings.planning.entities import Meeting
from meetings.search.search import index_entry
from meetings.tasks.asked import answer_question
from meetings.tasks.entities import Task
from meetings.tasks.tasks import TaskChange, TaskDraft, create_task

log = logging.getLogger(__name__)

OPEN_BEFORE_START = timedelta(hours=1)  # the secretary may set up the minutes a little early
MAX_TEXT, MAX_GUESTS, MAX_NAME = 10_000, 1000, 200
async def open_minutes(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int,
                       now: datetime) -> Minutes:
    """The meeting's minutes, made on first open from its agenda and attendance answers, taken
    by the group's standing minute-taker if it has one; any later open (or two at once) finds
    the same ones."""
    require_minutes_writer(actor, group, "open_minutes", meeting_id)
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    existing = await uow.minutes.of_meeting(meeting.id)
    if existing is not None:
        await follow_agenda(uow, group, existing, now)
        return existing
    if now < meeting.starts_at - OPEN_BEFORE_START:
        raise Refusal(BAD_MINUTES, field="too_early")
    taker = await _minute_taker(uow, group, actor)
    created = await uow.minutes.add_if_absent({
        "meeting_id": meeting.id, "group_id": group.id, "status": MinutesStatus.DRAFT,
        "minute_taker_id": taker.id, "minute_taker_name": taker.name,
        "document_token": secrets.token_urlsafe(24), "version": 0,
        "created_at": now, "updated_at": now})
    minutes = await uow.minutes.of_meeting(meeting.id)
    if created:
        await _fill(uow, group, meeting, minutes, now)
        log.info("minutes opened", extra={"group_id": group.id, "meeting_id": meeting.id})
    return minutes


async def minutes_of(uow: UnitOfWork, group: Group, meeting_id: int) -> Minutes | None:
    minutes = await uow.minutes.of_meeting(meeting_id)
    return minutes if minutes is not None and minutes.group_id == group.id else None


async def minutes_to_show(uow: UnitOfWork, group: Group, reader: Member | None, meeting_id: int,
                          now: datetime) -> Minutes:
    """The chair, the secretary and the minute-taker open them (made on the first open); others
    find them, and minutes not yet opened do not exist for them."""
    minutes = await minutes_of(uow, group, meeting_id)
    if minutes is not None:
        await follow_agenda(uow, group, minutes, now)
        return opened_by(reader, group, minutes, now)
    if reader is None or not takes_minutes(reader, group):
        raise Refusal(MINUTES_NOT_FOUND)
    return await open_minutes(uow, group, reader, meeting_id, now)


async def entries_of(uow: UnitOfWork, minutes_id: int) -> list[MinutesEntry]:
    return list(await uow.minutes_entries.of_minutes(minutes_id))


async def presence_of(uow: UnitOfWork, minutes_id: int) -> list[Presence]:
    return list(await uow.presence.of_minutes(minutes_id))


async def record_entry(uow: UnitOfWork, group: Group, actor: Member, entry_id: int,
                       now: datetime, *, notes: str | None = None,
                       decision: str | None = None, guests: str | None = None) -> MinutesEntry:
    """Write an item's notes, decision or guests (None: leave as is, "": clear). After
    approval each changed field is a logged correction."""
    minutes, entry = await entry_of_group(uow, group, entry_id)
    require_editor(actor, group, minutes, "record_entry", entry_id)
    wanted = {name: _text(value, MAX_GUESTS if name == "guests" else MAX_TEXT, name)
              for name, value in (("notes", notes), ("decision", decision), ("guests", guests))
              if value is not None}
    changed = {name: value for name, value in wanted.items() if getattr(entry, name) != value}
    if not changed:
        return entry
    await changed_after_posting(uow, group, actor, minutes, now)
    if minutes.status == MinutesStatus.APPROVED:
        for name, value in changed.items():
            log_correction(uow, minutes, actor, now, name, getattr(entry, name), value,
                           entry_id=entry.id)
    for name, value in changed.items():
        setattr(entry, name, value)
    entry.updated_at, entry.updated_by = now, actor.id
    minutes.updated_at = now
    await uow.flush()
    await index_entry(uow, entry)
    log.info("minutes entry recorded", extra={"minutes_id": minutes.id, "entry_id": entry.id,
                                              "fields": sorted(changed)})
    return entry


async def add_task_from_minutes(uow: UnitOfWork, group: Group, actor: Member, entry_id: int,
                                draft: TaskDraft, now: datetime) -> Task:
    """An ordinary task from the item: it joins the chase and prints under the item, a
    standing item ("Kommune-runden") too, which has no agenda item to tie it to."""
    minutes, entry = await entry_of_group(uow, group, entry_id)
    require_editor(actor, group, minutes, "add_task_from_minutes", entry_id)
    draft = dataclasses.replace(draft, meeting_id=minutes.meeting_id, item_id=entry.item_id)
    task = await create_task(uow, group, actor, draft, now)
    task.minutes_entry_id = entry.id
    await changed_after_posting(uow, group, actor, minutes, now)
    await _task_joins(uow, actor, minutes, entry, task, now)
    await uow.flush()
    return task


async def answer_minutes_question(uow: UnitOfWork, group: Group, actor: Member, entry_id: int,
                                  draft: TaskDraft, question: str, now: datetime) -> TaskChange:
    """tasks.asked's answer_question for "#opgave" in the minutes: the task prints under the
    entry it was noted in, and only those who may write the minutes answer."""
    minutes, entry = await entry_of_group(uow, group, entry_id)
    require_editor(actor, group, minutes, "add_task_from_minutes", entry_id)
    draft = dataclasses.replace(draft, meeting_id=minutes.meeting_id, item_id=entry.item_id)
    answer = await answer_question(uow, group, actor, draft, question, now,
                                   minutes_entry_id=entry.id)
    if answer.changed:
        await changed_after_posting(uow, group, actor, minutes, now)
        await _task_joins(uow, actor, minutes, entry, answer.task, now)
    return answer


async def _task_joins(uow: UnitOfWork, actor: Member, minutes: Minutes, entry: MinutesEntry,
                      task: Task, now: datetime) -> None:
    """A task taken under an item of posted or approved minutes joins the task lines they
    print (after approval, as a logged correction)."""
    line = await add_kept_task(uow, minutes, entry.id, task)
    if minutes.status == MinutesStatus.APPROVED:
        log_correction(uow, minutes, actor, now, "task", None, f"{line.owner}: {line.title}",
                       entry_id=entry.id)


async def set_presence(uow: UnitOfWork, group: Group, actor: Member, minutes_id: int,
                       member_id: int, status: str, substitute_name: str | None,
                       now: datetime) -> Presence:
    minutes = await minutes_of_group(uow, group, minutes_id)
    require_editor(actor, group, minutes, "set_presence", minutes_id)
    if status not in set(PresenceStatus):
        raise Refusal(BAD_MINUTES, field="status")
    name = _text(substitute_name or "", MAX_NAME, "substitute_name")
    if status == PresenceStatus.SUBSTITUTE and not name:
        raise Refusal(BAD_MINUTES, field="substitute_name")
    member = await uow.members.get(member_id) if isinstance(member_id, int) else None
    if member is None or member.group_id != group.id:
        raise Refusal(BAD_MINUTES, field="member_id")
    name = name if status == PresenceStatus.SUBSTITUTE else None
    await changed_after_posting(uow, group, actor, minutes, now)
    if minutes.status == MinutesStatus.APPROVED:
        before = {p.member_id: p for p in await uow.presence.of_minutes(minutes.id)}.get(member.id)
        log_correction(uow, minutes, actor, now, "presence",
                       _presence_text(member, before.status, before.substitute_name)
                       if before else None, _presence_text(member, status, name))
    presence = await uow.presence.set({"minutes_id": minutes.id, "member_id": member.id,
                                       "status": str(status), "substitute_name": name})
    minutes.updated_at = now
    return presence


async def set_minute_taker(uow: UnitOfWork, group: Group, actor: Member, minutes_id: int,
                           member_id: int | None, name: str | None, now: datetime) -> Minutes:
    """A member, or a person outside the group by name ("Rie Nielsen (Holbæk)"); whoever may
    write the minutes chooses (after approval, the chair and the secretary)."""
    minutes = await minutes_of_group(uow, group, minutes_id)
    require_editor(actor, group, minutes, "set_minute_taker", minutes_id)
    before, before_id = minutes.minute_taker_name, minutes.minute_taker_id
    if member_id is not None:
        member = await uow.members.get(member_id) if isinstance(member_id, int) else None
        if member is None or member.group_id != group.id or name is not None:
            raise Refusal(BAD_MINUTES, field="minute_taker")
        minutes.minute_taker_id, minutes.minute_taker_name = member.id, member.name
    else:
        written = _text(name or "", MAX_NAME, "minute_taker")
        minutes.minute_taker_id, minutes.minute_taker_name = None, written or None
    if (minutes.minute_taker_id, minutes.minute_taker_name) != (before_id, before):
        await changed_after_posting(uow, group, actor, minutes, now)
    if minutes.status == MinutesStatus.APPROVED and minutes.minute_taker_name != before:
        log_correction(uow, minutes, actor, now, "minute_taker", before,
                       minutes.minute_taker_name)
    minutes.updated_at = now
    await uow.flush()
    return minutes


async def minutes_of_group(uow: UnitOfWork, group: Group, minutes_id: int) -> Minutes:
    """The minutes, if they belong to this group: ids in card data are client input."""
    minutes = await uow.minutes.get(minutes_id) if isinstance(minutes_id, int) else None
    if minutes is None or minutes.group_id != group.id:
        log.warning("minutes of another group or unknown",
                    extra={"group_id": group.id, "target": minutes_id})
        raise Refusal(MINUTES_NOT_FOUND)
    return minutes


async def entry_of_group(uow: UnitOfWork, group: Group,
                         entry_id: int) -> tuple[Minutes, MinutesEntry]:
    entry = await uow.minutes_entries.get(entry_id) if isinstance(entry_id, int) else None
    if entry is None:
        log.warning("minutes entry unknown", extra={"group_id": group.id, "target": entry_id})
        raise Refusal(MINUTES_NOT_FOUND)
    return await minutes_of_group(uow, group, entry.minutes_id), entry


def log_correction(uow: UnitOfWork, minutes: Minutes, actor: Member, now: datetime,
                   field: str, before: str | None, after: str | None, *,
                   entry_id: int | None = None) -> None:
    """A change after approval: text and before read "<field>: <value>" (see
    `correction_parts`)."""
    uow.minutes_events.add(MinutesEvent(
        minutes_id=minutes.id, entry_id=entry_id, member_id=actor.id, author_name=actor.name,
        kind=EventKind.CORRECTION, text=f"{field}: {after or ''}",
        before=f"{field}: {before or ''}", created_at=now))
    log.warning("minutes corrected after approval",
                extra={"action": "correction", "actor": actor.aad_object_id,
                       "minutes_id": minutes.id, "target": entry_id, "field": field})


def correction_parts(event: MinutesEvent) -> tuple[str, str, str]:
    """(field, before, after) of a CORRECTION event; field is notes, decision, guests,
    presence, minute_taker or task (after: "owner: title")."""
    field, _, after = (event.text or "").partition(": ")
    _, _, before = (event.before or "").partition(": ")
    return field, before, after


async def _minute_taker(uow: UnitOfWork, group: Group, opener: Member) -> Member:
    """The group's standing minute-taker, still in it, whoever opens the minutes (the secretary
    often looks first); the opener when the group has none."""
    if opener.role == Role.MINUTE_TAKER:
        return opener
    return await standing_minute_taker(uow, group) or opener


async def standing_minute_taker(uow: UnitOfWork, group: Group) -> Member | None:
    """The member with the minute-taker role, still in the group: the minutes name them."""
    standing = [member for member in await uow.members.of_group(group.id)
                if member.role == Role.MINUTE_TAKER and member.left_at is None]
    return standing[0] if standing else None


async def _fill(uow: UnitOfWork, group: Group, meeting: Meeting, minutes: Minutes,
                now: datetime) -> None:
    """Entries numbered as the agenda (and kept so: `follow_agenda`); presence as the members
    answered. Somebody who did not answer is not marked at all: the minutes list nobody as
    absent who was not marked so."""
    await follow_agenda(uow, group, minutes, now)
    answers = await uow.attendance.of_meeting(meeting.id)
    for member in await uow.members.of_group(group.id):
        presence = as_presence(answers.get(member.id)) if at_the_meeting(member, meeting) else None
        if presence is None:
            continue
        status, substitute_name = presence
        await uow.presence.add_if_absent({
            "minutes_id": minutes.id, "member_id": member.id, "status": status,
            "substitute_name": substitute_name})


def _presence_text(member: Member, status: str, substitute_name: str | None) -> str:
    return f"{member.name} {status}" + (f" ({substitute_name})" if substitute_name else "")


def _text(value, limit: int, name: str) -> str | None:
    """Stripped and within the column; "" clears the field (None)."""
    if not isinstance(value, str):
        raise Refusal(BAD_MINUTES, field=name)
    text = value.strip()
    if len(text) > limit:
        raise Refusal(BAD_MINUTES, field=name)
    return text or None
