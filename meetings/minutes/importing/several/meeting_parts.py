"""The meetings of a file that holds several meetings' minutes one after the other (a
secretary's "referater 2023.txt"): the file is cut before each further minutes heading the
reader finds (preamble.another_meeting), and each part is read, checked and imported as a file
of its own would be — its own meeting, its own import key, the rules for a planned meeting at
another time — but all or none: when any part would be refused, none is written, and the
reports say which part and why. A file of one meeting is one part."""

from dataclasses import dataclass, replace
from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.minutes.importing.found import (
    FATAL,
    MEETINGS_THAT_DAY,
    TWO_MEETINGS,
    ImportProblem,
    MinutesReading,
)
from meetings.minutes.importing.importer import (
    NOT_IMPORTED,
    ImportReport,
    import_key,
    import_minutes,
    meeting_of_minutes,
)
from meetings.minutes.importing.reading import read_minutes


@dataclass(frozen=True)
class MeetingPart:
    first_line: int  # the file's line the part begins on
    text: str  # the part alone, as a file of its own would hold it
    reading: MinutesReading  # its reading, with the file's line numbers


def meetings_in(text: str) -> list[MeetingPart]:
    """The file's meetings in the order written; one part when it holds one meeting."""
    lines, first, parts = text.split("\n"), 0, []
    while True:
        rest = "\n".join(lines[first:])
        reading = read_minutes(rest)
        cut = next((p.line for p in reading.problems if p.code == TWO_MEETINGS), None)
        if cut is None or cut <= 1:
            return [*parts, MeetingPart(first + 1, rest, _shifted(reading, first))]
        part = "\n".join(lines[first:first + cut - 1])
        parts.append(MeetingPart(first + 1, part, _shifted(read_minutes(part), first)))
        first += cut - 1


def _shifted(reading: MinutesReading, by: int) -> MinutesReading:
    def moved(problems):
        return tuple(replace(p, line=p.line + by) if p.line else p for p in problems)
    return replace(reading, problems=moved(reading.problems), unplaced=moved(reading.unplaced))


async def refusals(uow: UnitOfWork, group: Group, parts: list[MeetingPart]
                   ) -> list[tuple[ImportProblem, ...]]:
    """Per part, what keeps it from being imported as a file of its own (none for a part
    imported before, which changes nothing): what it lacks, a meeting of its time or day
    with minutes already or several that day, or another part of the file on its day."""
    found, days = [], {}
    for part in parts:
        minutes = part.reading.minutes
        if minutes is None:
            found.append(_lacking(part))
            continue
        if await uow.imports.by_import_key(import_key(group.id, part.text)) is not None:
            found.append(())
            continue
        _, problem = await meeting_of_minutes(uow, group, minutes)
        if problem is None and minutes.day in days:
            times = f"{days[minutes.day]:%H:%M}, {minutes.starts:%H:%M}"
            problem = ImportProblem(MEETINGS_THAT_DAY, part.first_line, times)
        days.setdefault(minutes.day, minutes.starts)
        found.append((problem,) if problem else ())
    return found


async def refused_reports(uow: UnitOfWork, group: Group | None, parts: list[MeetingPart]
                          ) -> list[ImportReport] | None:
    """When any part would be refused, a report per part, each NOT_IMPORTED, the refused ones
    with their problems; None when all can be imported. Without a group (not picked yet) only
    what the parts lack is known."""
    if group is None:
        refused = [_lacking(part) for part in parts]
    else:
        refused = await refusals(uow, group, parts)
    if not any(refused):
        return None
    return [ImportReport(NOT_IMPORTED, problems) for problems in refused]


async def import_parts(uow: UnitOfWork, group: Group, parts: list[MeetingPart],
                       now: datetime) -> list[ImportReport]:
    """Each part imported as a file of its own, in the file's order, or none of them (the
    reports of refused_reports); the caller commits."""
    refused = await refused_reports(uow, group, parts)
    if refused is not None:
        return refused
    return [await import_minutes(uow, group, part.text, now) for part in parts]


def _lacking(part: MeetingPart) -> tuple[ImportProblem, ...]:
    return tuple(p for p in part.reading.problems if p.code in FATAL)
