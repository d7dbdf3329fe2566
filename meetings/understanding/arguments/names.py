"""The person a question names ("hvad skal Daniel nå?", "er der nogen fra Køge?"): a word
the asking about a person is not made of, preferably written with a capital; a capital on the
word that opens a sentence, or on "I", says nothing ("Godmorgen! Ved du om Birgitte kommer?")."""

import re

from meetings.common.days_in_text import weekday_number
from meetings.groups.organisations import names_an_organisation
from meetings.understanding.arguments.meeting import meeting_named_in
from meetings.understanding.features import is_domain_word
from meetings.understanding.normalise import words
from meetings.understanding.slots import (
    AT_TAG,
    TOKEN,
    name_free_words,
    said_in,
)

_POSSESSIVE = re.compile(r"['’]s?$")
_OWNED = frozenset("opgave opgaver opgaveliste opgavelisten udestående bord liste to-do to-dos "
                   "todo todos tasks task list plate".split())
_MAX_NAME_WORDS = 4
_AND = frozenset({"og", "and"})
# What ends a sentence between two words: the next word opens one ("Hej! Hvad har Lars …")
_SENTENCE_END = re.compile(r"[.!?]|\n")
# ... but not the full stop of an initial ("Anne M. Hansen") or of a short word ("hr. Hansen")
_SHORTENED = frozenset("hr fr fx bl kbh mr mrs ms dr st".split())


def name_in(text: str) -> str:
    """The person a question names, as written; "" when it names none. A name with a capital
    is preferred, and of those the one in the sentence that asks ("Vi skal lave en plan for
    Kims barsel. Hvad har Kim af åbne opgaver?"); a name never runs into the next sentence."""
    tokens, runs, best = _runs(_without_meeting(text))
    return _written(tokens, best) if best else ""


def coming_asked_in(text: str) -> str:
    """Whom a question about who comes names: `name_in`, with a second name said after it
    with og/and ("kommer Sanne og Stine?" → "Sanne og Stine"), else a municipality written in
    lower case ("anyone from næstved thurs")."""
    tokens, runs, best = _runs(_without_meeting(text))
    if not best:
        return _place_in(text)
    after = next((run for run in runs if run[0] == best[-1] + 2), None)
    if after and tokens[best[-1] + 1].casefold() in _AND and tokens[after[0]][:1].isupper():
        return f"{_written(tokens, best)} {tokens[best[-1] + 1]} {_written(tokens, after)}"
    return _written(tokens, best)


def name_commanded(name: str, opens: bool) -> str:
    """The name a task command read, without the words the question is asked with before and
    after it: "can you show Daniel" → "Daniel", "Mette lige nu" → "Mette", "WHAT ARE SØREN" →
    "SØREN". A capital keeps a word, except on the word that opens the message (`opens`) and
    in a message written in capitals; a name whose only such word is the capital that opens it
    stays whole ("Per Hansen"), and so does one made of nothing else."""
    said = name.split()
    shouted = name.isupper()
    asked = [_asked_with(word) and (shouted or not word[:1].isupper() or i == 0 and opens)
             for i, word in enumerate(said)]
    before = next((i for i, asking in enumerate(asked) if not asking), len(said))
    after = next((i for i, asking in enumerate(reversed(asked)) if not asking), len(said))
    if before == 1 and said[0][:1].isupper() and not shouted:
        before = 0  # "Per Hansen": the capital that opens a message may still be a name's
    if before + after >= len(said):
        return name
    return " ".join(said[before:len(said) - after])


def _asked_with(word: str) -> bool:
    folded = " ".join(words(_POSSESSIVE.sub("", word)))
    return bool(folded) and said_in(folded, name_free_words())


def _without_meeting(text: str) -> str:
    """The text without the day or month that names the meeting it asks about: no person
    "February" in "who is coming to the meeting on 19 February?", and June is still asked
    about in "Kommer June i juni?"."""
    said = meeting_named_in(text)
    if not said:
        return text
    head, _, tail = text.rpartition(said)
    return f"{head} {tail}"


def _runs(text: str) -> tuple[list[str], list[list[int]], list[int]]:
    """The words of the text, the runs of them that may be a name, and the run asked about."""
    tokens, opening, asking = _sentences(text)
    runs, run = [], []
    for position, token in enumerate(tokens):
        if run and opening[position]:
            runs, run = runs + [run], []
        if _may_be_name(token, opening[position]):
            run.append(position)
        elif run:
            runs, run = runs + [run], []
    runs += [run] if run else []
    if not runs:
        return tokens, [], []
    written = [r for r in runs if tokens[r[0]][:1].isupper()]
    best = next((r for r in written if asking <= r[0]), written[0] if written else runs[0])
    return tokens, runs, best[:_MAX_NAME_WORDS]


def _written(tokens: list[str], run: list[int]) -> str:
    name = [tokens[i] for i in run]
    following = tokens[run[-1] + 1].casefold() if run[-1] + 1 < len(tokens) else ""
    name[-1] = _without_genitive(name[-1], following)
    return " ".join(name)


def _place_in(text: str) -> str:
    """The first municipality a question names in lower case ("har ringsted sagt noget om de
    kommer"), which `name_in` does not take for a name: a capital is what tells a name from the
    words around it, and the tasks of "holbæk" are nobody's; "" for none."""
    return next((word for word in TOKEN.findall(AT_TAG.sub(" ", text))
                 if word.islower() and names_an_organisation(word)), "")


def _sentences(text: str) -> tuple[list[str], list[bool], int]:
    """The words of the text; for each whether it opens a sentence (the first, and each after
    a full stop, "!", "?" or a line break); and where the sentence that asks begins: the last
    that ends with "?", else the last ("… registreret på Bodil? Venlig hilsen Pia")."""
    cleaned = AT_TAG.sub(" ", text)
    found = list(TOKEN.finditer(cleaned))
    after = [cleaned[word.end():following.start()]
             for word, following in zip(found, found[1:], strict=False)]
    after += [cleaned[found[-1].end():]] if found else []
    opening = [i == 0 or _ends_sentence(found[i - 1].group(), after[i - 1])
               for i in range(len(found))]
    starts = [i for i, opens in enumerate(opening) if opens]
    asking = [start for start, end in zip(starts, starts[1:] + [len(found)], strict=False)
              if "?" in after[end - 1]]
    return [word.group() for word in found], opening, (asking or starts or [0])[-1]


def _ends_sentence(word: str, after: str) -> bool:
    """Whether what is written after a word ends its sentence: not the full stop of an initial
    or of a shortened word."""
    if after.strip() == "." and (len(word) == 1 or word.casefold() in _SHORTENED):
        return False
    return _SENTENCE_END.search(after) is not None


def _may_be_name(token: str, opens_sentence: bool) -> bool:
    """A capital says a name, but not on a word that opens a sentence, nor on "I", "I'm"."""
    folded = " ".join(words(_POSSESSIVE.sub("", token)))
    if not folded or not folded.replace(" ", "").isalpha() or is_domain_word(folded):
        return False  # "Anne-Mette" is read "anne mette"
    if len(token) > 4 and weekday_number(token) is not None:
        return False  # "Is he coming on Thursday?"; "Tor" is a name too
    if token[:1].isupper() and not opens_sentence and folded.split()[0] != "i":
        return folded not in _NOT_NAMES
    return not said_in(folded, name_free_words()) and folded not in _NOT_NAMES


def _without_genitive(word: str, following: str) -> str:
    """"Rie's" and "Jens'" lose their ending; "Ries opgaver" its s, which the task query
    tries again when nobody has the name without it ("Hans")."""
    if _POSSESSIVE.search(word):
        return _POSSESSIVE.sub("", word)
    if word.endswith("s") and following in _OWNED:
        return word[:-1]
    return word


# Words that start a sentence with a capital and are never the person asked about.
_NOT_NAMES = frozenset("hej hi hey hello modebot bot tak thanks please kan can vis show".split())
