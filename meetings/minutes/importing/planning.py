"""What minutes propose beyond the meeting itself: the meetings they plan ("Næste møde 15.
marts kl. 9-12", a list of next year's dates), the themes named for coming meetings, and the
roles that titles and labels give ("formand", "sekretær", "referent")."""

import re
from collections.abc import Iterable, Iterator
from datetime import date

from meetings.common.days_in_text import DayMention, find_day
from meetings.minutes.importing.clock import clock_after
from meetings.minutes.importing.found import (
    MINUTE_TAKER,
    PLANNED_WITHOUT_DATE,
    ImportedItem,
    ImportProblem,
    Person,
    PlannedMeeting,
    ProposedRole,
)
from meetings.minutes.importing.people import roles_of

_PLANS = re.compile(
    r"næste\s+møde|next\s+meeting|møde(?:t|rne)?\s+(?:holdes|afholdes|i\s+\d{4})"
    r"|mødedatoer|mødeplan|datoer|møder\s+i\s+\d{4}|meeting\s+dates", re.IGNORECASE)
_POINT = re.compile(r"^\s*[-–•*○▪]\s*")
_YEAR = re.compile(r"\d{4}|[/-]\d{2}$")
_LEAD_YEAR = re.compile(r"\b(20\d{2})\b")
# Points joined on one line: " - " or " • ", but not before a time ("kl. 9 - 12").
_JOINED = re.compile(r"\s+[-•]\s+(?!\d{1,2}(?:[.:]\d{2})?(?:\s|$|\)))")
_WORDS_BEFORE_DATE = 3  # "torsdag den", "fredag d."
_EXCERPT = 160
_THEMES = re.compile(
    r"(?:punkter|emner|temaer)\s+til\s+(?:dagsordenen|næste\s+møde)|topics\s+for\s+the\s+next",
    re.IGNORECASE)


def planned_in(lines: Iterable[str], held: date,
               problems: list[ImportProblem]) -> list[PlannedMeeting]:
    """Meetings after `held` that a line about coming meetings, or a list point under one,
    gives a day for; each day once. In a list of dates, a point without a date first is
    reported ("Fysisk (en anden dato end 7/6)"), not guessed from a date further on."""
    found: dict[date, PlannedMeeting] = {}
    for lead, points in _lists(lines):
        dated = [(point, _date_first(point, held)) for point in points]
        planned = [_planned(lead, held)] + [_listed(point, mention, held, lead)
                                            for point, mention in dated if mention]
        if any(mention for _, mention in dated):
            problems += [ImportProblem(PLANNED_WITHOUT_DATE, None, _short(point))
                         for point, mention in dated if mention is None]
        for meeting in planned:
            if meeting is not None:
                found.setdefault(meeting.day, meeting)
    return list(found.values())


def _lists(lines: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """Each line about coming meetings with the list points under it."""
    lead, points = None, []
    for text in lines:
        if _PLANS.search(text) or (lead is not None and not _POINT.match(text)):
            if lead is not None:
                yield lead, points
            lead, points = (text, []) if _PLANS.search(text) else (None, [])
        elif lead is not None:
            points += points_of(_POINT.sub("", text))
    if lead is not None:
        yield lead, points


def _planned(text: str, held: date) -> PlannedMeeting | None:
    mention = find_day(text, held)
    if mention is None or mention.day is None or mention.day <= held \
            or not any(char.isdigit() for char in mention.written):
        return None
    starts, ends = clock_after(text, mention.span[1])
    return PlannedMeeting(mention.day, starts, ends, _POINT.sub("", text).strip(), None,
                          not _YEAR.search(mention.written))


def points_of(text: str) -> list[str]:
    """A list that a table or web page joined on one line ("a - b - c") apart again; not at
    a time range ("kl. 9 - 12") nor at a dash in brackets."""
    parts, start = [], 0
    for joint in _JOINED.finditer(text):
        if text.count("(", 0, joint.start()) == text.count(")", 0, joint.start()):
            parts.append(text[start:joint.start()])
            start = joint.end()
    return [part.strip() for part in [*parts, text[start:]] if part.strip()]


def _date_first(point: str, held: date) -> DayMention | None:
    """The date a list point starts with ("torsdag den 11. september …"); None without one."""
    mention = find_day(point, held)
    before = point[: mention.span[0]] if mention else ""
    if mention is None or mention.day is None or "(" in before \
            or len(before.split()) > _WORDS_BEFORE_DATE \
            or not any(char.isdigit() for char in mention.written):
        return None
    return mention


def _listed(point: str, mention: DayMention, held: date, lead: str) -> PlannedMeeting | None:
    """A meeting of a list, in the year and at the time the line above names when the point
    names none."""
    day, assumed = mention.day, not _YEAR.search(mention.written)
    if assumed and (year := _LEAD_YEAR.search(lead)):
        day, assumed = _in_year(day, int(year[1])), False
    if day is None or day <= held:
        return None
    starts, ends = clock_after(point, mention.span[1])
    if starts is None:
        starts, ends = clock_after(lead, 0)
    return PlannedMeeting(day, starts, ends, point, None, assumed)


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return None


def _short(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def item_lines(items: Iterable[ImportedItem]) -> list[str]:
    """The lines of the items' referat and decisions; under a title about meetings ("Næste
    møde"), the first line is read with the title, as "Næste møde 14. juni kl. 9-12"."""
    lines = []
    for item in items:
        own = (item.notes + "\n" + (item.decision or "")).splitlines()
        if own and _PLANS.search(item.title) and not _PLANS.search(own[0]):
            own[0] = f"{item.title} {own[0]}"
        lines += own
    return lines


def themes_in(lines: Iterable[str]) -> list[str]:
    """The list points under "Foreløbige punkter til dagsordenen:" and the like."""
    themes, under = [], False
    for text in lines:
        if _THEMES.search(text):
            under = True
        elif under and _POINT.match(text):
            themes.append(_POINT.sub("", text).strip())
        else:
            under = False
    return list(dict.fromkeys(themes))


def roles_in(people: Iterable[Person], minute_taker: Person | None,
             labelled: bool) -> list[ProposedRole]:
    """Roles the titles propose, and the minute-taker a label named."""
    roles = [ProposedRole(person.name, role, person.role or "")
             for person in people for role in roles_of(person)]
    if minute_taker is not None and labelled:
        roles.append(ProposedRole(minute_taker.name, MINUTE_TAKER, "Referent:"))
    unique: dict[tuple[str, str], ProposedRole] = {}
    for role in roles:
        unique.setdefault((role.name, role.role), role)
    return list(unique.values())
