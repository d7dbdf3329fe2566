"""What a question about the minutes searches for: each subject of it as the stems, prefixes and
translations it may be found by.

- **Word forms** by stems (meetings/search/stemming.py): "plejefamilier" finds "plejefamilien".
- **Compounds that start with the word**, and forms the stemmer leaves apart, by prefix: a word
  of at least five letters (or its Danish stem, if that is as long) finds every indexed stem it
  begins, so "budget" finds "budgettet" and "budgetrammen", "social" finds "socialtilsyn".
  Shorter words are found only as they are: "sted" must not find "stedfortræder", nor "mål"
  "målgruppe".
- **The other language**, by the glossary (glossary.tsv): "placement" finds "anbringelsen",
  "underretning" finds "report of concern". A phrase of the glossary in the question ("foster
  families", "barnets lov") is one subject; each of its translations is an alternative whose
  words must all be in the entry.
- **Compounds that end with the word**, by the glossary's Danish compounds: "familie" finds
  "plejefamilie" and "venskabsfamilie", "aftale" finds "rammeaftale". Only compounds the glossary
  knows: a part found anywhere inside a word ("ret" in "underretning", "sted" in "Ringsted") is
  wrong more often than right, measured on the seed minutes.
"""

from dataclasses import dataclass
from functools import cache

from meetings.search.glossary import Concept, glossary
from meetings.search.stemming import content_words, query_stems, stem

PREFIX_LENGTH = 5  # shorter words and stems are found only as they are
TAIL_LENGTH = 3  # "familie" finds "plejefamilie": a compound's part and the rest of it

# Words that frame the question rather than name its subject ("hvad blev besluttet om …",
# "søg i referaterne …"); dropped from a query unless nothing else is left.
_ASKING_WORDS = """
    beslutte besluttet besluttede beslutning beslutningen beslutninger vedtaget vedtog søg søge
    referat referatet referater referaterne decide decided decision decisions search minutes
""".split()


@dataclass(frozen=True)
class Part:
    """One word of what is searched for: found by any of its stems, or as the start of a stem."""

    stems: frozenset[str]
    prefix: str | None = None

    def finds(self, indexed: frozenset[str]) -> bool:
        if self.stems & indexed:
            return True
        return self.prefix is not None and any(s.startswith(self.prefix) for s in indexed)


@dataclass(frozen=True)
class Term:
    """A subject of the query: found when all parts of one alternative are in the text."""

    alternatives: tuple[tuple[Part, ...], ...]

    def matches(self, indexed: frozenset[str]) -> bool:
        return any(all(part.finds(indexed) for part in parts) for parts in self.alternatives)

    def touches(self, indexed: frozenset[str]) -> bool:
        """Some word of it is there: where a snippet of the text is cut."""
        return any(part.finds(indexed) for parts in self.alternatives for part in parts)

    def parts(self) -> list[Part]:
        return [part for parts in self.alternatives for part in parts]


def query_terms(query: str, language: str) -> list[Term]:
    """Each distinct subject of the query, with its forms, compounds and translations."""
    words = [w for w in content_words(query) if len(w) > 1 or w.isdigit()]  # not "s" of "'s"
    subject = [word for word in words if stem(word, "da") not in _asking_stems()]
    terms = [_term(phrase, concepts, language)
             for phrase, concepts in _phrases(subject or words)]
    return list(dict.fromkeys(terms))


def _phrases(words: list[str]) -> list[tuple[tuple[str, ...], list[Concept]]]:
    """The words grouped into the glossary's phrases, longest first, left to right."""
    found, at = [], 0
    while at < len(words):
        for length in range(min(_longest(), len(words) - at), 0, -1):
            phrase = tuple(words[at:at + length])
            concepts = _concepts_of(phrase)
            if concepts or length == 1:
                found.append((phrase, concepts))
                at += length
                break
    return found


def _concepts_of(phrase: tuple[str, ...]) -> list[Concept]:
    danish, english = _phrase_index()
    keys = ((danish, tuple(stem(w, "da") for w in phrase)),
            (english, tuple(stem(w, "en") for w in phrase)))
    return list(dict.fromkeys(c for index, key in keys for c in index.get(key, ())))


def _term(phrase: tuple[str, ...], concepts: list[Concept], language: str) -> Term:
    asked = tuple(Part(query_stems(word, language), _prefix(word)) for word in phrase)
    alternatives = [asked]
    for concept in concepts:
        alternatives += [_parts(term, "da") for term in concept.danish]
        alternatives += [_parts(term, "en") for term in concept.english]
    for parts in list(alternatives):
        if len(parts) == 1:
            alternatives += [(_part(compound, "da"),) for compound in _compounds_ending(parts[0])]
    return Term(tuple(dict.fromkeys(alternatives)))


def _parts(term: str, language: str) -> tuple[Part, ...]:
    return tuple(_part(word, language) for word in _words(term))


def _part(word: str, language: str) -> Part:
    """A glossary term's word. English ones are found by stem alone: English seldom compounds,
    and its stems are short enough ("facil" of "facility") to begin unrelated Danish words."""
    prefix = _prefix(word) if language == "da" else None
    return Part(frozenset((stem(word, language),)), prefix)


def _prefix(word: str) -> str | None:
    """The shorter of the word and its Danish stem that is long enough to say something."""
    forms = [word, stem(word, "da")]
    long_enough = [form for form in forms if len(form) >= PREFIX_LENGTH and form.isalnum()]
    return min(long_enough, key=len) if long_enough else None


def _compounds_ending(part: Part) -> list[str]:
    """The glossary's one-word Danish terms that end with this word: its compounds."""
    found = []
    for word_stem in part.stems:
        if len(word_stem) < TAIL_LENGTH:
            continue
        found += [word for word, compound in _danish_words().items()
                  if compound.endswith(word_stem) and len(compound) - len(word_stem) >= TAIL_LENGTH]
    return found


def _words(term: str) -> list[str]:
    return [w for w in content_words(term) if len(w) > 1 or w.isdigit()]


@cache
def _phrase_index() -> tuple[dict[tuple[str, ...], list[Concept]], ...]:
    """The glossary's terms by the stems of their words: Danish, English."""
    danish: dict[tuple[str, ...], list[Concept]] = {}
    english: dict[tuple[str, ...], list[Concept]] = {}
    for concept in glossary():
        for index, language, terms in ((danish, "da", concept.danish),
                                       (english, "en", concept.english)):
            for term in terms:
                key = tuple(stem(w, language) for w in _words(term))
                if key:
                    index.setdefault(key, []).append(concept)
    return danish, english


@cache
def _longest() -> int:
    danish, english = _phrase_index()
    return max(len(key) for key in (*danish, *english))


@cache
def _danish_words() -> dict[str, str]:
    """The glossary's one-word Danish terms, with their stems."""
    words = [_words(term) for concept in glossary() for term in concept.danish]
    return {w[0]: stem(w[0], "da") for w in words if len(w) == 1}


@cache
def _asking_stems() -> frozenset[str]:
    return frozenset(stem(word, "da") for word in _ASKING_WORDS)
