"""Draft minutes follow their meeting's agenda: an item accepted, moved or postponed after the
minutes were opened (they may be opened an hour before the start, while the agenda can still
change) is found under the number the agenda gives it, so "#punkt 5" is the agenda's item 5.

What was written stays with its item whatever its number; an item that left the agenda keeps
its entry, after the agenda's, when something was written or a task taken under it.
"""

import logging
from collections.abc import Sequence
from datetime import datetime

from meetings.agenda.agenda import AgendaEntry
from meetings.agenda.queries import agenda_of
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.vocabulary import MinutesStatus
from meetings.planning.vocabulary import MeetingStatus

log = logging.getLogger(__name__)

MAX_TITLE = 300


async def follow_agenda(uow: UnitOfWork, group: Group, minutes: Minutes,
                        now: datetime) -> None:
    """Bring a draft's entries in line with the agenda as it stands; nothing when they are."""
    if minutes.status != MinutesStatus.DRAFT:
        return
    meeting = await uow.meetings.get(minutes.meeting_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return
    agenda = (await agenda_of(uow, group, meeting.id)).entries
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    if _in_line(agenda, entries):
        return
    await uow.minutes.lock(minutes.id)  # two turns at once: the second finds it done
    entries = await uow.minutes_entries.of_minutes(minutes.id)
    for entry in entries:
        await uow.minutes_entries.refresh(entry)
    await _bring_in_line(uow, minutes, agenda, list(entries), now)


def _in_line(agenda: Sequence[AgendaEntry], entries: Sequence[MinutesEntry]) -> bool:
    return [(a.number, a.item_id, a.title[:MAX_TITLE]) for a in agenda] == \
        [(e.number, e.item_id, e.title) for e in entries]


async def _bring_in_line(uow: UnitOfWork, minutes: Minutes, agenda: Sequence[AgendaEntry],
                         entries: list[MinutesEntry], now: datetime) -> None:
    current = next((e for e in entries if e.number == minutes.current_number), None)
    matched = _matched(agenda, entries)
    leftovers = [e for e in entries if e not in matched.values()]
    lines = await uow.documents.task_lines(minutes.meeting_id)
    tasked_entries = {line[0] for line in lines}
    tasked_items = {line[1] for line in lines if line[1] is not None}
    for entry in [e for e in leftovers if _blank(e) and e.id not in tasked_entries
                  and e.item_id not in tasked_items]:
        leftovers.remove(entry)
        await uow.minutes_entries.remove(entry)
    numbers = {entry.id: a.number for a, entry in
               ((a, matched.get(a.number)) for a in agenda) if entry is not None}
    numbers |= {entry.id: len(agenda) + n for n, entry in enumerate(leftovers, start=1)}
    kept = [e for e in entries if e.id in numbers]
    # The numbers are unique per minutes: out of the way first, then each to its place.
    for entry in kept:
        entry.number = -entry.id
    await uow.flush()
    for entry in kept:
        entry.number = numbers[entry.id]
    for a in agenda:
        if (entry := matched.get(a.number)) is not None:
            entry.title = a.title[:MAX_TITLE]
    await uow.flush()
    for a in agenda:
        if a.number not in matched:
            await uow.minutes_entries.add_if_absent({
                "minutes_id": minutes.id, "number": a.number, "title": a.title[:MAX_TITLE],
                "item_id": a.item_id, "guests": a.guests, "updated_at": now})
    if current is not None:
        minutes.current_number = numbers.get(current.id)
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
