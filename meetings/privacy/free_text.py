"""An erased person's name in free text: the ways their group writes it, and the rewrite that
puts "Tidligere medlem" / "Former member" in its place."""

import re
from collections.abc import Callable, Sequence

from meetings.groups.entities import Member


def names_written(member: Member, group_members: Sequence[Member]) -> list[str]:
    """The full name, and the first name when nobody else in the group has it ("Rie ringer
    til Bakkehuset"); a first name two members share could be either, so it is left."""
    full = " ".join(member.name.split())
    first = full.split()[0] if full else ""
    names = [full] if full else []
    shared = any(m.id != member.id and m.name.split()[:1] == [first] for m in group_members)
    if first and first != full and len(first) > 1 and not shared:
        names.append(first)
    return names


def rewriter(names: Sequence[str], former: str) -> Callable[[str], str]:
    """Whole words only, longest first, spaces in a name as any whitespace; a Danish genitive
    keeps its s ("Ries opgave" → "Tidligere medlems opgave"). Case is kept as written: "Per"
    is a name, "per" a word."""
    pattern = _pattern(names)
    return lambda text: pattern.sub(lambda found: former + found["s"], text)


def mentions(names: Sequence[str]) -> Callable[[str | None], bool]:
    """Whether a text names the person as `rewriter` would find them ("Rie (Holbæk)", not
    "Marie"): what others wrote about them is in their export."""
    pattern = _pattern(names)
    return lambda text: bool(text) and pattern.search(text) is not None


def _pattern(names: Sequence[str]) -> re.Pattern:
    parts = sorted(names, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split())
                            for name in parts)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?P<s>s?)(?!\w)")
