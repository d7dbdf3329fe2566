"""Reading past minutes from plain text (pasted from Word or a web page) without guessing.

Two layouts are read. The network group's: a heading with date and time, "Adresse:",
"Deltagere:" with guests under items and "Referat:", "Fraværende", then a table whose rows are
"<b>1. Title</b><TAB>referat". Rows may run over several lines, and numbers may be written
"1)" as well as "1.". The steering group's: "Dato:", "Sted:", tables of participants and
guests, then "Punkt 1. Title" headings over their referat. What cannot be placed is reported
as a problem with its line; no date, time or items leaves nothing to import.
"""

import re
import unicodedata
from datetime import date, time

from meetings.common.dates import find_day
from meetings.minutes.importing.found import (
    DATE_WITHOUT_YEAR,
    DEFAULT_HOURS,
    GUEST_UNKNOWN_ITEM,
    GUEST_WITHOUT_ITEM,
    NO_DATE,
    NO_END_TIME,
    NO_ITEMS,
    NO_MINUTE_TAKER,
    NO_PARTICIPANTS,
    NO_TIME,
    PRESENT_AND_ABSENT,
    ImportedItem,
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
    Person,
)
from meetings.minutes.importing.html import plain
from meetings.minutes.importing.items import Row, item_rows, items_of_headings, items_of_rows
from meetings.minutes.importing.people import guests_by_item, once, people_of, table_people
from meetings.minutes.importing.tasks import tasks_in
from meetings.tasks.owners import name_key

Line = tuple[int, str]  # (1-based number, text)

_LABEL = re.compile(
    r"^(?P<label>dato|sted|adresse|deltagere|fraværende|afbud|referat|referent|gæster)"
    r"\s*[.:]\s*(?P<rest>.*)$", re.IGNORECASE)
_GUESTS = re.compile(r"\bsamt\b", re.IGNORECASE)
_MINUTE_TAKER = re.compile(r"\b(?:referat|referent)\s*:\s*", re.IGNORECASE)
_CLOCK = re.compile(
    r"\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?"
    r"(?:\s*(?:-|–|til)\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?![\d/]))?", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}|[/-]\d{2}$")
_ONLINE = re.compile(r"virtuel|online|teams", re.IGNORECASE)
_ONLY_ONLINE = ("virtuelt", "virtuel", "online", "teams", "på teams", "via teams")
_TABLE_HEADER = re.compile(r"^(?:dagsordenspunkt|dagsorden)\b", re.IGNORECASE)
_HEADING = re.compile(r"^(?:punkt|pkt\.?)\s+\d{1,2}\s*[.):]\s+\S", re.IGNORECASE)


def read_minutes(text: str) -> MinutesReading:
    lines = [(number, unicodedata.normalize("NFC", raw.rstrip("\r")))
             for number, raw in enumerate(text.split("\n"), start=1)]
    problems: list[ImportProblem] = []
    start, layout = _items_start(lines)
    facts = _Preamble(lines[:start], problems)
    when = facts.when()
    if layout == "table":
        items = items_of_rows(item_rows(lines[start:], problems), problems)
    else:
        items = items_of_headings(lines[start:], problems)
    if not items:
        problems.append(ImportProblem(NO_ITEMS))
    items = _with_guests(items, facts.guests, problems)
    present = once(facts.present)
    absent = _absent(present, once(facts.absent), problems)
    if not present:
        problems.append(ImportProblem(NO_PARTICIPANTS))
    if facts.minute_taker is None:
        problems.append(ImportProblem(NO_MINUTE_TAKER))
    participants = present + [p for p in (facts.minute_taker,) if p] + [
        guest for _, guest in facts.guests]
    tasks = tasks_in(items, participants, problems)
    if when is None or not items:
        return MinutesReading(None, tuple(problems))
    day, starts, ends = when
    return MinutesReading(
        ImportedMinutes(day, starts, ends, facts.heading, facts.place, facts.online,
                        tuple(present), tuple(absent), facts.minute_taker, tuple(items),
                        tuple(tasks)),
        tuple(problems))


def _items_start(lines: list[Line]) -> tuple[int, str]:
    """Where the items begin: the table's header or first numbered row, else the first
    "Punkt 1." heading; the end when there is neither."""
    for index, (_, text) in enumerate(lines):
        if "\t" in text:
            left = plain(text.split("\t", 1)[0])
            if _TABLE_HEADER.match(left) and not _HEADING.match(left) or Row.numbered(left):
                return index, "table"
    for index, (_, text) in enumerate(lines):
        if "\t" not in text and _HEADING.match(plain(text)):
            return index, "headings"
    return len(lines), "table"


class _Preamble:
    """What comes before the items: heading, date and time, place, and the people."""

    def __init__(self, lines: list[Line], problems: list[ImportProblem]) -> None:
        self.problems = problems
        self.heading, self.place, self.online = "", None, False
        self.present: list[Person] = []
        self.absent: list[Person] = []
        self.guests: list[tuple[tuple[int, ...], Person]] = []
        self.minute_taker: Person | None = None
        self._dated: Line | None = None
        index = 0
        while index < len(lines):
            index = self._read(lines, index)

    def _read(self, lines: list[Line], index: int) -> int:
        number, text = lines[index]
        text = plain(text)
        label = _LABEL.match(text)
        if label is None:
            if self._dated is None and _dated(text):
                self._dated = (number, text)
            return index + 1
        kind, rest = label["label"].casefold(), label["rest"].strip()
        if kind == "dato":
            self._dated = (number, rest)
        elif kind in ("sted", "adresse"):
            self.online = bool(_ONLINE.search(rest))
            self.place = None if rest.strip(" .").casefold() in _ONLY_ONLINE else rest or None
        elif kind in ("referat", "referent"):
            self._minute_taker(rest, number)
        elif not rest:
            rows, index = _table(lines, index + 1)
            people = table_people(rows, self.problems)
            if kind == "gæster":
                self.guests += [((), person) for person in people]
            else:
                (self.present if kind == "deltagere" else self.absent).extend(people)
            return index
        elif kind == "deltagere":
            self._participants(rest, number)
        elif kind == "gæster":
            self.guests += [((), person) for person in people_of(rest, number, self.problems)]
        else:
            self.absent += people_of(rest, number, self.problems)
        return index + 1

    def _participants(self, text: str, number: int) -> None:
        taker = list(_MINUTE_TAKER.finditer(text))
        if taker:
            self._minute_taker(text[taker[-1].end():], number)
            text = text[: taker[-1].start()]
        guests = _GUESTS.search(text)
        if guests:
            self.guests += guests_by_item(text[guests.end():], number, self.problems)
            text = text[: guests.start()]
        self.present += people_of(text, number, self.problems)

    def _minute_taker(self, text: str, number: int) -> None:
        people = people_of(text, number, self.problems)
        self.minute_taker = people[0] if people else self.minute_taker

    def when(self) -> tuple[date, time, time] | None:
        if self._dated is None:
            self.problems.append(ImportProblem(NO_DATE))
            return None
        number, text = self._dated
        self.heading = text
        found = find_day(text, date(2000, 1, 1))
        if found is None or found.day is None:
            self.problems.append(ImportProblem(NO_DATE, number, text))
            return None
        if not _YEAR.search(found.written):
            self.problems.append(ImportProblem(DATE_WITHOUT_YEAR, number, found.written))
            return None
        clock = _CLOCK.search(text, found.span[1])
        starts = _time(clock[1], clock[2]) if clock else None
        if starts is None:
            self.problems.append(ImportProblem(NO_TIME, number, text))
            return None
        ends = _time(clock[3], clock[4])
        if ends is None or ends <= starts:
            self.problems.append(ImportProblem(NO_END_TIME, number, text))
            ends = time(min(starts.hour + DEFAULT_HOURS, 23), starts.minute)
        return found.day, starts, ends


def _dated(text: str) -> bool:
    found = find_day(text, date(2000, 1, 1))
    return found is not None and any(char.isdigit() for char in found.written)


def _time(hour: str | None, minute: str | None) -> time | None:
    if hour is None or int(hour) > 23 or int(minute or 0) > 59:
        return None
    return time(int(hour), int(minute or 0))


def _table(lines: list[Line], index: int) -> tuple[list[tuple[int, list[str]]], int]:
    """The tab-separated rows from `index` on, blank lines between them skipped."""
    rows = []
    while index < len(lines):
        number, text = lines[index]
        if text.strip() and "\t" not in text:
            break
        if text.strip():
            rows.append((number, [plain(cell) for cell in text.split("\t")]))
        index += 1
    return rows, index


def _with_guests(items: list[ImportedItem], guests: list[tuple[tuple[int, ...], Person]],
                 problems: list[ImportProblem]) -> list[ImportedItem]:
    """Each guest on the items they came for; a guest of the whole meeting on the one item
    whose referat names them, and reported when that is not exactly one."""
    by_number = {item.number: list(item.guests) for item in items}
    for numbers, guest in guests:
        if not numbers:
            numbers = tuple(item.number for item in items if _names(item, guest))
            if len(numbers) != 1:
                problems.append(ImportProblem(GUEST_WITHOUT_ITEM, None, guest.label))
                continue
        for number in numbers:
            if number not in by_number:
                problems.append(ImportProblem(GUEST_UNKNOWN_ITEM, None,
                                              f"{number}: {guest.label}"))
            elif guest not in by_number[number]:
                by_number[number].append(guest)
    return [ImportedItem(item.number, item.title, item.notes, item.decision,
                         tuple(by_number[item.number])) for item in items]


def _names(item: ImportedItem, person: Person) -> bool:
    text = " ".join(filter(None, (item.title, item.notes, item.decision)))
    return " ".join(person.name.split()).casefold() in " ".join(text.split()).casefold()


def _absent(present: list[Person], absent: list[Person],
            problems: list[ImportProblem]) -> list[Person]:
    """Absentees, but not one also listed as present (reported)."""
    here = {name_key(person.name) for person in present}
    for person in absent:
        if name_key(person.name) in here:
            problems.append(ImportProblem(PRESENT_AND_ABSENT, None, person.name))
    return [person for person in absent if name_key(person.name) not in here]
