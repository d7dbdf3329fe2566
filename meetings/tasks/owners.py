"""Who a task line names as owner: a member, several members of one name, someone outside, or
a person the group does not know ("Lotte ringer …" with no Lotte in it), whom the writer must
place.

Names compare without case and without accents such as "é", but æ, ø and å are letters of their
own in Danish: "Søren" is not "Soren".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetings.tasks.sentence_subject import names_someone

if TYPE_CHECKING:
    from meetings.tasks.line import TaskLine

MEMBER = "member"
OUTSIDE = "outside"
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"  # a person's name, no member's: outside the group, or a member misnamed?
NONE = "none"

_DANISH_LETTERS = frozenset("æøå")
_NAME_WORDS = 3  # the longest name read from the start of a sentence
_ASIDE = re.compile(r"\([^)]*\)")  # "Rie Hansen (Næstved)": the organisation is no part of the name


@dataclass(frozen=True)
class OwnerMatch:
    """What the owner named in a line turned out to be."""

    kind: str  # MEMBER | OUTSIDE | AMBIGUOUS | UNKNOWN | NONE (nobody named: the writer owns it)
    member_id: int | None = None
    name: str | None = None  # the member's name, or the name as written
    candidates: tuple[tuple[int, str], ...] = ()  # (member_id, name) when ambiguous


def resolve_owner(line: TaskLine, members: Sequence[tuple[int, str, str]]) -> OwnerMatch:
    """The owner among members (member_id, name, teams_id); an @mention counts before a name.

    A name written in "ansvarlig:" that matches nobody is a person outside the group; first
    words that match nobody but read as a person doing something ("Lotte ringer") are UNKNOWN,
    to be asked about; any other first word is just the start of the sentence.
    """
    hint, explicit = line.owner_hint, line.owner_explicit
    if line.mention is not None:
        teams_id, mentioned = line.mention
        for member_id, name, member_teams_id in members:
            if member_teams_id == teams_id:
                return OwnerMatch(MEMBER, member_id, name)
        # Mentioned but not a member here: the name says who, and it was meant as the owner.
        hint, explicit = mentioned or hint, True
    if not hint or not name_key(hint):
        return OwnerMatch(NONE)
    named = [(member_id, name) for member_id, name, _ in members]
    found = members_named(hint, named) if explicit else _named_first(hint, line.title, named)
    if len(found) == 1:
        return OwnerMatch(MEMBER, found[0][0], found[0][1])
    if found:
        return OwnerMatch(AMBIGUOUS, name=hint, candidates=tuple(found))
    if explicit:
        return OwnerMatch(OUTSIDE, name=hint)
    return OwnerMatch(UNKNOWN, name=hint) if names_someone(hint, line.title) else OwnerMatch(NONE)


def members_named(written: str, members: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The members a written name can mean, sorted by name; one whose whole name it is wins."""
    wanted = name_key(written)
    found = sorted(
        ((member_id, name) for member_id, name in members if _means(wanted, name_key(name))),
        key=lambda member: (name_key(member[1]), member[0]),
    )
    exact = [member for member in found if name_key(member[1]) == wanted]
    return exact if len(exact) == 1 else found


def _named_first(
    hint: str, title: str, members: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Members named by the words the title starts with, the longest reading first, so that
    "rie hansen undersøger" means Rie Hansen although lower case ended the hint at "rie"."""
    words, least = title.split(), len(name_key(hint))
    if tuple(_fold(" ".join(words[:least])).split()) != name_key(hint):
        return members_named(hint, members)
    for length in range(_NAME_WORDS, least - 1, -1):
        if found := members_named(" ".join(words[:length]), members):
            return found
    return []


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as compared: "Hansen, Rie (Næstved)" and "rie hansen" are alike."""
    name = _ASIDE.sub(" ", name)
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    return tuple(_fold(name).split())


# Danish alphabetical order puts æ, ø and å, in that order, after z.
_AFTER_Z = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def sort_key(name: str) -> str:
    """A name as Danish lists sort it: case and accents aside, Åse after Zakarias."""
    return " ".join(name_key(name)).translate(_AFTER_Z)


def _means(written: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """The first name is the same and any further written words follow in the name, in order:
    "Rie" and "Rie Hansen" mean Rie Hansen, and so does "Anne Holm" Anne Marie Holm."""
    if not written or not name or written[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(word in rest for word in written[1:])


def _fold(text: str) -> str:
    folded = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if char in _DANISH_LETTERS:
            folded.append(char)
        else:
            decomposed = unicodedata.normalize("NFD", char)
            folded.extend(part for part in decomposed if not unicodedata.combining(part))
    return "".join(folded)
