"""Who a task line names as owner: a member, several members of one name, someone outside, or
a person the group does not know ("Lotte ringer …" with no Lotte in it), whom the writer must
place. Names compare as meetings.groups.names says.

A task has one owner. A line naming members joined by "og"/"and"/"," ("Rie og Daniel
undersøger …", "ansvarlig: Rie og Daniel") names SEVERAL: the bot asks which of them owns it,
as it asks between two members of one name, rather than guess the first or take the whole for
one person outside the group. A name among them that no member has ("Rie og Lotte") is offered
too, as the person outside the group that "ansvarlig: Lotte" alone would make; so is each
of two or more such names in "ansvarlig:" with no member among them ("Lotte og Karen").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetings.groups.names import fold, members_named, name_key
from meetings.tasks.sentence_subject import names_someone, reads_as_name

if TYPE_CHECKING:
    from meetings.tasks.line import TaskLine

MEMBER = "member"
OUTSIDE = "outside"
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"  # a person's name, no member's: outside the group, or a member misnamed?
SEVERAL = "several"  # members named together, "Rie og Daniel": which of them owns it?
NONE = "none"

_NAME_WORDS = 3  # the longest name read from the start of a sentence
_AND = frozenset({"og", "and", "&"})


@dataclass(frozen=True)
class OwnerMatch:
    """What the owner named in a line turned out to be."""

    kind: str  # MEMBER | OUTSIDE | AMBIGUOUS | SEVERAL | UNKNOWN | NONE (NONE: the writer's)
    member_id: int | None = None
    name: str | None = None  # the member's name, or the name as written
    candidates: tuple[tuple[int, str], ...] = ()  # (member_id, name) when ambiguous or several
    outsiders: tuple[str, ...] = ()  # names no member has, named with members (SEVERAL)


def resolve_owner(line: TaskLine, members: Sequence[tuple[int, str, str]],
                  left: Sequence[str] = ()) -> OwnerMatch:
    """The owner among members (member_id, name, teams_id); an @mention counts before a name.

    A name written in "ansvarlig:" that matches nobody is a person outside the group; first
    words that match nobody but read as a person doing something ("Lotte ringer") are UNKNOWN,
    to be asked about; any other first word is just the start of the sentence. Named with
    members, a name of one who `left` the group is never offered as a person outside it.
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
    together, outsiders = _named_together(hint if explicit else line.title, named,
                                          explicit=explicit, left=left)
    if together or outsiders:
        return OwnerMatch(SEVERAL, name=hint, candidates=together, outsiders=outsiders)
    found = members_named(hint, named) if explicit else _named_first(hint, line.title, named)
    if len(found) == 1:
        return OwnerMatch(MEMBER, found[0][0], found[0][1])
    if found:
        return OwnerMatch(AMBIGUOUS, name=hint, candidates=tuple(found))
    if explicit:
        return OwnerMatch(OUTSIDE, name=hint)
    return OwnerMatch(UNKNOWN, name=hint) if names_someone(hint, line.title) else OwnerMatch(NONE)


def _named_first(
    hint: str, title: str, members: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Members named by the words the title starts with, the longest reading first, so that
    "rie hansen undersøger" means Rie Hansen although lower case ended the hint at "rie"."""
    words, least = title.split(), len(name_key(hint))
    if tuple(fold(" ".join(words[:least])).split()) != name_key(hint):
        return members_named(hint, members)
    for length in range(_NAME_WORDS, least - 1, -1):
        if found := members_named(" ".join(words[:length]), members):
            return found
    return []


def _named_together(
    text: str, members: Sequence[tuple[int, str]], *, explicit: bool, left: Sequence[str] = ()
) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...]]:
    """The members named at the start of text joined by "og"/"and"/"," ("Rie og Daniel
    undersøger", "Rie, Daniel og Lisbet"), and the names among them that no member has, when
    two names or more are written, a member has one of them and, outside "ansvarlig:", another
    is a member's or written as a person's ("Rie og Lotte"); in "ansvarlig:" no member and two
    names or more, each written as a person's, are those persons outside the group ("Lotte og
    Karen"); ((), ()) otherwise, so "Daniel og KL aftaler …" stays Daniel's and "ansvarlig:
    Børne- og Ungeforvaltningen" one owner outside the group. Never the whole as one person
    outside the group when a member is among them."""
    names = _names_joined(text)
    found: list[tuple[int, str]] = []
    outsiders: list[str] = []
    leavers = [(0, name) for name in left]
    gone = 0  # names of those who left: they count as named, and are offered to nobody
    for name in names if len(names) >= 2 else ():
        if named := members_named(name, members):
            found += [member for member in named if member not in found]
        elif members_named(name, leavers):
            gone += 1
        elif explicit or reads_as_name(name):
            outsiders.append(name)
    if not found:
        apart = explicit and len(outsiders) >= 2 and all(map(reads_as_name, outsiders))
        return (), tuple(outsiders) if apart else ()
    if len(found) + len(outsiders) + gone < (1 if explicit else 2):
        return (), ()
    return tuple(found), tuple(outsiders)


def _names_joined(text: str) -> list[str]:
    """"Rie og Daniel undersøger …" -> ["Rie", "Daniel"]: names of up to three words, a small
    word after a name's first word ending them, as "undersøger" ends the list."""
    names: list[list[str]] = [[]]
    for word in text.split():
        bare = word.rstrip(",;:.")
        if bare.casefold() in _AND and names[-1]:
            names.append([])
            continue
        if not bare or not bare[0].isalpha() or (names[-1] and not bare[0].isupper()) \
                or len(names[-1]) == _NAME_WORDS:
            break
        names[-1].append(bare)
        if word.endswith(","):
            names.append([])
    return [" ".join(name) for name in names if name]
