"""Importing past minutes: the meeting as held, its approved minutes, who came and who did not,
the items with their referat and guests, and the tasks the referat names — each task marked
imported, so it is not chased until the chair or the secretary confirms it.

The same text imported again finds its meeting by the text's hash and changes nothing. A file
with a fatal problem writes nothing. People are matched to the group's members by name; one
not found becomes a member known only from the minutes (imported_at set, never messaged).
Guests are not members: they stay on the items, and a task of theirs is owned by name, as is
a task of a body ("Styregruppen", "Slagelse og Køge"). An item without a decision section keeps
the sentences that decided something as its decision; a decision meant for the steering group
is written with the minutes' own mark "➤", so it can be listed for the steering group.
Meetings, roles and next year's themes the minutes propose are only shown (report.py), never
written by the import: the chair or the secretary ticks the roles and meetings afterwards
(follow_ups.py). The imported meeting takes its theme from the årshjul when the minutes quote
it.
"""

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.names import members_named, name_key
from meetings.groups.organisations import normalised_organisation
from meetings.groups.vocabulary import Role
from meetings.minutes.approved_tasks import tasks_to_keep
from meetings.minutes.entities import MinutesEvent
from meetings.minutes.importing.annual_wheel import theme_on
from meetings.minutes.importing.found import (
    AMBIGUOUS_MEMBER,
    MEETING_HAS_MINUTES,
    MEETINGS_THAT_DAY,
    ImportedItem,
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
    Person,
)
from meetings.minutes.importing.reading import read_minutes
from meetings.minutes.importing.tasks.due import task_due
from meetings.minutes.vocabulary import EventKind, MinutesStatus, PresenceStatus
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.search.search import index_entry
from meetings.tasks.entities import Task, TaskNote
from meetings.tasks.sentence_subject import task_with_owner
from meetings.tasks.vocabulary import NoteKind, TaskStatus

log = logging.getLogger(__name__)

IMPORTED, ALREADY_IMPORTED, NOT_IMPORTED = "imported", "already_imported", "not_imported"
IMPORTED_NOTE = "imported"  # the text of the minutes' LOCKED event


@dataclass(frozen=True)
class ImportReport:
    status: str  # IMPORTED | ALREADY_IMPORTED | NOT_IMPORTED
    problems: tuple[ImportProblem, ...] = ()
    meeting_id: int | None = None
    starts_at: datetime | None = None
    items: int = 0
    present: int = 0
    absent: int = 0
    guests: int = 0
    new_members: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()  # "Rie Nielsen: Rie undersøger …"
    planned_at: datetime | None = None  # the meeting's planned start, when the minutes moved it


def import_key(group_id: int, text: str) -> str:
    """The same minutes, whatever their line breaks and spacing, in the same group."""
    normalised = " ".join(text.split())
    return hashlib.sha256(f"{group_id}\n{normalised}".encode()).hexdigest()


async def import_minutes(uow: UnitOfWork, group: Group, text: str, now: datetime,
                         reading: MinutesReading | None = None) -> ImportReport:
    """Import one file's text; the caller commits. `reading`: the text as read and then
    corrected on the preview card (corrections.py); the text's own reading when None."""
    reading = reading or read_minutes(text)
    minutes = reading.minutes
    if minutes is None:
        return ImportReport(NOT_IMPORTED, reading.problems)
    queries = uow.imports
    key = import_key(group.id, text)
    existing = await queries.by_import_key(key)
    if existing is not None:
        return ImportReport(ALREADY_IMPORTED, reading.problems, existing.id, existing.starts_at)
    tz = ZoneInfo(group.time_zone)
    starts_at = datetime.combine(minutes.day, minutes.starts, tz).astimezone(UTC)
    ends_at = datetime.combine(minutes.day, minutes.ends, tz).astimezone(UTC)
    meeting, problem = await meeting_of_minutes(uow, group, minutes)
    if problem is not None:
        return ImportReport(NOT_IMPORTED, (*reading.problems, problem),
                            meeting.id if meeting else None, starts_at)
    planned_at = meeting.starts_at if meeting and meeting.starts_at != starts_at else None
    people = _People(uow, group, list(await uow.members.of_group(group.id)), now)
    meeting = await _held_meeting(uow, group, meeting, minutes, key, starts_at, ends_at, now)
    meeting.theme = meeting.theme or theme_on(text, minutes.day)
    written = await _write_minutes(uow, group, meeting, minutes, people, now)
    tasks = await _write_tasks(uow, group, meeting, minutes, people, now)
    await uow.flush()
    stored = await uow.minutes.of_meeting(meeting.id)
    stored.approved_tasks = await tasks_to_keep(uow, stored)
    log.info("minutes imported", extra={"group_id": group.id, "meeting_id": meeting.id})
    return ImportReport(IMPORTED, (*reading.problems, *people.problems), meeting.id, starts_at,
                        len(minutes.items), written[0], written[1], len(minutes.guests),
                        tuple(people.created), tuple(tasks), planned_at)


async def meeting_of_minutes(uow: UnitOfWork, group: Group, minutes: ImportedMinutes
                             ) -> tuple[Meeting | None, ImportProblem | None]:
    """The group's meeting the minutes are of: the one at their start; else that day's one
    meeting, when it is planned and has no minutes (it began earlier or later than planned);
    else None, a new one. A problem instead when they cannot be imported without a second
    meeting on a day that has one: that meeting has minutes, or the day has several."""
    tz = ZoneInfo(group.time_zone)
    starts_at = datetime.combine(minutes.day, minutes.starts, tz).astimezone(UTC)
    meeting = await uow.imports.starting_at(group.id, starts_at)
    if meeting is not None:
        has_minutes = await uow.minutes.of_meeting(meeting.id) is not None
        return meeting, ImportProblem(MEETING_HAS_MINUTES, None, minutes.heading) \
            if has_minutes else None
    day = [datetime.combine(minutes.day + timedelta(days=n), time(), tz).astimezone(UTC)
           for n in (0, 1)]
    that_day = list(await uow.meetings.of_period(group.id, *day))
    if not that_day:
        return None, None
    [only, *others] = that_day
    if not others and only.status == MeetingStatus.PLANNED \
            and await uow.minutes.of_meeting(only.id) is None:
        return only, None
    # The times as HH:MM, for the view to write in the reader's language.
    times = ", ".join(m.starts_at.astimezone(tz).strftime("%H:%M") for m in that_day)
    return None, ImportProblem(MEETINGS_THAT_DAY, None, times)


@dataclass
class _People:
    """The group's members by name, and those made for people not found."""

    uow: UnitOfWork
    group: Group
    members: list[Member]
    now: datetime
    created: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def find(self, person: Person) -> list[Member]:
        named = [(member.id, member.name) for member in self.members]
        found = {member_id for member_id, _ in members_named(person.name, named)}
        if not found:  # "Anne-Katrine Madsen" in Teams is "Anne-Katrine F. Madsen" here
            found = {member_id for member_id, name in named if len(name_key(name)) > 1
                     and members_named(name, [(member_id, person.name)])}
        return [member for member in self.members if member.id in found]

    async def member(self, person: Person, *, create: bool = True) -> Member | None:
        found = self.find(person)
        if len(found) > 1:
            self.problems.append(ImportProblem(AMBIGUOUS_MEMBER, None, person.label))
            return None
        if found:
            if found[0].organisation is None and person.organisation:
                found[0].organisation = _organisation(person)
            return found[0]
        return await self._new(person) if create else None

    async def _new(self, person: Person) -> Member:
        slug = "-".join(re.sub(r"[^\w-]", "", word) for word in name_key(person.name))
        teams_id, suffix = f"imported:{slug}", 1
        while await self.uow.members.by_teams_id(self.group.id, teams_id) is not None:
            suffix += 1
            teams_id = f"imported:{slug}-{suffix}"
        member = Member(group_id=self.group.id, teams_id=teams_id, name=person.name,
                        organisation=_organisation(person), role=Role.MEMBER, joined_at=self.now,
                        imported_at=self.now)
        self.uow.members.add(member)
        await self.uow.flush()
        self.members.append(member)
        self.created.append(person.label)
        return member


def _organisation(person: Person) -> str | None:
    """The organisation as the members' e-mail gives it ("Holbæk" → "Holbæk Kommune"), so
    people read from minutes and people who joined in Teams count for the same one."""
    return normalised_organisation(person.organisation) if person.organisation else None


async def _held_meeting(uow: UnitOfWork, group: Group, meeting: Meeting | None,
                        minutes: ImportedMinutes, key: str, starts_at: datetime,
                        ends_at: datetime, now: datetime) -> Meeting:
    """The meeting the minutes are of, at their time: one already there, else a new one."""
    if meeting is not None and meeting.starts_at != starts_at:
        meeting.starts_at, meeting.ends_at = starts_at, ends_at
        meeting.sequence += 1  # a calendar that has it takes the time the minutes give
    if meeting is None:
        meeting = Meeting(group_id=group.id, title=group.name, starts_at=starts_at,
                          ends_at=ends_at, place=minutes.place, online=minutes.online,
                          calendar_token=secrets.token_urlsafe(24), sequence=0,
                          created_at=now)
        uow.meetings.add(meeting)
    meeting.status, meeting.import_key, meeting.updated_at = MeetingStatus.HELD, key, now
    await uow.flush()
    return meeting


async def _write_minutes(uow: UnitOfWork, group: Group, meeting: Meeting,
                         minutes: ImportedMinutes, people: _People,
                         now: datetime) -> tuple[int, int]:
    """Approved minutes with their entries and presence; how many present and absent."""
    taker = await people.member(minutes.minute_taker) if minutes.minute_taker else None
    await uow.minutes.add_if_absent({
        "meeting_id": meeting.id, "group_id": group.id, "status": MinutesStatus.APPROVED,
        "minute_taker_id": taker.id if taker else None,
        "minute_taker_name": taker.name if taker else (
            minutes.minute_taker.label if minutes.minute_taker else None),
        "approved_at": now, "document_token": secrets.token_urlsafe(24), "version": 0,
        "created_at": now, "updated_at": now})
    stored = await uow.minutes.of_meeting(meeting.id)
    uow.minutes_events.add(MinutesEvent(minutes_id=stored.id, kind=EventKind.LOCKED,
                                        text=IMPORTED_NOTE, created_at=now))
    for item in minutes.items:
        await uow.minutes_entries.add_if_absent({
            "minutes_id": stored.id, "number": item.number, "title": item.title,
            "notes": item.notes or None, "decision": decision_text(item),
            "guests": ", ".join(guest.guest_label for guest in item.guests)[:1000] or None,
            "updated_at": now})
        await index_entry(uow, await uow.minutes_entries.numbered(stored.id, item.number))
    counts = []
    for status, listed in ((PresenceStatus.PRESENT, minutes.present),
                           (PresenceStatus.ABSENT, minutes.absent)):
        count = 0
        for person in listed:
            member = await people.member(person)
            if member is not None and await uow.presence.add_if_absent(
                    {"minutes_id": stored.id, "member_id": member.id, "status": status}):
                count += 1
        counts.append(count)
    return counts[0], counts[1]


def decision_text(item: ImportedItem) -> str | None:
    """The decision as written, or the sentences that decided something; "➤ " before each
    meant for the steering group that does not have it already."""
    if not item.decisions:
        return item.decision
    lines = [f"➤ {d.text}" if d.for_steering_group and not d.text.startswith("➤") else d.text
             for d in item.decisions]
    return "\n".join(lines)


async def _write_tasks(uow: UnitOfWork, group: Group, meeting: Meeting,
                       minutes: ImportedMinutes, people: _People, now: datetime) -> list[str]:
    """Open tasks marked imported, under the entry they were found in: the chase leaves them
    alone until confirmed. Each is due when its sentence says, else on a day the importer
    chooses and marks as chosen (task_due.py)."""
    guests = {guest.name for guest in minutes.guests}
    stored = await uow.minutes.of_meeting(meeting.id)
    written = []
    for found in minutes.tasks:
        owner = None if found.owner_is_body else await people.member(
            found.owner, create=found.owner.name not in guests)
        entry = await uow.minutes_entries.numbered(stored.id, found.item_number)
        due = await task_due(uow, group, meeting, minutes.day, found.title)
        task = Task(group_id=group.id, meeting_id=meeting.id, title=found.title,
                    minutes_entry_id=entry.id if entry else None,
                    owner_id=owner.id if owner else None,
                    owner_name=None if owner else found.owner.name, due_on=due.due_on,
                    due_by_import=due.chosen, status=TaskStatus.OPEN, created_at=now,
                    updated_at=now, version=0, reminder_stage=0, imported_at=now)
        uow.tasks.add(task)
        await uow.flush()
        uow.task_notes.add(TaskNote(task_id=task.id, kind=NoteKind.CREATED, created_at=now))
        written.append(task_with_owner(owner.name if owner else found.owner.name, found.title))
    return written
