"""A member's first name written in lower case, read in the member's own group as the name it
is. The classifier reads a word with a capital as a name; "hvad mangler lone stadig" it may not
tell from a question about a subject, and asks "Mente du …?". In the group where Lone is a
member, a colleague would not ask: the message is read again with the name written as one, and
answered when that reading is sure and asks about a person (their tasks, whether they come).
"""

import re
from collections.abc import Iterable
from dataclasses import replace

from meetings.groups.names import fold, name_key
from meetings.groups.ports import Members
from meetings.understanding.intents import understand
from meetings.understanding.meaning import Intent, Understood

ABOUT_A_PERSON = frozenset({Intent.TASKS_OF, Intent.ATTENDANCE})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def with_names_written(text: str, names: Iterable[str]) -> str:
    """`text` with each word in lower case that is a member's first name written with a
    capital ("lone" → "Lone", "anne-mette" → "Anne-Mette")."""
    firsts = {key[0] for name in names if (key := name_key(name))}

    def written(found: re.Match[str]) -> str:
        word = found.group()
        if not word.islower() or fold(word) not in firsts:
            return word
        return "-".join(part.capitalize() for part in word.split("-"))

    return _WORD.sub(written, text)


def read_with_names(understood: Understood, text: str, names: Iterable[str]) -> Understood:
    """An unsure reading, read again with the members' first names written as names; the new
    reading when it is sure and about a person, else the first."""
    if not understood.unsure:
        return understood
    written = with_names_written(text, names)
    if written == text:
        return understood
    again = understand(written)
    if again.unsure or again.intent not in ABOUT_A_PERSON:
        return understood
    return replace(again, text_language=understood.text_language,
                   said=text.strip() if again.alternatives else "")


async def as_the_group_names(members: Members, group_id: int, understood: Understood,
                             text: str) -> Understood:
    """`read_with_names` with the names of the group's members; nothing read when sure."""
    if not understood.unsure:
        return understood
    return read_with_names(understood, text, [m.name for m in await members.of_group(group_id)])
