"""Draft minutes follow their meeting's agenda: an item accepted, moved or postponed after the
minutes were opened (they may be opened an hour before the start, while the agenda can still
change) is found under the number the agenda gives it, so "#punkt 5" is the agenda's item 5.

What was written stays with its item whatever its number; an item that left the agenda keeps
its entry, after the agenda's, when something was written or a task taken under it. A referat
downloaded meanwhile shows the entries so too, though nothing is stored until the minutes are
next opened, shown or written.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from meetings.agenda.agenda import AgendaEntry
from meetings.agenda.queries import agenda_of
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.ports import TaskLine
from meetings.minutes.vocabulary import MinutesStatus
from meetings.planning.vocabulary import MeetingStatus

log = logging.getLogger(__name__)

MAX_TITLE = 300


async def follow_agenda(uow: UnitOfWork, group: Group, minutes: Minutes,
                        now: datetime) -> None:
    """Bring a draft's entries in line with the agenda as it stands; nothing when they are."""
    agenda = await _agenda_to_follow(uow, group, minutes)
    if agenda is None:
        return
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    if _in_line(agenda, entries):
        return
    await uow.minutes.lock(minutes.id)  # two turns at once: the second finds it done
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    for entry in entries:
        await uow.minutes_entries.refresh(entry)
    await _bring_in_line(uow, minutes, agenda, list(entries), now)


async def entries_as_on_agenda(uow: UnitOfWork, group: Group,
                               minutes: Minutes) -> list[MinutesEntry]:
    """The entries as `follow_agenda` would leave them, for a reader (a download): a draft's
    made on the side and never stored, since a read writes nothing; others as stored. An item
    new on the agenda reads as an entry with no id of its own (-its number)."""
    entries = list(await uow.minutes_entries.of_minutes(minutes.id))
    agenda = await _agenda_to_follow(uow, group, minutes)
    if agenda is None or _in_line(agenda, entries):
        return entries
    plan = _plan(agenda, entries, await uow.documents.task_lines(minutes.meeting_id))
    followed = [_copy(entry, number=plan.numbers[entry.id], title=_title(a))
                if (entry := plan.matched.get(a.number)) is not None else
                MinutesEntry(id=-a.number, minutes_id=minutes.id, number=a.number,
                             title=_title(a), item_id=a.item_id, guests=a.guests)
                for a in agenda]
    return followed + [_copy(entry, number=plan.numbers[entry.id]) for entry in plan.leftovers]


async def _agenda_to_follow(uow: UnitOfWork, group: Group,
                            minutes: Minutes) -> Sequence[AgendaEntry] | None:
    """The agenda a draft follows; None for minutes sent for approval or of a cancelled
    meeting, which keep their entries."""
    if minutes.status != MinutesStatus.DRAFT:
        return None
    meeting = await uow.meetings.get(minutes.meeting_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return None
    return (await agenda_of(uow, group, meeting.id)).entries


def _in_line(agenda: Sequence[AgendaEntry], entries: Sequence[MinutesEntry]) -> bool:
    return [(a.number, a.item_id, _title(a)) for a in agenda] == \
        [(e.number, e.item_id, e.title) for e in entries]


@dataclass(frozen=True)
class _Plan:
    """How a draft's entries line up with the agenda."""

    matched: dict[int, MinutesEntry]  # the entry of each agenda number that has one
    leftovers: list[MinutesEntry]  # off the agenda but written in or tasked: kept, after it
    dropped: list[MinutesEntry]  # off the agenda and untouched: they go
    numbers: dict[int, int]  # each kept entry's number, by its id


def _plan(agenda: Sequence[AgendaEntry], entries: Sequence[MinutesEntry],
          lines: Sequence[TaskLine]) -> _Plan:
    matched = _matched(agenda, entries)
    tasked_entries = {line[0] for line in lines}
    tasked_items = {line[1] for line in lines if line[1] is not None}
    off = [e for e in entries if e not in matched.values()]
    dropped = [e for e in off if _blank(e) and e.id not in tasked_entries
               and e.item_id not in tasked_items]
    leftovers = [e for e in off if e not in dropped]
    numbers = {entry.id: number for number, entry in matched.items()}
    numbers |= {entry.id: len(agenda) + n for n, entry in enumerate(leftovers, start=1)}
    return _Plan(matched, leftovers, dropped, numbers)


async def _bring_in_line(uow: UnitOfWork, minutes: Minutes, agenda: Sequence[AgendaEntry],
                         entries: list[MinutesEntry], now: datetime) -> None:
    current = next((e for e in entries if e.number == minutes.current_number), None)
    plan = _plan(agenda, entries, await uow.documents.task_lines(minutes.meeting_id))
    for entry in plan.dropped:
        await uow.minutes_entries.remove(entry)
    kept = [e for e in entries if e.id in plan.numbers]
    # The numbers are unique per minutes: out of the way first, then each to its place.
    for entry in kept:
        entry.number = -entry.id
    await uow.flush()
    for entry in kept:
        entry.number = plan.numbers[entry.id]
    for a in agenda:
        if (entry := plan.matched.get(a.number)) is not None:
            entry.title = _title(a)
    await uow.flush()
    for a in agenda:
        if a.number not in plan.matched:
            await uow.minutes_entries.add_if_absent({
                "minutes_id": minutes.id, "number": a.number, "title": _title(a),
                "item_id": a.item_id, "guests": a.guests, "updated_at": now})
    if current is not None:
        minutes.current_number = plan.numbers.get(current.id)
    minutes.updated_at = now
    log.info("minutes follow the agenda", extra={"minutes_id": minutes.id})


def _matched(agenda: Sequence[AgendaEntry],
             entries: Sequence[MinutesEntry]) -> dict[int, MinutesEntry]:
    """The entry of each agenda number: an item's by its id, a standing item's by its title."""
    by_item = {e.item_id: e for e in entries if e.item_id is not None}
    standing = [e for e in entries if e.item_id is None]
    found: dict[int, MinutesEntry] = {}
    for a in agenda:
        if a.item_id is not None:
            entry = by_item.get(a.item_id)
        else:
            entry = next((e for e in standing if e.title == a.title[:MAX_TITLE]), None)
            if entry is not None:
                standing.remove(entry)
        if entry is not None:
            found[a.number] = entry
    return found


def _blank(entry: MinutesEntry) -> bool:
    """Nothing written: never recorded (so not in the search index either)."""
    return entry.notes is None and entry.decision is None and entry.updated_by is None


def _title(a: AgendaEntry) -> str:
    return a.title[:MAX_TITLE]


def _copy(entry: MinutesEntry, **changed) -> MinutesEntry:
    """The entry with `changed`, apart from the one stored: changing that would write it."""
    return MinutesEntry(**{**{name: getattr(entry, name) for name in MinutesEntry.fields()},
                           **changed})
