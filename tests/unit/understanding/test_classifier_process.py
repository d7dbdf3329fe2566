"""The classifier is trained in a process of its own, so the process that serves never loads
scikit-learn; it reads every phrasing as scikit-learn's own analysers did and scores as the model
trained in this process does."""

import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from meetings.understanding.classifier import (
    _known_words,
    _training_rows,
    repository_classifier,
)
from meetings.understanding.corpus import training_examples
from meetings.understanding.grams import (
    START,
    _words_only,
    across_grams,
    char_grams,
    skip_pairs,
    word_grams,
    words_and_pairs,
)
from meetings.understanding.training import trained_in_child

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ("hvornår er næste møde?", "mine opgaver", "hvad blev besluttet om plejefamilier?",
           "dagsorden", "tak for i dag", "what's on the agenda", "hvad  mangler\tRie")


def test_understanding_a_message_loads_neither_scikit_learn_nor_scipy():
    code = ("import sys; from meetings.understanding.intents import prepare, understand; "
            "prepare(); understand('hvornår er næste møde?'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_training_phrasing_is_read_as_scikit_learns_analysers_read_it():
    examples = training_examples()
    texts, _ = _training_rows(examples, _known_words(examples))
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).build_analyzer()
    across = TfidfVectorizer(analyzer="char", ngram_range=(3, 5),
                             preprocessor=_words_only).build_analyzer()
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\S+",
                            preprocessor=lambda read: f"{START} {read}").build_analyzer()
    for text in (*texts, *SAMPLES):
        assert char_grams(text) == chars(text), text
        assert across_grams(text) == across(text), text
        assert word_grams(text) == words(text), text


def test_the_classifier_from_the_training_process_scores_as_one_trained_here():
    here, there = repository_classifier(), pickle.loads(trained_in_child())
    assert there.labels == here.labels and there.known == here.known
    for text in SAMPLES:
        there_read, here_read = there.scores(text), here.scores(text)
        assert np.allclose(there_read.per_label, here_read.per_label), text
        assert np.isclose(there_read.asking, here_read.asking), text
        assert there.guess(text) == here.guess(text)


def test_a_questions_words_pair_up_whatever_is_said_between_them():
    # "hvornår … møde" is the same pair with one word between or two
    one_between = skip_pairs("hvornår er møde")
    two_between = skip_pairs("hvornår er vores møde")
    assert "hvornår _ møde" in one_between and "hvornår _ møde" in two_between
    assert "hvornår _ møde" not in skip_pairs("hvornår er det nu vores møde")
    assert skip_pairs("møde") == [] and skip_pairs("næste møde") == [f"{START} _ møde"]
    # words and their neighbours as scikit-learn reads them, and the pairs apart besides
    assert words_and_pairs("hvem kommer i morgen") == [
        *word_grams("hvem kommer i morgen"),
        f"{START} _ kommer", f"{START} _ i", "hvem _ i", "hvem _ morgen", "kommer _ morgen"]
