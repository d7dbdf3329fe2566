"""What the annual report reads out of the year's minutes themselves: which items were real
topics, the points meant for the steering group, next year's dates and themes as the group
wrote them, and how many different people took part.

The network group's own report (its 2023 report is the model) leaves out the procedural items
("Velkommen mv.", "Eventuelt", next year's dates) and items that never took place ("Punktet blev
droppet"), lists the ➤ lines as its points for the steering group, and copies next year's dates
and themes from the last meeting's minutes when nobody has planned them yet.
"""

import re
from collections.abc import Iterable, Sequence

from meetings.minutes.entities import MinutesEntry

# Items every meeting has, or items about the group's own housekeeping.
_PROCEDURAL = re.compile(
    r"^\s*(?:velkommen|welcome|godkendelse af (?:dagsorden|referat)|dagsorden|eventuelt|evt\b"
    r"|any other business|aob\b|kommune-?runde|runde\b|rundt om bordet|næste møde|next meeting"
    r"|input til (?:dagsorden|næste møde)|(?:netværks)?møde(?:r|datoer|plan)\b.*\b\d{4}"
    r"|meetings? (?:in )?\d{4}|mødeplan|årshjul|netværkets årsrapport|årsrapport)",
    re.IGNORECASE)
# An item the minutes say did not happen: dropped, postponed, or its guest sent regrets.
_NOT_HELD = re.compile(
    r"\b(?:punktet (?:blev )?(?:droppet|udsat|udgik|aflyst)|udgik|blev ikke behandlet"
    r"|måtte (?:desværre )?melde afbud|meldte (?:desværre )?afbud|was dropped|postponed"
    r"|not discussed)\b", re.IGNORECASE)
_NOT_HELD_LENGTH = 300  # a short note that only says why; a long one records a discussion
_ARROW = "➤"
_STEERING = re.compile(r"\btil styregruppen\b|\bto the steering group\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A list item: a line starting with a dash or bullet; joined items keep " - " between them.
_LIST_START = re.compile(r"^\s*[-–•*]\s+")
_JOINED = re.compile(r"\s+[-•]\s+")  # not "–": a dash inside an item's own text


def is_topic(entry: MinutesEntry, year: int) -> bool:
    """An item the year's report lists: not procedural, and it took place."""
    return not (is_procedural(entry.title, year) or did_not_take_place(entry))


def is_procedural(title: str, year: int | None = None) -> bool:
    return bool(_PROCEDURAL.match(title)) or (year is not None and str(year + 1) in title
                                              and "møde" in title.casefold())


def did_not_take_place(entry: MinutesEntry) -> bool:
    notes = entry.notes or ""
    return (not entry.decision and len(notes) <= _NOT_HELD_LENGTH
            and bool(_NOT_HELD.search(notes)))


def steering_points(entries: Iterable[MinutesEntry]) -> tuple[str, ...]:
    """The ➤ lines of the notes and decisions, and decisions that send something "til
    styregruppen", in the order of the minutes."""
    points: list[str] = []
    for entry in entries:
        for text in (entry.notes, entry.decision):
            points.extend(_arrow_lines(text or ""))
        points.extend(s for s in _SENTENCE.split(entry.decision or "")
                      if _STEERING.search(s) and _ARROW not in s)
    return unique(points)


def _arrow_lines(text: str) -> list[str]:
    return [line.split(_ARROW, 1)[1].strip() for line in text.splitlines()
            if _ARROW in line and line.split(_ARROW, 1)[1].strip()]


def next_year_from(entries: Sequence[MinutesEntry], next_year: int
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(dates, themes) for `next_year` as the minutes list them: the list under an item about
    that year's meetings, and the list after a line that names that year's themes."""
    dates: list[str] = []
    themes: list[str] = []
    for entry in entries:
        title = entry.title.casefold()
        if str(next_year) in title and ("møde" in title or "meeting" in title):
            dates.extend(list_items(entry.notes or ""))
        themes.extend(_themes(entry.notes or "", next_year))
    return unique(dates), unique(themes)


def _themes(text: str, next_year: int) -> list[str]:
    lines = text.splitlines()
    for number, line in enumerate(lines):
        lowered = line.casefold()
        if str(next_year) in lowered and ("tema" in lowered or "theme" in lowered):
            return list_items("\n".join(lines[number + 1:]))
    return []


def list_items(text: str) -> list[str]:
    """The dashed list in a text; items the import joined on one line ("- a - b") apart."""
    items: list[str] = []
    for line in text.splitlines():
        if _LIST_START.match(line):
            items.extend(part.strip(" .") for part in _JOINED.split(_LIST_START.sub("", line))
                         if part.strip(" ."))
        elif items:
            break  # the list has ended
    return items


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """In order of first appearance, ignoring case and spacing."""
    seen: dict[str, str] = {}
    for value in values:
        key = " ".join(value.split()).casefold()
        if key and key not in seen:
            seen[key] = " ".join(value.split())
    return tuple(seen.values())
