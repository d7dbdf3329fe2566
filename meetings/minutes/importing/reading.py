"""Reading past minutes from plain text (pasted from Word or a web page, or extracted from a
PDF) without guessing.

The items are found in any of the layouts minutes are written in: a table whose rows are
"<b>1. Title</b><TAB>referat" (rows may run over several lines), or headings numbered "1.",
"1)", "Ad 1", "Punkt 1", "Item 1" over their referat (layout.py). What comes before them is
the preamble (preamble.py); an e-mail's greeting ends them. What cannot be placed is reported
as a problem with its line, and lines nothing read are kept as unplaced; no date, time or
items leaves nothing to import.
"""

import re
import unicodedata
from dataclasses import replace

from meetings.groups.names import name_key
from meetings.groups.organisations import MAX_ORGANISATION
from meetings.minutes.importing.found import (
    GUEST_UNKNOWN_ITEM,
    GUEST_WITHOUT_ITEM,
    LINE_NOT_PLACED,
    MINUTE_TAKER,
    MINUTE_TAKER_ASSUMED,
    NO_ITEMS,
    NO_MINUTE_TAKER,
    NO_ORGANISATION,
    NO_PARTICIPANTS,
    ORGANISATION_TOO_LONG,
    PLACE_TOO_LONG,
    PRESENT_AND_ABSENT,
    TWO_MEETINGS,
    ImportedItem,
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
    Person,
)
from meetings.minutes.importing.html import plain
from meetings.minutes.importing.items import (
    Row,
    item_rows,
    items_of_headings,
    items_of_rows,
)
from meetings.minutes.importing.layout import (
    closing_at,
    closing_items,
    flattened,
    headings_in,
    is_heading_line,
    split_title,
)
from meetings.minutes.importing.people import once, roles_of
from meetings.minutes.importing.planning import item_lines, planned_in, roles_in, themes_in
from meetings.minutes.importing.preamble import Line, Preamble, another_meeting, label_of
from meetings.minutes.importing.tasks.sentences import tasks_in

MAX_PLACE = 300  # meetings.place
_TABLE_HEADER = re.compile(r"^(?:dagsordenspunkt|dagsorden|punkt)\b", re.IGNORECASE)


def read_minutes(text: str) -> MinutesReading:
    lines = [(number, unicodedata.normalize("NFC", raw.rstrip("\r")))
             for number, raw in enumerate(text.split("\n"), start=1)]
    problems: list[ImportProblem] = []
    table_start = _table_start(lines)
    headings = headings_in(lines) if table_start is None else []
    start = table_start if table_start is not None else (
        headings[0].index - headings[0].title_lines + 1 if headings else len(lines))
    facts = Preamble(lines[:start], problems, is_heading_line)
    end = closing_at(lines, start)
    when = facts.when()
    if when and (second := another_meeting(lines, start, when[0])):
        return _two_meetings(facts, when[0], second, problems)
    if table_start is not None:
        items = items_of_rows(item_rows(lines[start:end], problems), problems)
    else:
        headings += closing_items(lines[:end], headings, flattened(lines[:start]))
        _split_flattened(lines[:start], headings, facts)
        items = items_of_headings(lines[:end], headings, problems)
        items = _taker_in_items(items, facts)
    return _reading(lines, end, facts, when, items, problems)


def _two_meetings(facts: Preamble, day, second, problems: list[ImportProblem]) -> MinutesReading:
    """Refused whole: the second meeting's heading, people and items would land in the first's
    last item, approved and locked."""
    line, other = second
    dates = ", ".join(f"{d:%d-%m-%Y}" for d in (day, other))
    problems.append(ImportProblem(TWO_MEETINGS, line, dates))
    return MinutesReading(None, tuple(problems), tuple(facts.unplaced))


def _reading(lines: list[Line], end: int, facts: Preamble, when, items: list[ImportedItem],
             problems: list[ImportProblem]) -> MinutesReading:
    if not items:
        problems.append(ImportProblem(NO_ITEMS))
    _within_lengths(facts, problems)
    items = _with_guests(items, facts.guests, problems)
    present = once(facts.present)
    absent = _absent(present, once(facts.absent), problems)
    if not present:
        problems.append(ImportProblem(NO_PARTICIPANTS))
    _taker_among(present, facts, problems)
    _taker_marked(present, facts)
    labelled = facts.minute_taker is not None
    assumed = not labelled and _signed_by(lines[end:], present) is not None
    taker = facts.minute_taker or _signed_by(lines[end:], present)
    if taker is None:
        problems.append(ImportProblem(NO_MINUTE_TAKER))
    elif assumed:
        problems.append(ImportProblem(MINUTE_TAKER_ASSUMED, None, taker.label))
    participants = present + [p for p in (taker,) if p] + [guest for _, guest in facts.guests]
    tasks = tasks_in(items, participants, problems)
    unplaced = tuple(facts.unplaced) + tuple(
        ImportProblem(LINE_NOT_PLACED, number, plain(raw)) for number, raw in lines[end:]
        if plain(raw))
    if when is None or not items:
        return MinutesReading(None, tuple(problems), unplaced)
    day, starts, ends = when
    after = item_lines(items) + [plain(raw) for _, raw in lines[end:]]
    planned = planned_in(after, day, problems)
    everyone = [*present, *absent, *(guest for _, guest in facts.guests)]
    return MinutesReading(
        ImportedMinutes(day, starts, ends, facts.heading, facts.place, facts.online,
                        tuple(present), tuple(absent), taker, tuple(items), tuple(tasks),
                        tuple(planned),
                        tuple(roles_in(everyone, taker, labelled)), tuple(themes_in(after)),
                        assumed),
        tuple(problems), unplaced)


def _within_lengths(facts: Preamble, problems: list[ImportProblem]) -> None:
    """The place and the organisations cut to what the database keeps (a meeting's place 300
    characters, an organisation 200), with "…", and said so, as a task's sentence is:
    PostgreSQL refuses a longer value, and the whole import with it."""
    facts.place = _place_within(facts.place, problems)
    facts.present = _people_within(facts.present, problems)
    facts.absent = _people_within(facts.absent, problems)
    facts.guests = [(numbers, _person_within(guest, problems))
                    for numbers, guest in facts.guests]
    if facts.minute_taker is not None:
        facts.minute_taker = _person_within(facts.minute_taker, problems)


def _place_within(place: str | None, problems: list[ImportProblem]) -> str | None:
    if place is None or len(place) <= MAX_PLACE:
        return place
    _say(ImportProblem(PLACE_TOO_LONG, None, _short(place)), problems)
    return _cut(place, MAX_PLACE)


def _people_within(people: list[Person], problems: list[ImportProblem]) -> list[Person]:
    return [_person_within(person, problems) for person in people]


def _person_within(person: Person, problems: list[ImportProblem]) -> Person:
    if person.organisation is None or len(person.organisation) <= MAX_ORGANISATION:
        return person
    _say(ImportProblem(ORGANISATION_TOO_LONG, None, _short(person.label)), problems)
    return replace(person, organisation=_cut(person.organisation, MAX_ORGANISATION))


def _say(problem: ImportProblem, problems: list[ImportProblem]) -> None:
    if problem not in problems:  # a person named twice (present, and the minute-taker)
        problems.append(problem)


def _cut(text: str, length: int) -> str:
    return text[: length - 1].rstrip() + "…"


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:79].rstrip() + "…"


def _table_start(lines: list[Line]) -> int | None:
    """Where a tab-separated table of items begins: its header or first numbered row."""
    for index, (_, text) in enumerate(lines):
        if "\t" in text:
            left = plain(text.split("\t", 1)[0])
            if _TABLE_HEADER.match(left) and not re.match(r"^punkt\s+\d", left, re.I) \
                    or Row.numbered(left):
                return index
    return None


def _split_flattened(preamble: list[Line], headings, facts: Preamble) -> None:
    """A table a PDF export flattened: title and referat share the heading's line."""
    if not flattened(preamble):
        return
    people = [*facts.present, *(guest for _, guest in facts.guests)]
    names = sorted({n for p in people for n in (p.name, p.name.split()[0])}, key=len,
                   reverse=True)
    for heading in headings:
        if not heading.rest:  # a closing item's referat is apart already
            heading.title, heading.rest = split_title(heading.title, names)


def _taker_in_items(items: list[ImportedItem], facts: Preamble) -> list[ImportedItem]:
    """A "Referent: …" line at the end of the last item names the minute-taker."""
    if not items or facts.minute_taker is not None:
        return items
    last = items[-1]
    kept = []
    for line in last.notes.splitlines():
        found = label_of(line)
        if found and found[0] == "taker" and found[1]["rest"]:
            facts._minute_taker(found[1]["rest"], 0)
        else:
            kept.append(line)
    return [*items[:-1], ImportedItem(last.number, last.title, "\n".join(kept), last.decision,
                                      last.guests, last.decisions)]


def _taker_among(present: list[Person], facts: Preamble,
                 problems: list[ImportProblem]) -> None:
    """"Referent: Lotte Vinge" without an organisation is the participant of that name."""
    taker = facts.minute_taker
    if taker is None or taker.organisation:
        return
    found = [person for person in present if name_key(person.name) == name_key(taker.name)]
    if len(found) == 1:
        facts.minute_taker = found[0]
        problems[:] = [p for p in problems
                       if not (p.code == NO_ORGANISATION and p.text == taker.name)]


def _taker_marked(present: list[Person], facts: Preamble) -> None:
    """Without a label, the one participant the list marks "(referent)" takes the minutes;
    two so marked are not chosen between."""
    marked = [person for person in present if MINUTE_TAKER in roles_of(person)]
    if facts.minute_taker is None and len(marked) == 1:
        facts.minute_taker = marked[0]


def _signed_by(lines: list[Line], present: list[Person]) -> Person | None:
    """An e-mail's sender: the participant whose name follows the greeting."""
    for _, raw in lines[1:3]:
        key = name_key(plain(raw))
        found = [person for person in present if name_key(person.name) == key]
        if key and len(found) == 1:
            return found[0]
    return None


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
                         tuple(by_number[item.number]), item.decisions) for item in items]


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
