"""The preview of a file holding several meetings' minutes (a year's): each meeting with its
time, how many items, decisions and tasks, and its items with their decisions and tasks; what
could not be placed, each line with the meeting it is in. *Importér* imports them all, each as
its own meeting, or none. No fixes are offered: a meeting that needs them is sent in a file of
its own."""

from typing import Any

from bot.turn import Speaker, Turn
from bot.views.import_fixes import problem_line
from bot.views.import_preview import LIMITS, Line, facts_of, items_section, section
from cards import CardTooLarge
from meetings.common.dates import format_long_date
from meetings.groups.entities import Group
from meetings.minutes.importing.found import ImportedMinutes
from meetings.minutes.importing.importer import decision_text
from meetings.minutes.importing.several.meeting_parts import MeetingPart

NO_FIXES = {"taker": None, "time": None, "place": False, "lines": [], "lines_more": "",
            "last_item": 1}


def several_preview_card(turn: Turn, parts: list[MeetingPart], token: str, source: str,
                         choices: list[Group]) -> dict[str, Any]:
    """The card; every part has minutes (a part without is refused before a preview)."""
    for limit in (*LIMITS, 0):
        try:
            return turn.card(
                "import_preview", heading_text=turn._("Preview: nothing is imported yet"),
                source=source, facts=[{"label": turn._("Meetings"), "value": turn.ngettext(
                    "%(count)s meeting in the file; Import imports each as a meeting of its "
                    "own, or none if one of them cannot be",
                    "%(count)s meetings in the file; Import imports each as a meeting of its "
                    "own, or none if one of them cannot be", len(parts))}],
                sections=[_meeting(turn, part, limit) for part in parts],
                problems=section(turn, turn._("Could not place (left out when imported)"), [
                    Line(f"{part_label(turn, part)}: {problem_line(turn, p)}")
                    for part in parts
                    for p in (*part.reading.problems, *part.reading.unplaced)], limit),
                fixes=NO_FIXES, token=token,
                choices=[{"id": str(g.id), "name": g.name or "?"} for g in choices])
        except CardTooLarge:
            continue
    raise CardTooLarge("the import preview of several meetings does not fit even cut short")


def _meeting(turn: Turn, part: MeetingPart, limit: int) -> dict[str, Any]:
    minutes = part.reading.minutes
    assert minutes is not None
    [when] = [fact["value"] for fact in facts_of(turn, minutes)[:1]]
    decisions = sum(1 for item in minutes.items if decision_text(item))  # as written
    counts = ", ".join((
        turn.ngettext("%(count)s item", "%(count)s items", len(minutes.items)),
        turn.ngettext("%(count)s decision", "%(count)s decisions", decisions),
        turn.ngettext("%(count)s task", "%(count)s tasks", len(minutes.tasks))))
    _, lines = items_section(turn, minutes)
    return section(turn, f"{when}: {counts}", lines, limit)


def part_label(speaker: Speaker, part: MeetingPart) -> str:
    return meeting_label(speaker, part.reading.minutes, part.first_line)


def meeting_label(speaker: Speaker, minutes: ImportedMinutes | None,
                  first_line: int | None = None) -> str:
    """"Referatet fra 29. september 2023", or, for minutes without a date, where they begin in
    the file."""
    if minutes is None:
        return speaker._("Minutes from line %(line)s", line=first_line or 1)
    day = format_long_date(minutes.day, speaker.language)
    return speaker._("Minutes of %(day)s", day=day)
