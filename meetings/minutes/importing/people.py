"""Reading the people of past minutes: "Name (Organisation)" lists where "A og B (Org)" share
the organisation, guests "under pkt. 3 …; under punkt 6 og 7 …", tables of name, title and
workplace, and one person a line: "Name - Organisation (formand)", "Name, Organisation".
A name without an organisation is kept and reported."""

import re

from meetings.groups.names import name_key
from meetings.minutes.importing.found import (
    CHAIR,
    MINUTE_TAKER,
    NO_NAME,
    NO_ORGANISATION,
    SECRETARY,
    ImportProblem,
    Person,
)

_PARENTHESES = re.compile(r"([^()]*)\(([^()]*)\)")
_AND = re.compile(r"(?:^|\s+)(?:og|and|&)\s+", re.IGNORECASE)
_EDGES = " \t.,;:-–—"
_LEADING_AND = re.compile(r"^(?:og|and|samt)(?:\s+|$)", re.IGNORECASE)
_TRAILING_AND = re.compile(r"\s+(?:og|and|samt)$", re.IGNORECASE)
# "under pkt. 3", "under punkt 5:", "punkt 3", "under punkt 6 og 7", "pkt. 6-7"
ITEM_MARK = re.compile(
    r"(?:\bunder\s+)?\b(?:pkt\.?|punkt(?:erne)?)\s*"
    r"(?P<numbers>\d{1,2}(?:\s*(?:,|og|&|-|–)\s*\d{1,2})*)\s*:?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,2}")
_RANGE = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
_NAME_COLUMN = ("navn", "name")
# Titles that propose a role in the group; "næstformand" is not the chair.
ROLE_WORDS = (
    (CHAIR, re.compile(r"(?<![\w-])(?:formand|forperson|chair(?:man|person)?)(?![\w-])", re.I)),
    (SECRETARY, re.compile(r"(?<![\w-])(?:sekretær|secretary)(?![\w-])", re.I)),
    (MINUTE_TAKER, re.compile(r"(?<![\w-])(?:referent|minute[- ]taker|ref(?:\.|$))(?![\w-])",
                              re.I)),
)
_ONLY_ROLE = re.compile(
    r"^(?:formand|forperson|chair(?:man|person)?|sekretær|secretary|referent|ref\.?"
    r"|minute[- ]taker)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–•*○▪➤]|\d{1,2}[.)])\s+")
_DASH = re.compile(r"\s+[-–—]\s+")
_BRACKET_END = re.compile(r"\(([^()]*)\)\s*$")
_ORGANISATION_COLUMN = ("arbejdssted", "organisation", "kommune", "workplace")


def people_of(text: str, line: int, problems: list[ImportProblem]) -> list[Person]:
    """Everyone in a "Name (Organisation), …" list, in order."""
    people: list[Person] = []
    end = 0
    for match in _PARENTHESES.finditer(text):
        organisation, role = _bracket(" ".join(match[2].split()))
        if organisation is None and role and people and not match[1].strip(_EDGES):
            people[-1] = _with_role(people[-1], role)  # "Name (Org) (referent)"
        else:
            named = _named(match[1], organisation, line, problems)
            people += [*named[:-1], _with_role(named[-1], role)] if named else []
        end = match.end()
    return people + _named(text[end:], None, line, problems)


def _bracket(inside: str) -> tuple[str | None, str | None]:
    """A bracket's organisation and the role written in it: "(Holbæk, referent)",
    "(referent)"."""
    if _ONLY_ROLE.match(inside.strip(_EDGES)):
        return None, inside.strip()
    parts = [part.strip() for part in re.split(r"[,;]", inside)]
    if len(parts) > 1 and _ONLY_ROLE.match(parts[-1].strip(_EDGES)):
        return ", ".join(parts[:-1]) or None, parts[-1]
    return inside or None, None


def _named(names: str, organisation: str | None, line: int,
           problems: list[ImportProblem]) -> list[Person]:
    """The names before one "(Organisation)": those joined by "og" share it; a name before a
    comma stands alone, without one."""
    parts = re.split(r"[,;]", names)
    people: list[Person] = []
    for index, part in enumerate(parts):
        shared = organisation if index == len(parts) - 1 else None
        if people and _ONLY_ROLE.match(part.strip(_EDGES)):  # "Karen Møller, chair (Org)"
            people[-1] = Person(people[-1].name, shared or people[-1].organisation,
                                part.strip(_EDGES))
            continue
        for written in _AND.split(part):
            written = written.strip(_EDGES)
            if not written:
                continue
            name, role = split_role(written)
            if not name:
                problems.append(ImportProblem(NO_NAME, line, written))
                continue
            people.append(Person(name, shared, role))
    for person in people:
        if person.organisation is None:
            problems.append(ImportProblem(NO_ORGANISATION, line, person.name))
    if organisation and not people:
        problems.append(ImportProblem(NO_NAME, line, f"({organisation})"))
    return people


def line_people(text: str, line: int, problems: list[ImportProblem]) -> list[Person]:
    """One line of a list of people: "- Name - Organisation (formand)", "Name, Organisation",
    or a "Name (Organisation), …" list."""
    text = _BULLET.sub("", text).strip()
    role = None
    if (end := _BRACKET_END.search(text)) and _ONLY_ROLE.match(end[1].strip()):
        role, text = end[1].strip(), text[: end.start()].strip()
    dashed = _DASH.split(text, maxsplit=1)
    if len(dashed) == 2 and "(" not in text:
        return [_with_role(_one(dashed[0], dashed[1], line, problems), role)]
    if "(" not in text and text.count(",") == 1:
        name, organisation = text.split(",")
        if not _ONLY_ROLE.match(organisation.strip(_EDGES)):
            return [_with_role(_one(name, organisation, line, problems), role)]
    people = people_of(text, line, problems)
    return [_with_role(people[0], role), *people[1:]] if people else []


def _one(name: str, organisation: str, line: int, problems: list[ImportProblem]) -> Person:
    name, written_role = split_role(name.strip(_EDGES))
    organisation = organisation.strip(_EDGES) or None
    if organisation is None:
        problems.append(ImportProblem(NO_ORGANISATION, line, name))
    return Person(name, organisation, written_role)


def _with_role(person: Person, role: str | None) -> Person:
    if role is None:
        return person
    return Person(person.name, person.organisation, ", ".join(filter(None, (person.role, role))))


def roles_of(person: Person) -> list[str]:
    """The roles a person's title proposes: "Direktør, formand" → [CHAIR]."""
    return [role for role, words in ROLE_WORDS if words.search(person.role or "")]


def split_role(written: str) -> tuple[str, str | None]:
    """"Heidi Kersebo ass. oversygeplejerske" → the name (its capitalised words) and the rest."""
    words = written.split()
    count = 0
    while count < len(words) and words[count][0].isupper():
        count += 1
    return " ".join(words[:count]), " ".join(words[count:]) or None


def guests_by_item(text: str, line: int,
                   problems: list[ImportProblem]) -> list[tuple[tuple[int, ...], Person]]:
    """Guests after "Samt": each with the items they came for (none: the whole meeting)."""
    marks = list(ITEM_MARK.finditer(text))
    found = [((), person) for person in _segment(text[: marks[0].start() if marks else None],
                                                  line, problems)]
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else None
        numbers = item_numbers(mark["numbers"])
        found += [(numbers, person) for person in _segment(text[mark.end():end], line, problems)]
    return found


def _segment(text: str, line: int, problems: list[ImportProblem]) -> list[Person]:
    text = _LEADING_AND.sub("", text.strip(_EDGES))
    text = _TRAILING_AND.sub("", text).strip(_EDGES)
    return people_of(text, line, problems) if text else []


def item_numbers(written: str) -> tuple[int, ...]:
    """"3" → (3,), "6 og 7" → (6, 7), "6-8" → (6, 7, 8)."""
    if span := _RANGE.fullmatch(written.strip()):
        return tuple(range(int(span[1]), int(span[2]) + 1))
    return tuple(dict.fromkeys(int(number) for number in _NUMBER.findall(written)))


def table_people(rows: list[tuple[int, list[str]]],
                 problems: list[ImportProblem]) -> list[Person]:
    """A table of people, one per row: name, title, workplace; a header row says which is
    which, else the first column is the name and the last the workplace."""
    name_at, organisation_at, people = 0, -1, []
    for line, cells in rows:
        lowered = [" ".join(cell.split()).casefold() for cell in cells]
        if any(cell in _NAME_COLUMN for cell in lowered):
            name_at = next(i for i, cell in enumerate(lowered) if cell in _NAME_COLUMN)
            organisation_at = next(
                (i for i, cell in enumerate(lowered) if cell in _ORGANISATION_COLUMN), -1)
            continue
        name = " ".join(cells[name_at].split()) if len(cells) > name_at else ""
        if not name_key(name):
            problems.append(ImportProblem(NO_NAME, line, " | ".join(cells)))
            continue
        organisation = " ".join(cells[organisation_at].split()) if len(cells) > 1 else None
        roles = [c for i, c in enumerate(cells) if i not in (name_at, organisation_at % len(cells))]
        if not organisation:
            problems.append(ImportProblem(NO_ORGANISATION, line, name))
        people.append(Person(name, organisation or None, ", ".join(roles).strip() or None))
    return people


def once(people: list[Person]) -> list[Person]:
    """Each person once: lists of absentees repeat names."""
    seen: dict[tuple[str, ...], Person] = {}
    for person in people:
        seen.setdefault(name_key(person.name), person)
    return list(seen.values())
