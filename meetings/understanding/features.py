"""What the classifier reads of a message: its request in one spelling, the domain's words
spelled right, names, months and years as placeholders, and a token per thing a colleague
reads a request by (a meeting, "I" or "we", a time, a place) that the words name.

With a few hundred phrasings per question, a linear model weighs "jeg" against "vi" and "mine"
against "vores" better when they are one token ("mig") than four rare ones.
"""

import difflib
import re
from collections.abc import Collection
from functools import lru_cache

from meetings.understanding.normalise import request, words

NAME, MONTH, YEAR = "xnavnx", "xmaanedx", "xaarx"
QUESTION_MARK, NO_DOMAIN, STATEMENT = "xspmx", "xingenx", "xudsagnx"
UNKNOWN_WORD = "xnyx"  # a word the corpus does not know: a name in lower case, a subject
TO_SOMEONE = "xtilx"  # said to a colleague by name: "Rie, kommer Greve?", "tak, Bodil"

# Folded spellings (normalise.words) of the words a request is read by, by what they name.
_CONCEPTS = {
    "xmigx": "jeg mig min mine mit i me my myself",
    "xosx": "vi os vores we us our gruppen gruppens group netvaerket netvaerkets network "
            "everyone",
    "xnaarx": "hvornar when dato datoen date dates datoer tidspunkt tidspunktet time tid",
    "xhvorx": "hvor where adresse adressen address lokale lokalet room sted stedet location "
              "venue teams online fysisk virtuelt virtual",
    "xhvemx": "hvem who whose",
    "xmodex": "mode modet moder moderne modes meeting meetings meet netvaerksmode "
              "netvaerksmodet netvaerksmoder styregruppemode samlet ses session",
    "xnaestex": "naeste next kommende upcoming forstkommende",
    "xopgavex": "opgave opgaver opgaverne opgaven opgaveliste opgavelisten task tasks todo "
                "todos plate udestaende outstanding",
    "xdagsordenx": "dagsorden dagsordenen agenda agendaen program programmet programme "
                   "punkter punkterne items",
    "xfristx": "frist fristen deadline cut senest latest sent late",
    "xreferatx": "referat referatet referater referaterne modereferat modereferatet minutes "
                 "noter notes",
    "xrapportx": "arsrapport arsrapporten arsberetning arsberetningen report rapport "
                 "rapporten statistik statistics stats",
    "xarshjulx": "arshjul arshjulet arsplan arsplanen arskalender plan year aret arets",
    "xtemax": "tema temaet temaer temaerne theme themes topic emne emnet fokus focus",
    "xafbudx": "afbud forhindret forfald apologies apology regrets absent",
    "xikkex": "ikke not unable",
    "xkommex": "komme kommer deltage deltager attend attending come coming make join",
    "xdeltagx": "deltagere deltagerne deltagerliste deltagerlisten tilmeldt tilmeldte tilmelding "
                "tilmeldinger fremmode fremmodet attendees attendee participants registered "
                "attendance",
    "xpunktx": "punkt item foresla forslag foreslar propose suggest suggestion raise",
    "xbeslutx": "besluttet besluttede beslutning beslutningen aftalt aftalte vedtaget droftet "
                "droftede talte snakkede sagde decide decided decision agreed discuss "
                "discussed talked said concluded konklusion konklusionen konkluderet "
                "conclusion",
    "xhjaelpx": "hjaelp help kommandoer commands vejledning guide menu menuen manual "
                "brugervejledning instructions eksempler examples funktioner features",
}
_CONCEPT_OF = {word: concept for concept, words in _CONCEPTS.items() for word in words.split()}
# The last part of a Danish compound names what the whole does ("punktfristen" is a deadline,
# "mødelokalet" a room): a word ending in one of these after three letters or more. Not the
# English words that end other words ("consent", "template", "outcome", "sometimes").
_COMPOUND_HEADS = tuple(sorted((word for word in _CONCEPT_OF
                                if (len(word) >= 5 or word in ("mode", "tema", "plan"))
                                and word not in ("plate", "times")), key=len, reverse=True))
# Typos are corrected towards the longer domain words only: "opgver" is "opgaver", but a
# four-letter word is too easily another word.
_DOMAIN_WORDS = tuple(sorted(word for word in _CONCEPT_OF if len(word) >= 5))
# The words a request is read by, which members mistype one letter off ("agneda", "afbd",
# "hlep", "temeat"): a word one slip from one of these is that word. Not words that real
# words sit one letter from ("mode": "made", "more"; "vores": "høres"; "naeste": "næsten").
_TYPO_TARGETS = tuple(
    "dagsorden dagsordenen agenda agendaen referat referatet referater referaterne minutes "
    "opgave opgaver opgaven opgaverne tasks frist fristen deadline afbud arsrapport "
    "arsrapporten arsberetning arsberetningen arshjul arshjulet arsplan arsplanen tema temaet "
    "temaer theme themes hjaelp help meeting meetings kommer komme deltager deltagere "
    "apologies report rapport rapporten annual punkt punkter forslag upcoming outstanding "
    "kommandoer commands hvornar attendance".split())
_MONTHS = frozenset((
    "januar februar marts april maj juni juli august september oktober november december "
    "january february march may june july october jan feb mar apr jun jul aug sep sept okt "
    "oct nov dec").split())
_MONTH_MEETING = re.compile(r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*mode\w*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][^\W\d_]+")
# Where a sentence starts, a capital says nothing: at the start, after ".", "!", "?" or ":"
_SENTENCE_START = re.compile(r"(?:^|[.!?:])\W*$")
# A name said to: first, after a greeting if any ("Hej Ellen, …"), or last ("…, Bodil?").
_NAMED_FIRST = re.compile(
    r"^\W*(?:(?i:hej|hi|hey|hello|kære|dear|godmorgen|morning|tak|thanks)\s+)?"
    r"([A-ZÆØÅ][^\W\d_]+)\s*[,:]")
_NAMED_LAST = re.compile(r",\s*([A-ZÆØÅ][^\W\d_]+)\s*[?!.]*\s*$")
_BOT = frozenset({"modebot", "bot", "botten"})
_ASKING_FIRST = frozenset(
    "hvad hvornar nar hvor hvem hvilke hvilket hvilken hvordan hvorfor er har kan skal kommer "
    "vil what when where who which how is are do does did can could will has have".split())
_AUXILIARY = frozenset("har have has had er is was were var blev am".split())
_PARTICIPLE = re.compile(r"\w+(?:et|t|ed|en)|done|gone")
# Words the participle's endings catch that are none ("jeg har noget", "it is not"), and the
# verbs just before "have" that make it a wish, not what happened ("jeg skal lige have meldt
# afbud").
_NO_PARTICIPLE = frozenset("det et mit dit sit noget meget godt lidt helt not next that what "
                           "it at".split())
_MODAL = frozenset("skal vil kan ma skulle ville kunne maatte should will would could must "
                   "need".split())


def classifier_text(text: str, known: Collection[str], names: Collection[str] = ()) -> str:
    """The message as the classifier's vectorisers read it. `known` are the words the
    training corpus has outside names; `names` the words a training row marks as a name."""
    words = request(text).split() or [text.strip()]
    capitalised = {found.group().casefold() for found in _CAPITALISED.finditer(text)
                   if not _SENTENCE_START.search(text[:found.start()])}
    read = [_placeholder(corrected(word, known), known, capitalised, names) for word in words]
    concepts = [concept for word in read if (concept := _concept(word)) is not None]
    markers = _markers(text, read, concepts)
    if any(word.isalpha() and len(word) > 2 and word not in known for word in read):
        markers.append(UNKNOWN_WORD)
    if _to_someone(text, known):
        markers.append(TO_SOMEONE)
    return " ".join(read + concepts + markers)


@lru_cache(maxsize=4096)
def _concept(word: str) -> str | None:
    if word in _CONCEPT_OF:
        return _CONCEPT_OF[word]
    head = next((head for head in _COMPOUND_HEADS
                 if len(word) >= len(head) + 3 and word.endswith(head)), None)
    return _CONCEPT_OF[head] if head is not None and word.isalpha() else None


@lru_cache(maxsize=4096)
def _close_domain_word(word: str) -> str | None:
    close = difflib.get_close_matches(word, _DOMAIN_WORDS, n=1, cutoff=0.85)
    return close[0] if close else None


def corrected(word: str, known: Collection[str]) -> str:
    """A word the corpus does not know that is close to one of the domain's words is that word
    mistyped: "dagsordnen", "opgver", "afbd"."""
    if word in known or len(word) < 4 or not word.isalpha():
        return word
    return typo_of(word) or (_close_domain_word(word) if len(word) >= 5 else None) or word


@lru_cache(maxsize=4096)
def typo_of(word: str) -> str | None:
    """The domain word `word` is one slip from (a letter left out, added, changed, or two
    swapped), if it is no such word itself: "agneda" → "agenda", "afbd" → "afbud"."""
    if word in _CONCEPT_OF or len(word) < 4:
        return None
    # The longest, so "dagsordnen" is "dagsordenen" rather than "dagsorden".
    slips = [target for target in _TYPO_TARGETS if one_slip(word, target)]
    return max(slips, key=len) if slips else None


def one_slip(typed: str, meant: str) -> bool:
    """`typed` is `meant` with a letter left out, added, changed, or two swapped."""
    if abs(len(typed) - len(meant)) > 1 or typed == meant:
        return False
    if len(typed) == len(meant):
        differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and typed[differ[0]] == meant[differ[1]]
                                    and typed[differ[1]] == meant[differ[0]])
    short, long = sorted((typed, meant), key=len)
    return any(short == long[:i] + long[i + 1:] for i in range(len(long)))


def _placeholder(word: str, known: Collection[str], capitalised: set[str],
                 names: Collection[str]) -> str:
    if word in _MONTHS or _MONTH_MEETING.fullmatch(word):
        return MONTH
    if _YEAR.fullmatch(word):
        return YEAR
    if word in names or (word in capitalised and word not in known):
        return NAME
    return word


def _to_someone(text: str, known: Collection[str]) -> bool:
    """Whether the message opens or ends on a colleague's name set off by a comma: "Kim, har du
    linket?", "Bodil, ved du hvor næste møde er?", "tak for et godt referat, Bodil". The name is
    a word the corpus does not know, and not the bot's."""
    for pattern in (_NAMED_FIRST, _NAMED_LAST):
        if (found := pattern.search(text)) is not None:
            name = words(found.group(1))
            if len(name) == 1 and name[0] not in known and name[0] not in _BOT:
                return True
    return False


def _markers(text: str, read: list[str], concepts: list[str]) -> list[str]:
    """A question mark; no word of the domain at all; a statement ("jeg har løst min opgave",
    "the agenda has gone out"), which tells what happened rather than asks."""
    markers = [QUESTION_MARK] if "?" in text else []
    if not concepts:
        markers.append(NO_DOMAIN)
    if read and read[0] not in _ASKING_FIRST and QUESTION_MARK not in markers:
        if any(first in _AUXILIARY and _PARTICIPLE.fullmatch(second)
               and second not in _NO_PARTICIPLE and second not in _CONCEPT_OF
               and not _MODAL.intersection(read[max(0, at - 2):at])
               for at, (first, second) in enumerate(zip(read, read[1:], strict=False))):
            markers.append(STATEMENT)
    return markers


def is_domain_word(word: str) -> bool:
    """A folded word that names something of the domain ("mode", "opgaver", "who")."""
    return word in _CONCEPT_OF
