"""What minutes propose beyond the meeting itself: the meetings they plan ("Næste møde 15.
marts kl. 9-12", a list of next year's dates), the themes named for coming meetings, and the
roles that titles and labels give ("formand", "sekretær", "referent")."""

import re
from collections.abc import Iterable
from datetime import date

from meetings.common.dates import find_day
from meetings.minutes.importing.clock import clock_after
from meetings.minutes.importing.found import (
    MINUTE_TAKER,
    ImportedItem,
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
_THEMES = re.compile(
    r"(?:punkter|emner|temaer)\s+til\s+(?:dagsordenen|næste\s+møde)|topics\s+for\s+the\s+next",
    re.IGNORECASE)


def planned_in(lines: Iterable[str], held: date) -> list[PlannedMeeting]:
    """Meetings after `held` that a line about coming meetings, or a list point under one,
    gives a day for; each day once."""
    found: dict[date, PlannedMeeting] = {}
    about_meetings = False
    for text in lines:
        if _PLANS.search(text):
            about_meetings = True
        elif not (_POINT.match(text) and about_meetings):
            about_meetings = False
            continue
        planned = _planned(text, held)
        if planned is not None:
            found.setdefault(planned.day, planned)
    return list(found.values())


def _planned(text: str, held: date) -> PlannedMeeting | None:
    mention = find_day(text, held)
    if mention is None or mention.day is None or mention.day <= held \
            or not any(char.isdigit() for char in mention.written):
        return None
    starts, ends = clock_after(text, mention.span[1])
    return PlannedMeeting(mention.day, starts, ends, _POINT.sub("", text).strip(), None,
                          not _YEAR.search(mention.written))


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
