"""Which question a message asks, or that it asks none: scikit-learn's linear support vector
machine over character and word n-grams of `features.classifier_text`, trained from the corpus
the first time it is needed (a few seconds for 17,000 phrasings, the same model every time).

The training runs in a process of its own (`training`, with `fitting`), so the process that
serves never loads scikit-learn and SciPy (some 100 MB of memory). A message is scored with the
fitted vocabularies, idf weights and coefficients directly (`fitted`): the same arithmetic as
`TfidfVectorizer.transform` and `decision_function`, in NumPy alone.
"""

from __future__ import annotations

import math
import pickle
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from meetings.understanding.corpus import Example, training_examples
from meetings.understanding.features import classifier_text, typo_of
from meetings.understanding.fitted import Fitted
from meetings.understanding.normalise import request, words

START = "xstartx"  # a word that begins every message, for the word pairs to begin with
_ADDED_TOKEN = re.compile(r" ?\bx[a-z]+x\b")  # "xmodex", "xspmx", "xnavnx": see features.py
_WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analysers fold them
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Kinds of messages that are no command; every other label is an Intent value.
NO_COMMAND = frozenset({"thanks", "greeting", "goodbye", "ack", "none"})
NAMED = frozenset({"tasks_of", "attendance"})  # rows whose argument is a person or a place

ALTERNATIVE_SPAN = 0.6  # questions this close to the best are offered with it when unsure
ALTERNATIVE_FLOOR = -0.6  # and none scored lower: "aflys" alone offers nothing
MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class Thresholds:
    """When a score is sure enough to act on."""

    top_floor: float  # the best question's score must reach this to be answered unasked,
    command_margin: float  # beat the best no-command kind by this much,
    question_margin: float  # and the second-best question by this much;
    no_command_margin: float  # a no-command kind this far ahead of every question is one;
    # a question ahead of the second by less than `question_margin` but by this much is
    # answered, the second offered beside it ("Eller mente du …?"); closer, both are asked
    answer_margin: float = 0.0


# Found by `python -m bench.understanding --tune`: cross-validation on the training part only,
# the most questions answered right less three times those answered wrong, with at most 1.5 %
# of the messages that are no command taken (the target is 2 %). Answering the likelier of two
# close questions with the others offered beside it (answer_margin) answers more of them right
# for few more wrong, nearly all of those with the right one offered; the sentences about the
# group's things that ask nothing keep command_margin high.
THRESHOLDS = Thresholds(top_floor=-0.05, command_margin=0.9, question_margin=0.6,
                        no_command_margin=0.3, answer_margin=0.3)


@dataclass(frozen=True)
class Guess:
    """The likeliest label; whether it is sure enough to act on; the likeliest questions."""

    label: str
    confident: bool
    questions: tuple[str, ...]  # best first; what "Mente du …?" offers
    language: str | None = None  # a phrasing of the corpus's: the language it is written in
    # Which of these two questions it is, the margin between them too small to answer without
    # offering the second (confident) or at all (unsure)
    between: tuple[str, str] | None = None


class Classifier:
    def __init__(self, fitted: Fitted, known: frozenset[str],
                 memorised: dict[str, tuple[str, str]]) -> None:
        self._vectorisers = fitted.vectorisers
        self._weights = fitted.weights
        self._intercept = fitted.intercept
        self.labels: tuple[str, ...] = fitted.labels
        self._question = np.array([label not in NO_COMMAND for label in self.labels])
        self.known = known
        self._memorised = memorised

    @classmethod
    def train(cls, examples: Sequence[Example]) -> Classifier:
        """Trained in this process, with scikit-learn (the benchmark's cross-validation)."""
        from meetings.understanding.fitting import fit  # scikit-learn: only where it trains

        known = _known_words(examples)
        texts, labels = _training_rows(examples, known)
        # Character n-grams within words, and across the message's own words ("næste møde" as
        # one stretch; the tokens `classifier_text` adds left out), and words: the n-grams
        # across words lifted the cross-validated answers by about two points.
        return cls(fit(texts, labels, (char_grams, across_grams, word_grams)), known,
                   _memorised(examples))

    def scores(self, text: str) -> np.ndarray:
        """One score per label, as the model's decision function gives it. A message of several
        sentences is read as the whole or as one of its later sentences, whichever asks a
        question more clearly: "Vi er ved at skrive budget. Kan jeg se årsrapporten?" (the
        context first lifted the cross-validated answers by 1.4 points, for 0.1 more wrong)."""
        whole = self._scores(text)
        sentences = _SENTENCE_END.split(text.strip())
        if len(sentences) < 2:
            return whole
        best, clearest = whole, self._asking(whole)
        for sentence in sentences[1:]:
            scores = self._scores(sentence)
            if (asking := self._asking(scores)) > clearest:
                best, clearest = scores, asking
        return best

    def _asking(self, scores: np.ndarray) -> float:
        """How far the likeliest question is ahead of the likeliest no-command kind."""
        return float(scores[self._question].max() - scores[~self._question].max())

    def _scores(self, text: str) -> np.ndarray:
        read = classifier_text(text, self.known)
        total = self._intercept.copy()
        for vectoriser in self._vectorisers:
            # One pass over the n-grams in Python, the arithmetic in numpy: most of the time
            # per message went to the terms one at a time.
            vocabulary = vectoriser.vocabulary
            found = [(column, n) for term, n in Counter(vectoriser.analyse(read)).items()
                     if (column := vocabulary.get(term)) is not None]
            if not found:
                continue
            columns, counts = np.array(found, dtype=np.intp).T
            weights = 1.0 + np.log(counts)
            weights *= vectoriser.idf[columns]
            weights /= math.sqrt(float(weights @ weights))
            total += weights @ self._weights[columns + vectoriser.offset]
        return total

    def guess(self, text: str, thresholds: Thresholds = THRESHOLDS) -> Guess:
        scores = self.scores(text)
        if (known := self._memorised.get(request(text))) is not None:
            label, language = known
            return Guess(label, True, _first(label, self._close_questions(scores)), language)
        return self.decide(scores, thresholds)

    def decide(self, scores: np.ndarray, thresholds: Thresholds) -> Guess:
        """A question when it is clearly the best; no command when that is clearly better than
        every question; otherwise unsure, with the likeliest questions."""
        questions = self._close_questions(scores)
        asked = np.where(self._question, scores, -np.inf)
        best_label = self.labels[int(np.argmax(asked))]
        ranked = np.sort(scores[self._question])[::-1]
        best_question, second_question = float(ranked[0]), float(ranked[1])
        best_other = float(scores[~self._question].max())
        if best_question >= thresholds.top_floor \
                and best_question - best_other >= thresholds.command_margin:
            if best_question - second_question >= thresholds.question_margin:
                return Guess(best_label, True, questions)
            second_label = self.labels[int(np.argsort(-asked, kind="stable")[1])]
            answered = best_question - second_question >= thresholds.answer_margin
            return Guess(best_label, answered, questions, between=(best_label, second_label))
        if best_other - best_question >= thresholds.no_command_margin:
            return Guess(self.labels[int(np.argmax(scores))], True, questions)
        return Guess(best_label, False, questions)

    def _close_questions(self, scores: np.ndarray) -> tuple[str, ...]:
        order = [i for i in np.argsort(-scores, kind="stable") if self._question[i]]
        floor = max(scores[order[0]] - ALTERNATIVE_SPAN, ALTERNATIVE_FLOOR)
        return tuple(self.labels[i] for i in order[:MAX_ALTERNATIVES] if scores[i] >= floor)


@cache
def trained() -> Classifier:
    """The classifier of the corpus in the repository, trained once per process, in a child
    process that loads scikit-learn and hands back plain values (pickled: our own child)."""
    root = str(Path(__file__).resolve().parents[2])  # the child imports this same code
    done = subprocess.run([sys.executable, "-m", "meetings.understanding.training"],
                          cwd=root, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"training the classifier failed: {done.stderr.decode()[-2000:]}")
    return pickle.loads(done.stdout)  # noqa: S301 - written by the child above


def repository_classifier() -> Classifier:
    """The classifier of the corpus in the repository, trained in this process."""
    return Classifier.train(training_examples())


def char_grams(read: str) -> list[str]:
    """Character 2- to 4-grams within words, each word padded with a space: scikit-learn's
    `analyzer="char_wb", ngram_range=(2, 4)` on the lower-cased text, written out."""
    grams: list[str] = []
    for word in read.lower().split():
        word = f" {word} "
        for n in range(2, 5):
            grams.extend(word[i:i + n] for i in range(max(1, len(word) - n + 1)))
            if len(word) <= n:  # a short word counts once, as the longest gram it has
                break
    return grams


def across_grams(read: str) -> list[str]:
    """Character 3- to 5-grams over the message's own words, spaces included: scikit-learn's
    `analyzer="char", ngram_range=(3, 5)` with `_words_only` as preprocessor (which leaves the
    case as it is), written out."""
    text = _WHITE_SPACES.sub(" ", _words_only(read))
    return [text[i:i + n] for n in range(3, min(6, len(text) + 1))
            for i in range(len(text) - n + 1)]


def word_grams(read: str) -> list[str]:
    """Words and word pairs split at white space, after a word that begins every message, so
    "jeg har foreslået et punkt" (said) and "har jeg foreslået et punkt?" (asked) part:
    scikit-learn's `analyzer="word", ngram_range=(1, 2), token_pattern=r"\\S+"` with that
    preprocessor (which leaves the case as it is), written out."""
    words_ = f"{START} {read}".split()
    return words_ + [f"{a} {b}" for a, b in zip(words_, words_[1:], strict=False)]


def _words_only(read: str) -> str:
    """The message's words, without the concept, marker and placeholder tokens added to them."""
    return _ADDED_TOKEN.sub("", read)


def _known_words(examples: Sequence[Example]) -> frozenset[str]:
    """The corpus's words, less names: a word it knows is never taken for a person. Less its
    rare typos of the domain's words too, so "agneda" is read as "agenda" in training as after."""
    counts = Counter(word for example in examples for word in request(example.text).split())
    seen = {word for word, count in counts.items() if count > 2 or not typo_of(word)}
    # The names rows name, not the words between them ("Sanne og Stine", "the region")
    names = {word for example in examples if example.intent in NAMED
             for written in example.argument.split() if written[:1].isupper()
             for word in words(written)}
    # A word written with a capital inside messages more often than in lower case is a name
    # ("Ringsted", "Rie"); "Hej! Hvad …" and "Hi, What …" make no name of "hvad" or "what".
    capitalised = Counter(word for example in examples
                          for text in re.findall(r"\b[A-ZÆØÅ][^\W\d_]+", example.text)[1:]
                          for word in words(text))
    lower = Counter(word for example in examples
                    for text in re.findall(r"\b[a-zæøå][^\W\d_]*", example.text)
                    for word in words(text))
    return frozenset(seen - names - {w for w, n in capitalised.items() if n > lower[w]})


def _training_rows(examples: Sequence[Example], known: frozenset[str]
                   ) -> tuple[list[str], list[str]]:
    """Each phrasing as the classifier reads it; a phrasing with a name also as written, so a
    name typed in lower case ("hvad mangler rie") reads like one in capitals."""
    texts, labels = [], []
    for example in examples:
        names = words(example.argument) if example.intent in NAMED else ()
        read = classifier_text(example.text, known, names)
        texts.append(read)
        labels.append(example.intent)
        if names and (raw := classifier_text(example.text, known)) != read:
            texts.append(raw)
            labels.append(example.intent)
    return texts, labels


def _memorised(examples: Sequence[Example]) -> dict[str, tuple[str, str]]:
    """A phrasing of the corpus is understood as the corpus says, whatever the model learnt."""
    labels: dict[str, set[tuple[str, str]]] = {}
    for example in examples:
        if request(example.text):
            labels.setdefault(request(example.text), set()).add(
                (example.intent, example.language))
    return {text: next(iter(found)) for text, found in labels.items() if len(found) == 1}


def _first(label: str, questions: tuple[str, ...]) -> tuple[str, ...]:
    if label in NO_COMMAND:
        return questions
    return (label, *[q for q in questions if q != label])[:MAX_ALTERNATIVES]
