"""Members' names as compared: without case and without accents such as "é", but æ, ø and å are
letters of their own in Danish: "Søren" is not "Soren"."""

import re
import unicodedata
from collections.abc import Sequence

_DANISH_LETTERS = frozenset("æøå")
_ASIDE = re.compile(r"\([^)]*\)")  # "Rie Hansen (Næstved)": the organisation is no part of the name


def members_named(written: str, members: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The members a written name can mean, sorted by name; one whose whole name it is wins."""
    wanted = name_key(written)
    found = sorted(
        ((member_id, name) for member_id, name in members if _means(wanted, name_key(name))),
        key=lambda member: (name_key(member[1]), member[0]),
    )
    exact = [member for member in found if name_key(member[1]) == wanted]
    return exact if len(exact) == 1 else found


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as compared: "Hansen, Rie (Næstved)" and "rie hansen" are alike."""
    name = _ASIDE.sub(" ", name)
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    return tuple(fold(name).split())


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


def fold(text: str) -> str:
    """Lower case and without accents, but with æ, ø and å kept."""
    folded = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if char in _DANISH_LETTERS:
            folded.append(char)
        else:
            decomposed = unicodedata.normalize("NFD", char)
            folded.extend(part for part in decomposed if not unicodedata.combining(part))
    return "".join(folded)
