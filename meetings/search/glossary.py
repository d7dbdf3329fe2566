"""The Danish–English glossary of the field's words (glossary.tsv), read once."""

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Concept:
    """One concept's terms in each language; a term may be several words ("barnets lov")."""

    danish: tuple[str, ...]
    english: tuple[str, ...]


@cache
def glossary() -> tuple[Concept, ...]:
    text = files(__package__).joinpath("glossary.tsv").read_text(encoding="utf-8")
    return tuple(parse_glossary(text))


def parse_glossary(text: str) -> list[Concept]:
    """Lines of "danish | synonym <TAB> english | synonym"; "#" starts a comment line."""
    concepts = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        sides = line.split("\t")
        if len(sides) != 2:
            raise ValueError(f"glossary line {number}: Danish, a tab, then English")
        danish, english = (tuple(t.strip() for t in side.split("|") if t.strip())
                           for side in sides)
        if not danish or not english:
            raise ValueError(f"glossary line {number}: a term on each side")
        concepts.append(Concept(danish, english))
    return concepts
