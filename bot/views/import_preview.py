"""The preview of minutes read from a file or a paste, before anything is written: the
meeting, its people, its items with decisions and tasks, and every line that could not be
placed, with *Importér* and *Annullér*.

The card shows a list of sections, each a title over lines; a new kind of thing the reader
finds gets a section function in SECTIONS and needs no change to the template. Long lists are
cut with "… and N more", shorter each time the card comes out over Teams' size.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.turn import Speaker, Turn
from bot.views.import_fixes import fixes, is_loose, problem_line
from bot.views.replies import more_text
from cards import CardTooLarge
from meetings.common.dates import format_date, format_day_and_time, format_meeting_time
from meetings.common.i18n import N_
from meetings.groups.entities import Group
from meetings.minutes.importing.found import (
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
    Person,
    PlannedMeeting,
)
from meetings.tasks.sentence_subject import task_with_owner

LIMITS = (25, 10, 4)  # lines per section, tried in turn until the card fits
AS_WRITTEN = ZoneInfo("UTC")  # any one zone: the times are shown as the minutes wrote them
TEXT_CHARS = 240  # a decision or task longer than this is shortened on the card


@dataclass(frozen=True)
class Line:
    text: str
    details: tuple[str, ...] = ()


Section = Callable[[Speaker, ImportedMinutes], tuple[str, list[Line]]]


def preview_card(turn: Turn, minutes: ImportedMinutes, problems: tuple[ImportProblem, ...],
                 token: str, source: str, choices: list[Group],
                 unplaced: tuple[ImportProblem, ...] = (), note: str | None = None
                 ) -> dict[str, Any]:
    """The card; `choices` are the groups to pick from (none when the group is known);
    `unplaced` the lines nothing read, each shown with a choice of where it goes; `note` what
    importing does to a meeting the group has (a planned one moved to the minutes' time)."""
    reading = MinutesReading(minutes, problems, unplaced)
    for limit in LIMITS:
        try:
            return turn.card(
                "import_preview", heading_text=turn._("Preview: nothing is imported yet"),
                source=source, facts=facts_of(turn, minutes, note),
                sections=[section(turn, title, lines, limit) for title, lines in
                          (section(turn, minutes) for section in SECTIONS) if lines],
                problems=section(turn, turn._("Could not place"),
                                  [Line(problem_line(turn, p)) for p in problems
                                   if not is_loose(p)], limit),
                fixes=fixes(turn, reading, limit),
                token=token, choices=[{"id": str(g.id), "name": g.name or "?"} for g in choices])
        except CardTooLarge:
            continue
    raise CardTooLarge("the import preview does not fit even cut short")


def section(speaker: Speaker, title: str, lines: list[Line], limit: int) -> dict[str, Any]:
    return {"title": title, "more": more_text(speaker, len(lines) - limit) or "",
            "lines": [{"text": line.text, "details": list(line.details)}
                      for line in lines[:limit]]}


def facts_of(speaker: Speaker, minutes: ImportedMinutes,
           note: str | None = None) -> list[dict[str, str]]:
    # The times as written: no time zone to convert from or to.
    when = format_meeting_time(datetime.combine(minutes.day, minutes.starts, AS_WRITTEN),
                               datetime.combine(minutes.day, minutes.ends, AS_WRITTEN),
                               AS_WRITTEN, speaker.language)
    place = minutes.place or (speaker._("online in Teams") if minutes.online else "")
    facts = [(speaker._("Meeting"), when), (speaker._("Place"), place),
             (speaker._("Minute-taker"), _person(minutes.minute_taker)
              if minutes.minute_taker else ""), (speaker._("Planned"), note or "")]
    return [{"label": label, "value": value} for label, value in facts if value]


def _person(person: Person) -> str:
    return f"{person.label}, {person.role}" if person.role else person.label


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS - 1] + "…"


def _present(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    title = speaker.ngettext("%(count)s present", "%(count)s present", len(minutes.present))
    return title, [Line(_person(p)) for p in minutes.present]


def _absent(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    title = speaker.ngettext("%(count)s absent", "%(count)s absent", len(minutes.absent))
    return title, [Line(_person(p)) for p in minutes.absent]


def _guests(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    title = speaker.ngettext("%(count)s guest", "%(count)s guests", len(minutes.guests))
    return title, [Line(_person(p)) for p in minutes.guests]


def items_section(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    title = speaker.ngettext("%(count)s item", "%(count)s items", len(minutes.items))
    lines = []
    for item in minutes.items:
        details = [speaker._("Decision: %(text)s", text=_short(item.decision))] \
            if item.decision else []
        details += [speaker._("Task: %(text)s",
                              text=_short(task_with_owner(task.owner.name, task.title)))
                    for task in minutes.tasks if task.item_number == item.number]
        lines.append(Line(f"{item.number}. {_short(item.title)}", tuple(details)))
    return title, lines


def _planned(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    """Meetings planned in the minutes: the import plans none, since a planned meeting sends out
    its invitation; its answer offers them to tick."""
    title = speaker._("Meetings planned in the minutes (you can plan them after the import)")
    return title, [Line(_when(speaker, meeting), (meeting.written,) if meeting.written else ())
                   for meeting in minutes.planned]


def _when(speaker: Speaker, meeting: PlannedMeeting) -> str:
    if meeting.starts and meeting.ends:
        return format_day_and_time(meeting.day, meeting.starts, meeting.ends, speaker.language)
    return format_date(meeting.day, speaker.language)


def _roles(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    title = speaker._("Roles named in the minutes (you can give them after the import)")
    return title, [Line(f"{role.name}: {speaker._(ROLE_WORDS.get(role.role, role.role))}",
                        (role.written,)) for role in minutes.roles]


def _themes(speaker: Speaker, minutes: ImportedMinutes) -> tuple[str, list[Line]]:
    return speaker._("Themes for coming meetings"), [Line(_short(t)) for t in minutes.themes]


ROLE_WORDS = {"chair": N_("chair"), "secretary": N_("secretary"),
              "minute_taker": N_("minute-taker")}
SECTIONS: tuple[Section, ...] = (_present, _absent, _guests, items_section, _planned, _roles,
                                 _themes)
