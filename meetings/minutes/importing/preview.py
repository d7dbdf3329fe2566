"""What reading a file of minutes found, as the command line shows it before anything is
written (and alone with --dry-run): the meeting, the people with their organisations and
roles, each item with its decisions, tasks and guests, the meetings, roles and themes the
minutes propose, what is uncertain, and every line nothing read. In English, like the rest of
the command line, days and times as the cards write them; the chat renders the same parse
result as a card of its own."""

from meetings.common.dates import format_date, format_day_and_time
from meetings.minutes.importing.found import (
    ImportedItem,
    ImportedMinutes,
    MinutesReading,
    Person,
    PlannedMeeting,
)
from meetings.minutes.importing.report import LANGUAGE, PROBLEMS

PREVIEW_HEADER = "{name}: what was read (nothing written yet):"
_ROLES = {"chair": "chair", "secretary": "secretary", "minute_taker": "minute-taker"}


def preview_lines(name: str, reading: MinutesReading) -> list[str]:
    """The preview, ending in a blank line."""
    lines = [PREVIEW_HEADER.format(name=name)]
    if reading.minutes is not None:
        lines += _minutes(reading.minutes)
    lines += _listed("Uncertain or not placed", [_problem(p) for p in reading.problems])
    lines += _listed("Lines nothing read", [f"line {p.line}: {p.text}" for p in reading.unplaced])
    return [*lines, ""]


def _minutes(minutes: ImportedMinutes) -> list[str]:
    where = ", ".join(filter(None, (minutes.place, "online" if minutes.online else None)))
    when = format_day_and_time(minutes.day, minutes.starts, minutes.ends, LANGUAGE)
    lines = [f"  Meeting: {when}" + (f", {where}" if where else "")]
    lines += _listed("Present", [_person(p) for p in minutes.present], inline=True)
    lines += _listed("Absent", [_person(p) for p in minutes.absent], inline=True)
    if minutes.minute_taker:
        assumed = " (assumed: no label names them)" if minutes.minute_taker_assumed else ""
        lines.append(f"  Minute-taker: {minutes.minute_taker.label}{assumed}")
    lines.append(f"  Items ({len(minutes.items)}):")
    for item in minutes.items:
        lines += _item(item, minutes)
    lines += _listed("Meetings to plan", [_planned(p) for p in minutes.planned])
    lines += _listed("Roles to give", [f"{r.name}: {_ROLES[r.role]} (\"{r.written}\")"
                                       for r in minutes.roles])
    lines += _listed("Themes for coming meetings", list(minutes.themes))
    return lines


def _item(item: ImportedItem, minutes: ImportedMinutes) -> list[str]:
    lines = [f"    {item.number}. {item.title}"]
    lines += [f"       Guest: {_person(guest)}" for guest in item.guests]
    for decision in item.decisions:
        mark = " [for the steering group]" if decision.for_steering_group else ""
        lines.append(f"       Decision{mark}: {_one_line(decision.text)}")
    for task in minutes.tasks:
        if task.item_number == item.number:
            whose = f"{task.owner.name} (a body)" if task.owner_is_body else task.owner.name
            lines.append(f"       Task for {whose}: {task.title}")
    return lines


def _listed(heading: str, entries: list[str], *, inline: bool = False) -> list[str]:
    if not entries:
        return []
    if inline:
        return [f"  {heading} ({len(entries)}): " + ", ".join(entries)]
    return [f"  {heading} ({len(entries)}):", *(f"    - {entry}" for entry in entries)]


def _person(person: Person) -> str:
    """"Name (Organisation; title)"."""
    details = "; ".join(filter(None, (person.organisation, person.role)))
    return f"{person.name} ({details})" if details else person.name


def _planned(planned: PlannedMeeting) -> str:
    if planned.starts:
        when = format_day_and_time(planned.day, planned.starts, planned.ends, LANGUAGE)
    else:
        when = f"{format_date(planned.day, LANGUAGE)} (no time written)"
    if planned.year_assumed:
        when += " (no year written: the first such day after the meeting)"
    return f"{when}: \"{_one_line(planned.written)}\""


def _problem(problem) -> str:
    where = f"line {problem.line}: " if problem.line else ""
    what = f": {problem.text}" if problem.text else ""
    return f"{where}{PROBLEMS.get(problem.code, problem.code)}{what}"


def _one_line(text: str, limit: int = 160) -> str:
    text = " / ".join(line.strip() for line in text.splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
