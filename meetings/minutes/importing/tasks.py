"""The tasks a referat names: "Rie undersøger …", "Daniel vil bære dette ønske videre til KL",
"Povl melder tilbage …", "X vender tilbage …", "X rundsender …" — X a participant, by first or
full name, at the start of a sentence or list point. A sentence with such a verb but nobody
known before it, or a first name several participants have, is reported, not guessed."""

import re
from collections.abc import Iterable, Sequence

from meetings.minutes.importing.found import (
    AMBIGUOUS_OWNER,
    TASK_WITHOUT_OWNER,
    ImportedItem,
    ImportedTask,
    ImportProblem,
    Person,
)

_VERB = re.compile(
    r"(?<!\w)(?:undersøger|vender\s+tilbage|rundsender|melder\s+tilbage"
    r"|vil\s+bære\b[^.]{0,80}?\bvidere)(?!\w)"
)
# List points and dashes that start a new thought within a line: "- Socialtilsyn Øst – Rie …".
_POINT = re.compile(r"(?:^|\s)[-–—•➤○▪]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\)?\s+(?=[A-ZÆØÅ])")
_EXCERPT = 160
# A capitalised word just before the verb: somebody is named, but not a participant.
_NAMED = re.compile(r"(?<!\w)[A-ZÆØÅ][\w-]*\s*(?:\([^)]*\)\s*)?$")


def tasks_in(items: Sequence[ImportedItem], participants: Sequence[Person],
             problems: list[ImportProblem]) -> list[ImportedTask]:
    names = _names(participants)
    if not names:
        return []
    leading = re.compile(
        rf"(?:^|(?<=[:(–—])\s*)(?P<name>{'|'.join(map(re.escape, names))})"
        r"\s*(?:\([^)]*\)\s*)?$")
    tasks: dict[tuple[str, str], ImportedTask] = {}
    for item in items:
        for sentence in _sentences([item.notes, item.decision or ""]):
            for verb in _VERB.finditer(sentence):
                found = leading.search(sentence[: verb.start()])
                if found is None:
                    named = _NAMED.search(sentence[: verb.start()])
                    if named is not None:  # else "man undersøger …": nobody in particular
                        problems.append(ImportProblem(
                            TASK_WITHOUT_OWNER, None,
                            f"{item.number}: {_short(sentence[named.start():])}"))
                    continue
                owners = names[found["name"]]
                title = _title(sentence[found.start("name"):])
                if len(owners) > 1:
                    problems.append(ImportProblem(AMBIGUOUS_OWNER, None,
                                                   f"{item.number}: {_short(title)}"))
                    continue
                tasks.setdefault((owners[0].name, title),
                                 ImportedTask(item.number, owners[0], title))
    return list(tasks.values())


def _names(participants: Sequence[Person]) -> dict[str, list[Person]]:
    """Each full name and first name, longest first so "Rie Nielsen" is tried before "Rie"."""
    names: dict[str, list[Person]] = {}
    for person in participants:
        first = person.name.split()[0]
        for name in dict.fromkeys((person.name, first)):
            if person not in names.setdefault(name, []):
                names[name].append(person)
    return dict(sorted(names.items(), key=lambda pair: -len(pair[0])))


def _sentences(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        for line in text.splitlines():
            for point in _POINT.split(line):
                yield from (s.strip() for s in _SENTENCE_END.split(point) if s.strip())


def _title(sentence: str) -> str:
    """The sentence from the name on, without a bracket it closes but did not open."""
    sentence = sentence.strip()
    while sentence.endswith(")") and sentence.count(")") > sentence.count("("):
        sentence = sentence[:-1].rstrip()
    return sentence


def _short(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"
