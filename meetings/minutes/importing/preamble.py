"""What comes before the items of past minutes: the heading with date and time, the place, who
came, who sent regrets, the guests and the minute-taker, under labels in Danish or English,
inline, over several lines, one person a line or in a table. Lines nothing reads are kept."""

import re
from datetime import date, time

from meetings.common.days_in_text import find_day
from meetings.minutes.importing.clock import clock_after
from meetings.minutes.importing.found import (
    DATE_WITHOUT_YEAR,
    DEFAULT_HOURS,
    LINE_NOT_PLACED,
    NO_DATE,
    NO_END_TIME,
    NO_TIME,
    ImportProblem,
    Person,
)
from meetings.minutes.importing.html import plain
from meetings.minutes.importing.people import (
    ITEM_MARK,
    guests_by_item,
    item_numbers,
    line_people,
    people_of,
    table_people,
)

Line = tuple[int, str]  # (1-based number, text)

_KINDS = {
    "date": r"dato|mødedato|date",
    "place": r"sted|mødested|adresse|location|place|venue",
    "present": r"deltagere|til\s+stede|tilstede|present|attendees|participants",
    "absent": r"fraværende|afbud|apologies|absent|regrets",
    "taker": r"referat|referent|minutes\s+taken\s+by|minute[- ]taker",
    "guests": r"gæster|gæst|guests|guest",
    "time": r"tidspunkt|klokkeslæt|mødetid|tid|time|kl",
}
LABEL = re.compile(
    r"^[#*\s-]*(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()) + r")"
    r"(?P<mark>\s+(?:under\s+)?(?:pkt\.?|punkt(?:erne)?)\s*[\d\s,og&-]+)?"
    r"\s*[.:]\s*(?P<rest>.*)$", re.IGNORECASE)
_MAIL_HEADER = re.compile(r"^(?:fra|sendt|til|cc|emne|from|sent|to|subject)\s*:", re.IGNORECASE)
_GUESTS = re.compile(r"\bsamt\b", re.IGNORECASE)
_MINUTE_TAKER = re.compile(r"\b(?:referat|referent)\s*:\s*", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}|[/-]\d{2}$")
# A minutes heading: "REFERAT", "KKR – REFERAT - Netværksgruppe …", "Minutes of …", the word
# among the line's first words and no label ("Referat: Rie Nielsen" names the minute-taker).
_MINUTES_HEADING = re.compile(r"^[#*\s]*(?:[^\s:]+\s+){0,3}(?:møde)?(?:referat|minutes)\b(?!\s*:)",
                              re.IGNORECASE)
ONLINE = re.compile(r"virtuel|online|teams", re.IGNORECASE)
_ONLY_ONLINE = re.compile(r"^(?:(?:på|via|på\s+ms|ms)\s+)?(?:virtuelt?|online|teams)"
                          r"(?:\s*\(?(?:(?:via|på)\s+)?teams\)?)?$", re.IGNORECASE)


def label_of(text: str) -> tuple[str, re.Match] | None:
    match = LABEL.match(plain(text))
    if match is None:
        return None
    return next(kind for kind in _KINDS if match[kind]), match


class Preamble:
    """The meeting's facts from the lines before the items."""

    def __init__(self, lines: list[Line], problems: list[ImportProblem],
                 is_item=lambda text: False) -> None:
        self.problems, self.is_item = problems, is_item
        self.heading, self.place, self.online = "", None, False
        self.present: list[Person] = []
        self.absent: list[Person] = []
        self.guests: list[tuple[tuple[int, ...], Person]] = []
        self.minute_taker: Person | None = None
        self.unplaced: list[ImportProblem] = []
        self._dated: list[tuple[int, str, bool]] = []  # (line, text, labelled)
        self._clocks: list[tuple[int, str, str]] = []  # (line, text, "kl. " and its time)
        index = 0
        while index < len(lines):
            index = self._read(lines, index)

    def _read(self, lines: list[Line], index: int) -> int:
        number, raw = lines[index]
        text = plain(raw)
        found = label_of(raw)
        if found is not None and found[0] == "time" and _dated(text):
            found = None  # "Kl. 10-13 den 5/2 2024" is the date's line, time and all
        if found is None:
            if _MAIL_HEADER.match(text) is None and _dated(text):
                self._dated.append((number, _joined(lines, index), False))
            elif text.strip():
                self.unplaced.append(ImportProblem(LINE_NOT_PLACED, number, text))
            return index + 1
        kind, label = found
        rest = label["rest"].strip()
        if kind == "date":
            self._dated.append((number, _joined(lines, index) if rest else rest, True))
        elif kind == "place":
            self.online = self.online or bool(ONLINE.search(rest))
            self.place = None if _ONLY_ONLINE.match(rest.strip(" .")) else rest or None
        elif kind == "taker" and rest:
            self._minute_taker(rest, number)
        elif kind == "time":
            self._clocks.append((number, text.strip(), f"kl. {rest}"))
        elif rest:
            rest, index = self._continued(lines, index, rest)
            self._people(kind, rest, number, label["mark"])
            return index
        else:
            return self._block(kind, lines, index + 1, label["mark"])
        return index + 1

    def _continued(self, lines: list[Line], index: int, text: str) -> tuple[str, int]:
        """A list of people broken over lines: the next line continues it while the list
        ends in a comma or "og", or the line goes on with a bracket or a small letter."""
        index += 1
        while index < len(lines):
            following = plain(lines[index][1])
            if not following or label_of(following) or self.is_item(following):
                break
            if not (re.search(r"(?:,|\bog|\band|[^)\s])$", text)
                    or re.match(r"[(a-zæøå]", following)):
                break
            text, index = f"{text} {following}", index + 1
        return text, index

    def _block(self, kind: str, lines: list[Line], index: int, mark: str | None) -> int:
        """A label alone on its line: a table of people, or one person a line."""
        while index < len(lines) and not lines[index][1].strip():
            index += 1
        if index < len(lines) and "\t" in lines[index][1]:
            rows, index = _table(lines, index)
            self._add(kind, table_people(rows, self.problems), mark)
            return index
        while index < len(lines):
            number, raw = lines[index]
            text = plain(raw)
            if not text or label_of(raw) or self.is_item(text):
                break
            if kind == "taker":
                self._minute_taker(text, number)
            else:
                self._add(kind, line_people(text, number, self.problems), mark)
            index += 1
        return index

    def _people(self, kind: str, text: str, number: int, mark: str | None) -> None:
        if kind == "present":
            self._participants(text, number)
        elif kind == "guests" and not mark:
            self.guests += guests_by_item(text, number, self.problems)
        else:
            self._add(kind, people_of(text, number, self.problems), mark)

    def _add(self, kind: str, people: list[Person], mark: str | None) -> None:
        if kind == "guests":
            numbers = item_numbers(ITEM_MARK.search(mark)["numbers"]) if mark else ()
            self.guests += [(numbers, person) for person in people]
        elif kind == "taker":
            self.minute_taker = people[0] if people else self.minute_taker
        else:
            (self.present if kind == "present" else self.absent).extend(people)

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
        people = line_people(text, number, self.problems)
        self.minute_taker = people[0] if people else self.minute_taker

    def when(self) -> tuple[date, time, time] | None:
        """The labelled date first, else the first date with a time, else the first date."""
        if not self._dated:
            self.problems.append(ImportProblem(NO_DATE))
            return None
        number, text, _ = min(self._dated, key=lambda d: (not d[2], not _timed(d[1])))
        self.online = self.online or bool(ONLINE.search(text))
        self.heading = text
        found = find_day(text, date(2000, 1, 1))
        if found is None or found.day is None:
            self.problems.append(ImportProblem(NO_DATE, number, text))
            return None
        if not _YEAR.search(found.written):
            self.problems.append(ImportProblem(DATE_WITHOUT_YEAR, number, found.written))
            return None
        starts, ends = clock_after(text, found.span[1])
        if starts is None and (clock := self._clock_after(number)):
            self.heading = f"{text}, {clock[0]}"
            starts, ends = clock_after(clock[1], 0)
        if starts is None:
            self.problems.append(ImportProblem(NO_TIME, number, text))
            return None
        if ends is None or ends <= starts:
            self.problems.append(ImportProblem(NO_END_TIME, number, text))
            ends = time(min(starts.hour + DEFAULT_HOURS, 23), starts.minute)
        return found.day, starts, ends


    def _clock_after(self, number: int) -> tuple[str, str] | None:
        """A time on a labelled line of its own ("Tidspunkt: kl. 10-13", "Kl. 10.00-13.00",
        "Time: 10:00-13:00"): the first after the date's line, else the first before it."""
        timed = [c for c in self._clocks if clock_after(c[2], 0)[0] is not None]
        after = [c for c in timed if c[0] > number] or timed
        return (after[0][1], after[0][2]) if after else None


def another_meeting(lines: list[Line], start: int, day: date) -> tuple[int, date] | None:
    """The line and date of a second meeting's minutes after the first's items began at
    `start`: a minutes heading with a date of another day, its year and a time, on its line or
    labelled lines below it ("REFERAT", "Dato: 24-11-2023", "Kl. 10-13"), and a list of who
    came or did not soon after. A referat an item mentions ("Godkendelse af referat fra 24/11
    2023") has neither; a table's row is no heading."""
    for index in range(start, len(lines)):
        number, raw = lines[index]
        text = plain(raw)
        if "\t" in raw or len(text) > 200 or not _MINUTES_HEADING.match(text):
            continue
        heading = " ".join([text, *_labelled(lines[index + 1:index + 4], ("date", "time"))])
        found = find_day(heading, date(2000, 1, 1))
        if found is None or found.day in (None, day) or not re.search(r"\d{4}", found.written):
            continue
        people = _labelled(lines[index + 1:index + 30], ("present", "absent"))
        if people and clock_after(heading, found.span[1])[0] is not None:
            return number, found.day
    return None


def _labelled(lines: list[Line], kinds: tuple[str, ...]) -> list[str]:
    """The lines that are labelled one of `kinds`, blank lines skipped."""
    return [plain(raw) for _, raw in lines if (found := label_of(raw)) and found[0] in kinds]


def _dated(text: str) -> bool:
    found = find_day(text, date(2000, 1, 1))
    return found is not None and any(char.isdigit() for char in found.written)


def _timed(text: str) -> bool:
    found = find_day(text, date(2000, 1, 1))
    return found is not None and clock_after(text, found.span[1])[0] is not None


def _joined(lines: list[Line], index: int) -> str:
    """The line, and the next when a time range is broken after its dash ("kl. 10.00-")."""
    text = plain(lines[index][1])
    if re.search(r"[-–]$", text) and index + 1 < len(lines):
        text = f"{text} {plain(lines[index + 1][1])}"
    return text


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
