"""Finding a group from the command line, where people write its name (or its number)."""

import re
from collections.abc import Sequence

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group


async def groups_named(uow: UnitOfWork, name_or_id: str) -> Sequence[Group]:
    """The group with this id, else the groups with this name, ignoring case: more than one
    means the caller must ask for the id."""
    text = name_or_id.strip()
    if text.isdigit():
        group = await uow.groups.get(int(text))
        if group is not None:
            return [group]
    # Compared here, not in SQL: SQLite's lower() leaves Æ, Ø and Å as they are.
    wanted = " ".join(text.split()).casefold()
    groups = await uow.groups.all()
    return [g for g in groups if " ".join(g.name.split()).casefold() == wanted]


# A group named in a message ("hvornår er næste møde i styregruppen?"): compared by words,
# case and accents aside and æ/ø/å as ae/o/a, so "netvaerksgruppen" is "Netværksgruppe".
_WORD = re.compile(r"[^\W\d_]+")
_FOLDED = (("æ", "ae"), ("ø", "o"), ("å", "a"), ("aa", "a"), ("oe", "o"))
# Endings a name's word takes in a sentence: "styregruppen", "netværkets", "Roskildes".
_ENDINGS = ("", "e", "n", "en", "et", "s", "ns", "ens", "ets", "ne", "ene")
# Words that say "a group": a part of a name counts beside one ("the Roskilde network",
# "Roskilde-netværket"), or when it is one ("netværksgruppen" of "Netværksgruppe Børn og Unge").
_GROUP_WORDS = ("gruppe", "netvaerk", "network", "group", "udvalg", "forum", "team",
                "committee", "board", "styregruppe")
# Said before a group's name and no part of what is asked: "… i styregruppen", "for the …".
_BEFORE_A_NAME = frozenset("i in for hos fra from til to at of the den det vores our".split())
_JOINING = frozenset("og and &".split())
# Kinds of group, each in both languages: said alone ("i netværket", "the steering group"), a
# kind names the one group whose name has a word of that kind ("Netværksgruppe …"). The kinds
# the network's minutes name, with the English a member writes for them: "the working group"
# is "Arbejdsgruppen …", "the finance group" "Økonomigruppen".
_KINDS = (("netvaerk", "network"), ("udvalg", "committee"), ("styregruppe", "steering"),
          ("forum",), ("arbejdsgruppe", "working"), ("okonomigruppe", "finance", "economy"))
# English words of a kind that are a kind only before a word for a group: "the working group",
# not "working on it", "the finance" of a question about money.
_ONLY_BEFORE_A_GROUP_WORD = frozenset({"working", "finance", "economy"})
_DEFINITE = ("et", "en", "ets", "ens")  # "netværket", "styregruppens"
# A kind beginning the message is its subject ("netværket er nede", "the network is down"),
# not the group it is for, unless set apart from the rest ("Netværket: hvornår …?").
_SET_APART = re.compile(r"\s*(?:[:,;–-]|$)")
# An organisation's name said ("jeg er fra Netværket Sjælland", "I represent the network") runs
# from the statement to the first of these: a kind in it names no group; one after it does.
_ORGANISATION_SAID = re.compile(
    r"\s*(?:jeg\s+(?:er|kommer)\s+fra|jeg\s+repræsenterer|i\s*(?:am|['’]m)\s+from"
    r"|i\s+come\s+from|i\s+represent)\s", re.IGNORECASE)
_AFTER_AN_ORGANISATION = frozenset("i in for hos til to at".split())
_SHORTEST_PART = 4  # letters: "Børn", "Unge"; not "og", "for"
# A meeting of the group named ("the network meeting", "netværksmødet"): the meeting stays in
# what is asked ("agenda for the meeting", "dagsorden til mødet"), only the group's words go.
_MEETING_KEY = re.compile(r"mod(?:e|et|er|erne|es|ets)$|meetings?$")
_MEETING_PART = re.compile(r"m(?:ø|oe|o)de\w*$|meeting\w*$", re.IGNORECASE)


def group_named_in(text: str, groups: Sequence[tuple[int, str]]) -> tuple[int | None, str]:
    """The one of `groups` (id, name) the text names, by its whole name or by a part of it that
    none of the others has, said as a group ("the Roskilde network", "netværksgruppen"), else
    by the kind of group it is when none of the others is of that kind ("i netværket"); and the
    text without that naming and the "i"/"for the" before it, so the name ends up in no
    question's subject. A meeting of the group named keeps its meeting and what is before it:
    "agenda for the network meeting" is "agenda for the meeting", "dagsorden til
    netværksmødet" "dagsorden til mødet". None and the text as it was when it names none, or
    more than one."""
    words = list(_WORD.finditer(text))
    keys = [_key(word.group()) for word in words]
    named = [(group_id, span) for group_id, name in groups if name.strip()
             and (span := _whole_name(keys, _name_keys(name)))]
    if not named:
        named = [(group_id, span) for group_id, name in groups if name.strip()
                 and (span := _part_of_name(keys, _distinctive(name, groups, group_id)))]
    by_kind = not named and (kind := _kind_named(text, words, keys, groups)) is not None
    if by_kind:
        named = [kind]
    if len({group_id for group_id, _ in named}) != 1:
        return None, text
    group_id, (start, end) = named[0]
    if end < len(keys) and keys[end] == "s" \
            and text[words[end - 1].end():words[end].start()] in ("'", "’"):
        end += 1  # "the steering group's next meeting": the name's "'s" goes with it
    asked = any(key not in ("the", "den", "det") for key in keys[:start])
    if asked and (meeting := _meeting_of(words[end - 1].group(), keys[end:], by_kind)):
        after = text[words[end].start():] if meeting is True \
            else meeting + text[words[end - 1].end():]
        return group_id, text[:words[start].start()] + after
    while start and keys[start - 1] in _BEFORE_A_NAME:
        start -= 1
    before = text[:words[start].start()].rstrip()
    after = text[words[end - 1].end():]
    if not before:
        return group_id, after.lstrip(" ,;:-–").lstrip()
    return group_id, before + after


def _meeting_of(last: str, later: list[str], by_kind: bool) -> str | bool:
    """Whether the group is named as a meeting's: True when a meeting word follows the name
    ("the Roskilde network meeting"), the meeting part as written when the kind said is one
    word with it ("netværksmødet": "mødet"); False when the name is the group's alone."""
    if later and _is_meeting(later[0]):
        return True
    compound = _MEETING_PART.search(last)
    return by_kind and compound is not None and compound.start() > 0 and compound.group()


def _is_meeting(key: str) -> bool:
    return _MEETING_KEY.match(key) is not None


def _key(word: str) -> str:
    key = word.casefold()
    for letters, instead in _FOLDED:
        key = key.replace(letters, instead)
    return key


def _name_keys(name: str) -> list[str]:
    return [_key(word) for word in _WORD.findall(name)]


def _same_word(written: str, name_word: str) -> bool:
    longer, shorter = (written, name_word) if len(written) >= len(name_word) \
        else (name_word, written)
    return longer.startswith(shorter) and longer[len(shorter):] in _ENDINGS \
        and len(shorter) >= 2


def _whole_name(keys: list[str], name: list[str]) -> tuple[int, int] | None:
    """Where the name's words follow one another in the text."""
    for start in range(len(keys) - len(name) + 1):
        if all(_same_word(keys[start + i], word) for i, word in enumerate(name)):
            return start, start + len(name)
    return None


def _distinctive(name: str, groups: Sequence[tuple[int, str]], group_id: int) -> list[str]:
    """The words of the group's name no other group's name has, long enough to tell."""
    others = [word for other_id, other in groups if other_id != group_id
              for word in _name_keys(other)]
    return [word for word in _name_keys(name) if len(word) >= _SHORTEST_PART
            and word not in _GROUP_WORDS and not any(_same_word(word, o) for o in others)]


def _is_group_word(key: str) -> bool:
    return any(key.endswith(word + ending) for word in _GROUP_WORDS for ending in _ENDINGS)


def _part_of_name(keys: list[str], distinctive: list[str]) -> tuple[int, int] | None:
    """The first run of the name's distinctive words (joined by "og") said as a group: one of
    them is a word for a group, or one stands right before or after the run."""
    start = 0
    while start < len(keys):
        if not any(_same_word(keys[start], word) for word in distinctive):
            start += 1
            continue
        end = start + 1
        while end < len(keys) and (any(_same_word(keys[end], word) for word in distinctive)
                                   or (keys[end] in _JOINING and end + 1 < len(keys)
                                       and any(_same_word(keys[end + 1], word)
                                               for word in distinctive))):
            end += 1
        if any(_is_group_word(key) for key in keys[start:end]):
            return start, end
        if end < len(keys) and _is_group_word(keys[end]):
            return start, end + 1
        if start and _is_group_word(keys[start - 1]):
            return start - 1, end
        start = end
    return None


def _kind_named(text: str, words: list[re.Match], keys: list[str],
                groups: Sequence[tuple[int, str]]) -> tuple[int, tuple[int, int]] | None:
    """The first kind of group said as a group, on its own ("i netværket", "the network
    group"; not "søg efter netværk", nor the "Roskilde-netværket" of a name two groups
    share, nor "netværket er nede" or the "Netværket Sjælland" one is from) whose kind the
    name of one of the groups alone is of, and where it is said, with a word for a group
    after it."""
    organisation = _organisation(text, words, keys)
    for start, key in enumerate(keys):
        kind = next((spellings for spellings in _KINDS
                     if any(_says_kind(key, spelling) for spelling in spellings)), None)
        if kind is None or start in organisation:
            continue
        grouped = start + 1 < len(keys) and _is_group_word(keys[start + 1])
        if key in _ONLY_BEFORE_A_GROUP_WORD and not grouped:
            continue
        opening = all(word in ("the", "den", "det") for word in keys[:start])
        # "Netværket: …", "The network: …", "Steering group: …"; not "Netværk: …"
        if opening and not (key.endswith(_DEFINITE) or start or grouped) \
                or not opening and keys[start - 1] not in _BEFORE_A_NAME:
            continue
        of_kind = {group_id for group_id, name in groups
                   if any(word.startswith(kind) for word in _name_keys(name))}
        if len(of_kind) == 1:
            end = start + 1
            if end < len(keys) and _is_group_word(keys[end]):  # "the network group"
                end += 1
            if opening and not _SET_APART.match(text, words[end - 1].end()):
                continue  # the message's subject: "netværket er nede"
            return of_kind.pop(), (start, end)
    return None


def _organisation(text: str, words: list[re.Match], keys: list[str]) -> range:
    """Where the name of the organisation one says she is from is, if she says so."""
    said = _ORGANISATION_SAID.match(text)
    if said is None:
        return range(0)
    first = next((i for i, word in enumerate(words) if word.start() >= said.end()), len(words))
    end = next((i for i in range(first + 1, len(keys)) if keys[i] in _AFTER_AN_ORGANISATION),
               len(keys))
    return range(first, end)


def _says_kind(key: str, spelling: str) -> bool:
    """"netværket", "network", "netværksgruppen": the kind, alone or before a word for a group;
    "netværksmødet", "styregruppemødet": before a word for a meeting."""
    if not key.startswith(spelling):
        return False
    rest = key[len(spelling):]
    joined = rest.removeprefix("s")
    return rest in _ENDINGS or _is_group_word(joined) or _is_meeting(joined) \
        or any(_is_meeting(joined.removeprefix(word)) for word in _GROUP_WORDS
               if joined.startswith(word))
