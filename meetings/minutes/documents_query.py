"""Reading the documents' rows: the referat of a minutes, the agenda of a meeting, by token.

A handful of set-based selects per document (entries, presence with members, tasks with
owners), whatever the number of items or people.
"""

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.agenda.agenda import Agenda, compose_agenda
from meetings.agenda.vocabulary import ItemStatus
from meetings.common.ports import UnitOfWork
from meetings.documents.links import link_opens, link_subject
from meetings.groups.entities import Group, Member
from meetings.groups.settings import settings_of
from meetings.minutes.agenda_document import AgendaDocument, FollowedTask
from meetings.minutes.approved_tasks import EntryTask, entry_tasks
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.following import entries_as_on_agenda
from meetings.minutes.referat import NextMeeting, Person, Referat, ReferatItem, labels
from meetings.minutes.vocabulary import PresenceStatus
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from meetings.tasks.shown import follow_up_of, is_follow_up


async def referat_by_token(uow: UnitOfWork, token: str, now: datetime) -> Referat | None:
    """The referat behind a download link; None for a link nobody was given, one made for
    another document, or one that has expired."""
    subject = link_subject(token)
    minutes = await uow.minutes.get(subject) if subject is not None else None
    if minutes is None or not link_opens(token, "minutes", minutes.document_token, now):
        return None
    return await referat_of(uow, minutes)


async def agenda_document_by_token(uow: UnitOfWork, token: str,
                                   now: datetime) -> AgendaDocument | None:
    meeting = await meeting_by_link(uow, token, "agenda", now)
    return await agenda_document_of(uow, meeting) if meeting else None


async def meeting_by_link(uow: UnitOfWork, token: str, kind: str, now: datetime
                          ) -> Meeting | None:
    """The meeting whose agenda or invite the link was made for, while it runs."""
    subject = link_subject(token)
    meeting = await uow.meetings.get(subject) if subject is not None else None
    if meeting is None or not link_opens(token, kind, meeting.calendar_token, now):
        return None
    return meeting


async def referat_of(uow: UnitOfWork, minutes: Minutes) -> Referat:
    meeting = await uow.meetings.get(minutes.meeting_id)
    group = await uow.groups.get(minutes.group_id)
    tz = ZoneInfo(group.time_zone)
    entries = await entries_as_on_agenda(uow, group, minutes)
    tasks = await entry_tasks(uow, minutes, entries)
    participants, absentees = await _presence(uow, minutes)
    return Referat(
        group_name=group.name, language=group.language,
        starts_at=meeting.starts_at.astimezone(tz), ends_at=meeting.ends_at.astimezone(tz),
        address=_address(meeting, group.language), participants=participants,
        minute_taker=await _minute_taker(uow, minutes), absentees=absentees,
        items=tuple(_item(entry, tasks) for entry in entries),
        other_tasks=tuple(task for entry_id, task in tasks if entry_id is None),
        next_meeting=await _next_meeting(uow, group, meeting, tz))


async def _next_meeting(uow: UnitOfWork, group: Group, meeting: Meeting,
                        tz: ZoneInfo) -> NextMeeting | None:
    """The first meeting planned after this one ends, read when the referat is: a meeting moved
    or cancelled since is not named."""
    after = await uow.meetings.upcoming(group.id, meeting.ends_at, limit=1)
    if not after:
        return None
    return NextMeeting(after[0].starts_at.astimezone(tz), after[0].ends_at.astimezone(tz),
                       _address(after[0], group.language))


async def agenda_document_of(uow: UnitOfWork, meeting: Meeting) -> AgendaDocument:
    """The agenda as it stands, also of a meeting that was held (its agenda is history)."""
    group = await uow.groups.get(meeting.group_id)
    accepted = await uow.items.of_meeting(meeting.id, [ItemStatus.ACCEPTED])
    settings = await settings_of(uow, group)
    agenda = compose_agenda(meeting, settings, accepted, ZoneInfo(group.time_zone))
    return AgendaDocument(group_name=group.name, language=group.language,
                          address=_address(meeting, group.language), agenda=agenda,
                          theme=meeting.theme, follow_up=await _follow_up(uow, group, agenda,
                                                                          meeting))


async def _follow_up(uow: UnitOfWork, group: Group, agenda: Agenda, meeting: Meeting,
                     ) -> tuple[FollowedTask, ...]:
    """The tasks "Opfølgning på opgaver" lists, as the agenda card does; none without it."""
    if not any(entry.standing and is_follow_up(entry.title) for entry in agenda.entries):
        return ()
    shown = await follow_up_of(uow, group, meeting)
    return tuple(FollowedTask(owner=_owner(task, shown.members), title=task.title,
                              status=task.status, due_on=task.due_on,
                              due_by_import=bool(task.due_by_import)) for task in shown.tasks)


def _owner(task: Task, members: Mapping[int, Member]) -> str:
    member = members.get(task.owner_id) if task.owner_id is not None else None
    return member.name if member is not None else task.owner_name or ""


async def _presence(uow: UnitOfWork,
                    minutes: Minutes) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """Who came (a substitute under the member's organisation) and who did not; the
    minute-taker is named once, as the referent, as the groups' minutes do."""
    came, away = [], []
    lines = await uow.documents.presence_lines(minutes.id)
    for status, substitute, member_id, name, organisation in lines:
        if status == PresenceStatus.ABSENT:
            away.append(Person(name, organisation))
        elif member_id == minutes.minute_taker_id:
            continue
        elif status == PresenceStatus.SUBSTITUTE and substitute:
            came.append(Person(substitute, organisation, substitute_for=name))
        else:
            came.append(Person(name, organisation))
    return tuple(came), tuple(away)


async def _minute_taker(uow: UnitOfWork, minutes: Minutes) -> Person | None:
    if minutes.minute_taker_id is not None:
        member = await uow.members.get(minutes.minute_taker_id)
        if member is not None:
            return Person(member.name, member.organisation)
    return Person(minutes.minute_taker_name) if minutes.minute_taker_name else None


def _item(entry: MinutesEntry, tasks: list[EntryTask]) -> ReferatItem:
    own = tuple(task for entry_id, task in tasks if entry_id == entry.id)
    return ReferatItem(number=entry.number, title=entry.title, notes=entry.notes,
                       decision=entry.decision, guests=entry.guests, tasks=own)


def _address(meeting: Meeting, language: str) -> str | None:
    words = labels(language)
    if meeting.place:
        return f"{meeting.place} {words['and_online']}" if meeting.online else meeting.place
    return words["online"] if meeting.online else None
