"""Free text that may name a person, outside approved minutes: what an erasure rewrites.

Task titles and notes, proposals and who presents them, comments, draft and posted minutes, who
takes them and the tasks they print, who was someone's substitute (in the minutes' presence
and in the attendance answer), the annual report's texts.
Approved minutes are public records (arkivloven): their entries, their corrections and the
tasks recorded in them keep the names they were approved with."""

from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import String, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.agenda.entities import AgendaItem, Attendance
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, PendingImport, Presence
from meetings.minutes.vocabulary import EventKind
from meetings.planning.entities import Meeting
from meetings.reports.entities import AnnualTexts
from meetings.tasks.entities import Task, TaskNote


async def rewrite_free_text(session: AsyncSession, group_id: int, needles: Sequence[str],
                            rewrite: Callable[[str], str]) -> list[int]:
    """Rewrite every free-text column of the group's rows that holds a needle; the ids of the
    minutes entries changed, whose search index must follow."""
    entries = []
    for model, columns, where in _free_text(group_id):
        holds = or_(*(c.contains(n, autoescape=True) for c in columns for n in needles))
        for row in await session.scalars(select(model).where(where, holds)):
            if _rewrite_row(row, columns, rewrite) and model is MinutesEntry:
                entries.append(row.id)
    await _rewrite_posted_tasks(session, group_id, rewrite)
    await session.flush()
    return entries


async def _rewrite_posted_tasks(session: AsyncSession, group_id: int,
                                rewrite: Callable[[str], str]) -> None:
    """The task lines minutes out for approval print as posted (`Minutes.approved_tasks`): not
    yet a public record. A group has a posted minutes or two, so they are read whole."""
    posted = select(Minutes).where(Minutes.group_id == group_id, Minutes.approved_at.is_(None),
                                   Minutes.approved_tasks.is_not(None))
    for minutes in await session.scalars(posted):
        lines = [{**line, "owner": rewrite(line["owner"]) if line["owner"] else line["owner"],
                  "title": rewrite(line["title"])} for line in minutes.approved_tasks]
        if lines != minutes.approved_tasks:
            minutes.approved_tasks = lines


def _rewrite_row(row, columns, rewrite: Callable[[str], str]) -> bool:
    changed = False
    for column in columns:
        value = getattr(row, column.key)
        if not value:
            continue
        written = rewrite(value)
        if isinstance(column.type, String) and column.type.length:
            written = written[:column.type.length]  # "Tidligere medlem" is longer than "Rie"
        if written != value:
            setattr(row, column.key, written)
            changed = True
    return changed


def _free_text(group_id: int) -> Iterator[tuple[type, list, object]]:
    approved = select(Minutes.id).where(Minutes.group_id == group_id,
                                        Minutes.approved_at.is_not(None))
    approved_meetings = select(Minutes.meeting_id).where(Minutes.group_id == group_id,
                                                         Minutes.approved_at.is_not(None))
    drafts = select(Minutes.id).where(Minutes.group_id == group_id, Minutes.approved_at.is_(None))
    not_approved = or_(Task.meeting_id.is_(None), Task.meeting_id.not_in(approved_meetings))
    yield Task, [Task.title, Task.blocked_reason], (Task.group_id == group_id) & not_approved
    yield TaskNote, [TaskNote.text], TaskNote.task_id.in_(
        select(Task.id).where(Task.group_id == group_id))
    # Approved minutes print their own entries (copied from the items when the minutes were
    # opened), never the agenda's items: the items of their meeting are rewritten too.
    yield AgendaItem, [AgendaItem.title, AgendaItem.description, AgendaItem.recommendation,
                       AgendaItem.presenter, AgendaItem.guests, AgendaItem.reject_reason], \
        AgendaItem.group_id == group_id
    yield Minutes, [Minutes.minute_taker_name], Minutes.id.in_(drafts)
    yield MinutesEntry, [MinutesEntry.title, MinutesEntry.notes, MinutesEntry.decision,
                         MinutesEntry.guests], MinutesEntry.minutes_id.in_(drafts)
    # Comments are no part of the minutes, approved or not; corrections of approved ones are.
    yield MinutesEvent, [MinutesEvent.text, MinutesEvent.before], or_(
        MinutesEvent.minutes_id.in_(drafts),
        MinutesEvent.minutes_id.in_(approved) & (MinutesEvent.kind == EventKind.COMMENT))
    yield Presence, [Presence.substitute_name], Presence.minutes_id.in_(drafts)
    # An answer is no part of the minutes (their presence is): rewritten, approved or not.
    yield Attendance, [Attendance.substitute_name], Attendance.meeting_id.in_(
        select(Meeting.id).where(Meeting.group_id == group_id))
    yield AnnualTexts, [AnnualTexts.purpose, AnnualTexts.attention], \
        AnnualTexts.group_id == group_id
    # Minutes waiting for *Importér*: sent for the group, or in the 1:1 chat of one of its
    # members who leads several groups and has yet to pick which.
    people = select(Member.aad_object_id).where(Member.group_id == group_id,
                                                Member.aad_object_id.is_not(None))
    their_chats = select(Member.id).where(Member.aad_object_id.in_(people))
    yield PendingImport, [PendingImport.text], or_(
        PendingImport.group_id == group_id,
        PendingImport.group_id.is_(None) & PendingImport.member_id.in_(their_chats))
