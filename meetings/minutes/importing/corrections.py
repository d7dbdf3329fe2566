"""The secretary's fixes for what reading the minutes left uncertain, given on the preview card
and applied by its *Importér* in the same write: the minute-taker when no label named one, the
meeting's date and time when no end time was written, the place when none was, and what to do
with each line nothing read (ignore it, add it as an item, or as a note to an item).

A fix that does not make sense (a date that is no date, a line or item the minutes do not
have) is refused before anything is written, with the field it concerns.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import Any

from meetings.common.refusal import Refusal
from meetings.minutes.importing.found import (
    LINE_NOT_PLACED,
    MINUTE_TAKER_ASSUMED,
    NO_END_TIME,
    NO_MINUTE_TAKER,
    ROW_NOT_PLACED,
    ImportedItem,
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
)

BAD_CORRECTION = "bad_correction"  # details: field (one of the FIELD_ names), value
FIELD_TAKER, FIELD_DAY, FIELD_TIME, FIELD_PLACE = "taker", "day", "time", "place"
FIELD_LINE, FIELD_ITEM = "line", "item"
IGNORE, AS_ITEM, AS_NOTE = "ignore", "item", "note"
NO_TAKER = "none"  # the minute-taker choice for "nobody named"
PREFIX = "fix_"  # the card's inputs: fix_taker, fix_day, fix_line_14, fix_line_14_item, …
MAX_PLACE, MAX_TITLE = 200, 200
_LINE_KEY = re.compile(r"^fix_line_(\d{1,6})$")
_FIELDS = {"taker": FIELD_TAKER, "day": FIELD_DAY, "starts": FIELD_TIME, "ends": FIELD_TIME,
           "place": FIELD_PLACE}
_YEARS = range(2000, 2101)
_WHOLE = re.compile(r"^(\d{1,5})(?:\.0+)?$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Corrections:
    taker: str | None = None  # None: as read; NO_TAKER; or the index of a present person
    day: date | None = None
    starts: time | None = None
    ends: time | None = None
    place: str | None = None
    lines: Mapping[int, tuple[str, int | None]] = field(default_factory=dict)


def loose_lines(reading: MinutesReading) -> list[ImportProblem]:
    """The lines the secretary may place: each with its line number, in the file's order."""
    found = {p.line: p for p in (*reading.unplaced, *reading.problems)
             if p.code in (LINE_NOT_PLACED, ROW_NOT_PLACED) and p.line and p.text}
    return [found[line] for line in sorted(found)]


def taker_uncertain(minutes: ImportedMinutes) -> bool:
    return minutes.minute_taker is None or minutes.minute_taker_assumed


def time_uncertain(reading: MinutesReading) -> bool:
    return any(problem.code == NO_END_TIME for problem in reading.problems)


def corrections_from(data: Mapping[str, Any]) -> Corrections:
    """The card's inputs as corrections; a value that is no date, time or number is refused."""
    day = _parsed(data, "fix_day", FIELD_DAY, _day)
    starts = _parsed(data, "fix_starts", FIELD_TIME, _clock)
    ends = _parsed(data, "fix_ends", FIELD_TIME, _clock)
    if starts and ends and ends <= starts:
        raise Refusal(BAD_CORRECTION, field=FIELD_TIME, value=f"{starts:%H:%M}–{ends:%H:%M}")
    place = _text(data, "fix_place")
    if place is not None and len(place) > MAX_PLACE:
        raise Refusal(BAD_CORRECTION, field=FIELD_PLACE, value=place[:40])
    return Corrections(_text(data, "fix_taker"), day, starts, ends, place or None,
                       _lines(data))


def corrected(reading: MinutesReading, fixes: Corrections) -> MinutesReading:
    """The reading with the fixes applied, and the problems they settled left out."""
    minutes = reading.minutes
    assert minutes is not None
    settled: set[str] = set()
    minutes = _taker(minutes, fixes.taker, settled)
    if fixes.day or fixes.starts or fixes.ends:
        minutes = _time(minutes, fixes)
        settled.add(NO_END_TIME)
    if fixes.place:
        minutes = replace(minutes, place=fixes.place)
    minutes, placed = _placed(minutes, loose_lines(reading), fixes.lines)
    problems = tuple(p for p in reading.problems
                     if p.code not in settled and (p.line not in placed or not p.line))
    unplaced = tuple(p for p in reading.unplaced if p.line not in placed)
    return MinutesReading(minutes, problems, unplaced)


def _taker(minutes: ImportedMinutes, choice: str | None, settled: set[str]) -> ImportedMinutes:
    if choice is None:
        return minutes
    settled.update({MINUTE_TAKER_ASSUMED, NO_MINUTE_TAKER})
    if choice == NO_TAKER:
        return replace(minutes, minute_taker=None, minute_taker_assumed=False)
    if not choice.isdigit() or int(choice) >= len(minutes.present):
        raise Refusal(BAD_CORRECTION, field=FIELD_TAKER, value=choice[:20])
    return replace(minutes, minute_taker=minutes.present[int(choice)],
                   minute_taker_assumed=False)


def _time(minutes: ImportedMinutes, fixes: Corrections) -> ImportedMinutes:
    starts, ends = fixes.starts or minutes.starts, fixes.ends or minutes.ends
    if ends <= starts:
        raise Refusal(BAD_CORRECTION, field=FIELD_TIME, value=f"{starts:%H:%M}–{ends:%H:%M}")
    return replace(minutes, day=fixes.day or minutes.day, starts=starts, ends=ends)


def _placed(minutes: ImportedMinutes, loose: list[ImportProblem],
            chosen: Mapping[int, tuple[str, int | None]]) -> tuple[ImportedMinutes, set[int]]:
    """Each chosen line added as an item after the last, or as a note to the item named."""
    texts = {problem.line: problem.text for problem in loose}
    items = {item.number: item for item in minutes.items}
    placed: set[int] = set()
    for line, (what, number) in sorted(chosen.items()):
        if line not in texts:
            raise Refusal(BAD_CORRECTION, field=FIELD_LINE, value=str(line))
        if what == AS_ITEM:
            next_number = max(items, default=0) + 1
            items[next_number] = ImportedItem(next_number, texts[line][:MAX_TITLE], "")
        elif what == AS_NOTE:
            if number not in items:
                raise Refusal(BAD_CORRECTION, field=FIELD_ITEM, value=str(number or ""))
            item = items[number]
            items[number] = replace(item, notes="\n".join(filter(None, (item.notes,
                                                                        texts[line]))))
        if what != IGNORE:
            placed.add(line)
    return replace(minutes, items=tuple(items.values())), placed


def _lines(data: Mapping[str, Any]) -> dict[int, tuple[str, int | None]]:
    lines: dict[int, tuple[str, int | None]] = {}
    for key, value in data.items():
        matched = _LINE_KEY.match(key) if isinstance(key, str) else None
        if matched is None or value in (None, "", IGNORE):
            continue
        if value not in (AS_ITEM, AS_NOTE):
            raise Refusal(BAD_CORRECTION, field=FIELD_LINE, value=str(value)[:20])
        number = _text(data, f"{key}_item") if value == AS_NOTE else None
        # Teams sends a number input as "3", 3 or 3.0, by client.
        whole = _WHOLE.match(number) if number else None
        if value == AS_NOTE and whole is None:
            raise Refusal(BAD_CORRECTION, field=FIELD_ITEM, value=(number or "")[:20])
        lines[int(matched.group(1))] = (value, int(whole.group(1)) if whole else None)
    return lines


def _parsed(data: Mapping[str, Any], key: str, field_name: str, parse):
    value = _text(data, key)
    if not value:
        return None
    try:
        return parse(value)
    except ValueError:
        raise Refusal(BAD_CORRECTION, field=field_name, value=value[:40]) from None


def _day(value: str) -> date:
    day = date.fromisoformat(value)
    if day.year not in _YEARS:
        raise ValueError(value)
    return day


def _clock(value: str) -> time:
    matched = _TIME.match(value)
    if matched is None:
        raise ValueError(value)
    return time(int(matched.group(1)), int(matched.group(2)))


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Refusal(BAD_CORRECTION, field=_FIELDS.get(key.split("_")[1], FIELD_LINE), value="?")
    return " ".join(str(value).split())
