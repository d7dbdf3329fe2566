"""The tasks a referat names, as people write them: a participant or a body, then what they
will do — "Rie undersøger …", "Thomas Richelieu tager sagen … med", "X sørger for", "X booker",
"X har bolden", "Anna will send …", "Ole og Trine sørger for …" (a task each), "Styregruppen
afklarer …", "Slagelse og Køge bidrager …" (one task of both); after "aftalt, at X" or "det
blev besluttet, at X" any verb does ("aftalt, at Povl orienterer lægen"), but "kan" or "ikke"
gives nobody a task.
A sentence with such a verb but nobody known before it, or a first name several participants
have, is reported, not guessed."""

import re
from collections.abc import Iterable, Sequence

from meetings.minutes.importing.decisions import SENTENCE_END, unwrapped
from meetings.minutes.importing.found import (
    AMBIGUOUS_OWNER,
    TASK_TOO_LONG,
    TASK_WITHOUT_OWNER,
    ImportedItem,
    ImportedTask,
    ImportProblem,
    Person,
)
from meetings.tasks.task_fields import MAX_TITLE

_VERB = re.compile(
    r"(?<!\w)(?:undersøger|vender\s+tilbage|rundsender|melder\s+tilbage|sender|sørger\s+for"
    r"|booker|har\s+bolden|tager\s+kontakt|kontakter|laver|udarbejder|afklarer|bidrager"
    r"|følger\s+op|indkalder|inviterer|står\s+for|tager\b[^.]{0,80}?\bmed\b"
    r"|vil\s+bære\b[^.]{0,80}?\bvidere"
    r"|will\s+(?!be\b|not\b)\w+|books|sends|contacts|prepares|follows\s+up)(?!\w)"
)
# List points and dashes that start a new thought within a line: "- Socialtilsyn Øst – Rie …".
_POINT = re.compile(r"(?:^|\s)[-–—•➤○▪]\s+")
_EXCERPT = 160
# A capitalised word just before the verb: somebody is named, but not a participant.
_NAMED = re.compile(r"(?<!\w)[A-ZÆØÅ][\w-]*\s*(?:\([^)]*\)\s*)?$")
# "aftalt at", "Det blev aftalt, at", "Netværket aftalte, at": what follows is somebody's task.
_AGREED = (r"(?i:\b(?:aftalt|aftaltes|aftalte|besluttet|besluttede|agreed|decided),?"
           r"\s+(?:at|that)\s+)")
_LEAD = rf"(?:^|(?<=[:(–—])\s*|{_AGREED})"
# After an agreement any verb will do ("aftalt, at Povl orienterer lægen"), but not a "not" or
# a leave to do it: "aftalt at Povl kan videresende …" gives nobody anything to do.
_ANY_VERB = r"(?=\s+(?!(?:ikke|not|kan|kunne|må|can|could|may)\b)[a-zæøå])"
# Bodies that take tasks: "Styregruppen", "Rammeaftalesekretariatet", "Netværket".
_BODY = r"[A-ZÆØÅ][\wæøå-]*(?:gruppen|sekretariatet|netværket|udvalget|forummet|klyngen)|KL"
_SUFFIX = re.compile(r"\s+(?:kommune|municipality|kommunes)$", re.IGNORECASE)


def tasks_in(items: Sequence[ImportedItem], participants: Sequence[Person],
             problems: list[ImportProblem]) -> list[ImportedTask]:
    names = _names(participants)
    bodies = _bodies(participants)
    if not names:
        return []
    one = "|".join(map(re.escape, names))
    body = "|".join([*map(re.escape, bodies), _BODY])
    owner = (rf"(?:(?P<name>{one})(?:\s+(?:og|and)\s+(?P<second>{one}))?"
             rf"|(?P<body>(?:{body})(?:\s+(?:og|and)\s+(?:{body}))?))")
    leading = re.compile(rf"{_LEAD}{owner}\s*(?:\([^)]*\)\s*)?$")
    agreed = re.compile(rf"{_AGREED}{owner}{_ANY_VERB}")
    tasks: dict[tuple[str, str], ImportedTask] = {}
    for item in items:
        for sentence in _sentences([item.notes, item.decision or ""]):
            found = agreed.search(sentence)
            made = _owned(found, sentence, item.number, names, problems) if found else \
                _tasks_of(sentence, item.number, leading, names, problems)
            for task in made:
                tasks.setdefault((task.owner.name, task.title), task)
    return list(tasks.values())


def _tasks_of(sentence: str, number: int, leading: re.Pattern,
              names: dict[str, list[Person]], problems: list[ImportProblem]) -> list[ImportedTask]:
    for verb in _VERB.finditer(sentence):
        found = leading.search(sentence[: verb.start()])
        if found is None:
            named = _NAMED.search(sentence[: verb.start()])
            if named is not None:  # else "man undersøger …": nobody in particular
                problems.append(ImportProblem(
                    TASK_WITHOUT_OWNER, None, f"{number}: {_short(sentence[named.start():])}"))
            continue
        return _owned(found, sentence, number, names, problems)
    return []


def _owned(found: re.Match, sentence: str, number: int, names: dict[str, list[Person]],
           problems: list[ImportProblem]) -> list[ImportedTask]:
    """The task of the person, the two people or the body `found` names."""
    if found["body"]:
        title = _title(sentence[found.start("body"):], number, problems)
        return [ImportedTask(number, Person(found["body"]), title, owner_is_body=True)]
    title = _title(sentence[found.start("name"):], number, problems)
    owners = [_known(names, found[key]) for key in ("name", "second") if found[key]]
    if any(owner is None for owner in owners):
        problems.append(ImportProblem(AMBIGUOUS_OWNER, None, f"{number}: {_short(title)}"))
        return []
    return [ImportedTask(number, owner, title) for owner in owners]


def _known(names: dict[str, list[Person]], written: str) -> Person | None:
    """The one participant a name is; None when several have it."""
    owners = next(people for name, people in names.items()
                  if name.casefold() == written.casefold())
    return owners[0] if len(owners) == 1 else None


def _names(participants: Sequence[Person]) -> dict[str, list[Person]]:
    """Each full name and first name, longest first so "Rie Nielsen" is tried before "Rie"."""
    names: dict[str, list[Person]] = {}
    for person in participants:
        first = person.name.split()[0]
        for name in dict.fromkeys((person.name, first)):
            if person not in names.setdefault(name, []):
                names[name].append(person)
    return dict(sorted(names.items(), key=lambda pair: -len(pair[0])))


def _bodies(participants: Sequence[Person]) -> list[str]:
    """The participants' organisations, also without "Kommune": "Slagelse", "Region Sjælland"."""
    found = set()
    for person in participants:
        if person.organisation:
            found |= {person.organisation, _SUFFIX.sub("", person.organisation)}
    return sorted(found, key=len, reverse=True)


def _sentences(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        for line in unwrapped(text.splitlines()):
            for point in _POINT.split(line):
                yield from (s.strip() for s in SENTENCE_END.split(point) if s.strip())


def _title(sentence: str, number: int, problems: list[ImportProblem]) -> str:
    """The sentence from the name on, without a bracket it closes but did not open; cut to
    what a task's title takes, and said so (the item's referat keeps the whole sentence)."""
    sentence = sentence.strip()
    while sentence.endswith(")") and sentence.count(")") > sentence.count("("):
        sentence = sentence[:-1].rstrip()
    if len(sentence) <= MAX_TITLE:
        return sentence
    problems.append(ImportProblem(TASK_TOO_LONG, None, f"{number}: {_short(sentence)}"))
    return sentence[: MAX_TITLE - 1].rstrip() + "…"


def _short(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"
