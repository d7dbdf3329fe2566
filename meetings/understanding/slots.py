"""The parts of a question the classifier understood that its answer needs: the person
("hvad skal Daniel nå?"), the subject ("hvornår talte vi om plejefamilier?"), the month
("temaet for junimødet"), the year ("årshjulet for 2027"); the meeting a message about the
agenda cycle names is meetings/understanding/arguments/meeting.py's.

What is left once the words the corpus asks with are taken away is the subject, or a name.
"""

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache

from meetings.common.days_in_text import month_number
from meetings.common.weeks import find_week
from meetings.understanding.classifier import NAMED, NO_COMMAND
from meetings.understanding.corpus import training_examples
from meetings.understanding.normalise import folded, words

# A word, or a section of a law with its sign as written ("§ 32", "§§ 50-52")
TOKEN = re.compile(r"(?:§+\s?)?[^\W_]+(?:[-'’][^\W_]+)*['’]?")
AT_TAG = re.compile(r"</?at>", re.IGNORECASE)
# "om" before a person is "whether" ("se om vi har drøftet frivillige"), not "about".
_ABOUT = re.compile(r"\b(?:om(?!\s+(?:vi|jeg|du|de|i|man|han|hun|der|det)\b)|omkring|angående|"
                    r"vedrørende|vedr\.?|ang\.|ift\.?|mht\.?|i\s+forhold\s+til|"
                    r"med\s+hensyn\s+til|about|regarding|concerning|with\s+regard\s+to|"
                    r"(?<!['’])re\b:?|on)\s+", re.IGNORECASE)
# What ends a search's subject and is no part of it: where to look ("… i de gamle referater",
# "… in the 2023 minutes") and when it was said ("… sidste år", "… last year", "… i marts").
_WHERE_OR_WHEN = re.compile(
    r"\s+(?:(?:i|in)\s+(?:(?:de|the|alle|all|vores|our)\s+)?(?:\d{4}\s+)?(?:gamle\s+|old\s+)?"
    r"(?:ref+erat\w*|ref|minutes)(?:\s+tak)?|(?:sidste|forrige)\s+år|i\s+fjor|"
    r"(?:last|previous|this)\s+year|i\s+år|tidligere|in\s+the\s+past|last\s+time|sidste\s+gang|"
    r"sidst|again|igen|(?:i|in)\s+(?P<when>\d{4}|[^\W\d_]+))$", re.IGNORECASE)
# Kept between two words of a subject: "erfaringer med AI", "use of force".
_JOINING = frozenset("med af fra på i til with of from on in for".split())
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "sidste år", "next year" (folded): counted from the group's year, so the slot holds "-1".
_RELATIVE_YEARS = (
    (re.compile(r"\b(?:(?:sidste|forrige)\s+ars?|i\s+fjor|(?:last|previous)\s+year)\b"), "-1"),
    (re.compile(r"\b(?:naeste\s+ars?|next\s+year)\b"), "+1"),
    (re.compile(r"\b(?:i\s+ar|dette\s+ar|arets|this\s+year)\b"), "+0"),
)
# The meeting an item is for, said after its subject: "… til mødet i juni", "… on the agenda"
_A_MEETING_WORDS = frozenset("mødet møde dagsordenen dagsorden meeting agenda mtg".split())
_FOR_A_MEETING_WORDS = _A_MEETING_WORDS | frozenset(
    "til på i for the næste igen in on at to next again".split())
COUNTED_FROM = frozenset("efter after siden since inden before før".split())
_MONTH_MEETING = re.compile(r"(?P<month>[^\W\d_]+?)-?mødet?\b", re.IGNORECASE)
_ANY_TODAY = date(2000, 1, 1)  # whether a date is written, not which day it is


# A word is asked with, not about, when the questions use it outside their subjects more than
# twice as often as in them ("plejefamilier" is also said in questions whose subject the corpus
# does not mark; "med", "the" are part of some subjects) and _SEEN times ("rammeaftaler": once).
_ASKED_MORE, _SEEN = 2, 3


def prepare() -> None:
    """Count the words questions are asked with now, not in the first turn that needs them."""
    _subject_free_words()
    name_free_words()


@cache
def _subject_free_words() -> frozenset[str]:
    """The words a question's subject is not made of: those its asking is."""
    return _asked_more(lambda intent: True, least=_SEEN)


@cache
def name_free_words() -> frozenset[str]:
    """The words a person's name is not: those the asking about one is; a name's genitive
    ("karins opgaver") is the name's, not the asking's."""
    return _asked_more(lambda intent: intent in NAMED, genitive=True)


def _asked_more(marks: Callable[[str], bool], genitive: bool = False,
                least: int = 1) -> frozenset[str]:
    """The words the questions say outside their marked part (of the intents `marks` takes), at
    least `least` times, more than _ASKED_MORE times as often as in it; with `genitive`, a marked
    word with an "s" is part of it ("Sørens opgaver" outweighs "hvad er Sørens mailadresse")."""
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for example in (e for e in training_examples() if e.intent not in NO_COMMAND):
        said = set(words(example.text))
        marked = set(words(example.argument)) if marks(example.intent) else set()
        marked |= {word + "s" for word in marked} & said if genitive else set()
        outside.update(said - marked)
        inside.update(marked)
    return frozenset(w for w, n in outside.items() if n > _ASKED_MORE * inside[w] and n >= least)


def subject_in(text: str, *, for_an_item: bool = False) -> str:
    """What a question is about: after its last "om"/"about", else the words left over; never
    an item's meeting, but a search's when nothing else is said ("om mødet i juni")."""
    about = list(_ABOUT.finditer(text))
    candidates = [text[m.end():] for m in reversed(about)] + [text]
    for candidate in candidates:
        tokens = TOKEN.findall(AT_TAG.sub(" ", candidate))
        if candidate is text:  # no "om": only the words the corpus does not ask with
            tokens = _subject_words(tokens)
        said = tokens
        while said and _asked_with(said[-1]):
            said = said[:-1]
        while tokens and _asked_with(tokens[-1]):
            tokens = _without_meeting(tokens[:-1])
        tokens = _without_meeting(tokens) or ([] if for_an_item else said)
        if tokens:
            return " ".join(tokens)
    return ""


def _without_meeting(tokens: list[str]) -> list[str]:
    """The subject's words without the meeting or month it is for at their end ("kørselsordninger
    til mødet i juni", "tolkeudgifter på dagsordenen til september"), nor the words it is asked
    with before that."""
    end = len(tokens)
    while end and (tokens[end - 1].casefold() in _FOR_A_MEETING_WORDS
                   or _month_of(tokens[end - 1])):
        end -= 1
    if end == len(tokens) or not any(word.casefold() in _A_MEETING_WORDS or _month_of(word)
                                     for word in tokens[end:]):
        return tokens
    while end and _asked_with(tokens[end - 1]):
        end -= 1
    return tokens[:end]


def searched(subject: str) -> str:
    """What a search looks for: its subject without where or when it was said ("tolkning
    sidste år" → "tolkning"), which would find every entry that says "sidste år"; a subject
    that is nothing else is kept ("sidst")."""
    subject = subject.strip().rstrip("?.! ")
    while (found := _WHERE_OR_WHEN.search(subject)) and subject[:found.start()].strip():
        when = found["when"]
        if when and not when.isdigit() and not month_number(when):
            break  # "tolkning i telefon": a subject
        subject = subject[:found.start()].rstrip(" ,")
    return subject


def _subject_words(tokens: list[str]) -> list[str]:
    """The words not asked with, and a small word between two of them ("erfaringer med AI")."""
    kept = [not _asked_with(token) for token in tokens]
    return [token for i, token in enumerate(tokens)
            if kept[i] or (token.casefold() in _JOINING and 0 < i < len(tokens) - 1
                           and kept[i - 1] and kept[i + 1])]


def month_in(text: str, *, may_the_verb: bool = False) -> str:
    """The month a question names, with a year if it follows: "september 2027", "juni". With
    `may_the_verb`, in a sentence rather than a question, "may" is a month only after "in"/"i"
    ("a meeting in May"), not the verb ("we may meet")."""
    return _month_after(TOKEN.findall(text), may_the_verb)[1]


def month_of_meeting_in(text: str) -> str:
    """The month one meeting is asked about by ("mødet i marts?", "junimødet"), not one
    counted from ("næste møde efter februar")."""
    tokens = TOKEN.findall(text)
    at, month = _month_after(tokens)
    return "" if at and tokens[at - 1].casefold() in COUNTED_FROM else month


def week_of_meeting_in(text: str) -> str:
    """The week a question about one meeting names ("hvornår er mødet i uge 1?"), not a week
    it counts from ("næste møde efter uge 7"), or ""."""
    if (week := find_week(text, _ANY_TODAY)) is None:
        return ""
    before = text[:text.casefold().find(week.written.casefold())].split()[-1:]
    return "" if {word.casefold() for word in before} & COUNTED_FROM else week.written


def _month_after(tokens: list[str], may_the_verb: bool = False) -> tuple[int, str]:
    """Where the first month is among the tokens, and it with a year if one follows."""
    for position, token in enumerate(tokens):
        if may_the_verb and token.casefold() == "may" \
                and (not position or tokens[position - 1].casefold() not in ("in", "i")):
            continue
        month = token if month_number(token) else _month_of_meeting(token)
        if month:
            after = tokens[position + 1] if position + 1 < len(tokens) else ""
            return position, f"{month} {after}" if _YEAR.fullmatch(after) else month
    return 0, ""


def year_in(text: str) -> str:
    """The year written ("2026"), or counted from this one ("-1" for "sidste år"), or ""."""
    if found := _YEAR.search(text):
        return found.group()
    said = folded(text)
    return next((count for pattern, count in _RELATIVE_YEARS if pattern.search(said)), "")


def year_asked(argument: str, this_year: int) -> int | None:
    """The year a `year_in` slot names, counted from `this_year`; None for the default."""
    if argument[:1] in ("+", "-") and argument[1:].isdigit():
        return this_year + int(argument)
    return int(argument) if argument.isdigit() else None


def _asked_with(token: str) -> bool:
    """A word of the asking; "I'd", "we've" are when each of their parts is."""
    if len(token) > 1 and token.isupper():
        return False  # an abbreviation is a subject: "KL", "AI", not "kl." of a time
    return not any(c.isalnum() for c in token) \
        or said_in(" ".join(words(token)), _subject_free_words())


def said_in(folded: str, asking: frozenset[str]) -> bool:
    """The folded word is one of `asking`, or each of its parts is ("I'd", "hasn't")."""
    return folded in asking or all(part in asking for part in folded.split())


def _month_of(token: str) -> bool:
    """"juni", "June", "junimødet", "februar-mødet"."""
    return bool(month_number(token) or _month_of_meeting(token))


def _month_of_meeting(token: str) -> str:
    """"junimødet", "februar-mødet": the month the meeting is named by."""
    return found["month"] if (found := _MONTH_MEETING.fullmatch(token)) \
        and month_number(found["month"]) else ""
