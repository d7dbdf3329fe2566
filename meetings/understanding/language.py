"""Which language a message is written in, Danish or English, told from its words the way the
corpus uses them (a naive Bayes over words, with the letters of words the corpus lacks), and
not told when the text is too short or too mixed to say ("ok", "👍", "Rie Hansen")."""

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from meetings.understanding.corpus import Example, training_examples

LANGUAGES = ("da", "en")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
_SMOOTHING = 0.5
# How sure the words must make it: a short message must say it more clearly than a long one,
# where one borrowed English word ("deadline") is outweighed by the rest.
_SURE = 1.5
_SURE_IF_SHORT = 3.0
_SHORT = 3  # words
# An English word Danish phrasings write at least this often, relatively, tells no English:
# "deadline", "online", "link", "budget" are Danish members' words too. (The field's Danish
# words in English phrasings, "dagsorden", "referat", are the group's words, and Danish.)
_BORROWED = 0.15


@dataclass(frozen=True)
class Judgement:
    likeliest: str | None  # None when the text has no words at all
    sure: bool

    @property
    def language(self) -> str | None:
        return self.likeliest if self.sure else None


class LanguageModel:
    def __init__(self, examples: Iterable[Example]) -> None:
        self._words = {language: Counter() for language in LANGUAGES}
        self._letters = {language: Counter() for language in LANGUAGES}
        for example in examples:
            if example.language in LANGUAGES:
                for word in _words(example.text):
                    self._words[example.language][word] += 1
                    self._letters[example.language].update(_trigrams(word))
        self._totals = {lang: sum(self._words[lang].values()) for lang in LANGUAGES}
        self._letter_totals = {lang: sum(self._letters[lang].values()) for lang in LANGUAGES}
        self._vocabulary = len(set(self._words["da"]) | set(self._words["en"]))
        self._trigram_kinds = len(set(self._letters["da"]) | set(self._letters["en"]))

    def judge(self, text: str) -> Judgement:
        found = _words(text)
        if not found:
            return Judgement(None, False)
        evidence = sum(self._evidence(word) for word in found)  # > 0: Danish
        likeliest = "da" if evidence >= 0 else "en"
        sure = abs(evidence) >= (_SURE_IF_SHORT if len(found) <= _SHORT else _SURE)
        return Judgement(likeliest, sure)

    def borrowed(self, word: str) -> bool:
        english = self._words["en"][word]
        return english > 0 and self._words["da"][word] >= _BORROWED * english

    def _evidence(self, word: str) -> float:
        """How much more likely the word is in a Danish phrasing than in an English one."""
        if self._words["da"][word] or self._words["en"][word]:
            return self._log_odds(self._words, self._totals, self._vocabulary, [word])
        trigrams = _trigrams(word)
        return self._log_odds(self._letters, self._letter_totals, self._trigram_kinds,
                              trigrams) / max(len(trigrams), 1)

    @staticmethod
    def _log_odds(counts: dict[str, Counter], totals: dict[str, int], kinds: int,
                  items: list[str]) -> float:
        def log_p(language: str, item: str) -> float:
            return math.log((counts[language][item] + _SMOOTHING)
                            / (totals[language] + _SMOOTHING * kinds))
        return sum(log_p("da", item) - log_p("en", item) for item in items)


@cache
def trained() -> LanguageModel:
    return LanguageModel(training_examples())


def language_of_text(text: str) -> str | None:
    """"da" or "en" when the text says it clearly; None when it is too short or mixed."""
    return trained().judge(text).language


def likeliest_language(text: str) -> str | None:
    """The better guess even when unsure; None only for a text without words."""
    return trained().judge(text).likeliest


def leaning_language(text: str) -> str | None:
    """The better guess, unless it is English and every word of the text is one Danish
    members write too ("deadline?", "online?"): None, so it is answered in the group's."""
    model, found = trained(), _words(text)
    likeliest = model.judge(text).likeliest
    if likeliest == "en" and all(model.borrowed(word) for word in found):
        return None
    return likeliest


def _words(text: str) -> list[str]:
    """The words, not those of a link or an e-mail address: "…/meetup-join/…?context=…" or
    "kontakt@kl.dk" is written in no language."""
    return [word.replace("’", "'") for word in _WORD.findall(_ADDRESS.sub(" ", text.casefold()))]


def _trigrams(word: str) -> list[str]:
    padded = f"<{word}>"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]
