"""The trained classifier is kept between starts, keyed by what it was trained from: the next
start of the same corpus and code reads it instead of training for half a minute, and a
changed corpus or code, a damaged file or a cache that cannot be written never gives a wrong or
missing classifier."""

import logging
import pickle

import pytest

from meetings.understanding import training
from meetings.understanding.classifier import Classifier
from meetings.understanding.corpus import training_examples
from meetings.understanding.training import trained, training_key

SAMPLES = ("hvornår er næste møde?", "mine opgaver", "tak", "what's on the agenda")


@pytest.fixture(scope="module")
def small() -> bytes:
    """A classifier of every twentieth phrasing, pickled as the training child hands it back."""
    return pickle.dumps(Classifier.train(training_examples()[::20]), pickle.HIGHEST_PROTOCOL)


@pytest.fixture
def child(monkeypatch, tmp_path, small):
    """Training counted, the cache in a folder of the test's own; the process's own classifier
    is read again afterwards (from the repository's cache, or trained)."""
    calls = []

    def counted() -> bytes:
        calls.append(1)
        return small

    monkeypatch.setattr(training, "CACHE_DIR", tmp_path / "models")
    monkeypatch.setattr(training, "trained_in_child", counted)
    trained.cache_clear()
    yield calls
    trained.cache_clear()


def test_the_next_start_reads_the_classifier_the_first_trained(child, tmp_path):
    first = trained()
    assert len(child) == 1
    assert [p.name for p in (tmp_path / "models").iterdir()] == [
        f"classifier-{training_key()}.pickle"]
    trained.cache_clear()
    again = trained()
    assert len(child) == 1  # read, not trained
    for text in SAMPLES:
        assert again.guess(text) == first.guess(text), text


def test_a_damaged_file_is_trained_anew_and_replaced(child, tmp_path, caplog):
    cached = tmp_path / "models" / f"classifier-{training_key()}.pickle"
    cached.parent.mkdir()
    cached.write_bytes(b"\x80\x05 not a pickle")
    with caplog.at_level(logging.WARNING, logger=training.__name__):
        assert trained().guess("mine opgaver").label == "my_tasks"
    assert len(child) == 1
    assert "could not be read" in caplog.text
    assert isinstance(pickle.loads(cached.read_bytes()), Classifier)


def test_a_file_of_another_corpus_or_code_is_removed_when_the_new_one_is_kept(child, tmp_path):
    older = tmp_path / "models" / "classifier-0123456789abcdef.pickle"
    older.parent.mkdir()
    older.write_bytes(b"trained from another corpus")
    trained()
    assert len(child) == 1
    assert not older.exists()


def test_a_cache_that_cannot_be_written_costs_the_next_start_its_training_only(
        child, monkeypatch, tmp_path, caplog):
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setattr(training, "CACHE_DIR", tmp_path / "a file" / "models")
    with caplog.at_level(logging.WARNING, logger=training.__name__):
        assert trained().guess("hvornår er næste møde?").label == "next_meeting"
    assert "could not be cached" in caplog.text
    trained.cache_clear()
    trained()
    assert len(child) == 2


def test_the_key_follows_the_training_corpus_and_the_code_not_the_held_out_parts(
        monkeypatch, tmp_path):
    corpus, package = tmp_path / "corpus", tmp_path / "package"
    corpus.mkdir()
    package.mkdir()
    for name in ("train.tsv", "taught.tsv", "heldout.tsv", "heldout2.tsv"):
        (corpus / name).write_text("text\tintent\tlanguage\targument\n")
    (package / "features.py").write_text("WORDS = 1\n")
    monkeypatch.setattr(training, "CORPUS_DIR", corpus)
    monkeypatch.setattr(training, "HELD_OUT", corpus / "heldout.tsv")
    monkeypatch.setattr(training, "HELD_OUT_2", corpus / "heldout2.tsv")
    monkeypatch.setattr(training, "PACKAGE", package)

    key = training_key()
    for held_out in ("heldout.tsv", "heldout2.tsv"):
        with (corpus / held_out).open("a") as rows:
            rows.write("hvornår ses vi\tnext_meeting\tda\t\n")
    assert training_key() == key
    with (corpus / "train.tsv").open("a") as rows:
        rows.write("hvornår ses vi\tnext_meeting\tda\t\n")
    assert (after_corpus := training_key()) != key
    (package / "features.py").write_text("WORDS = 2\n")
    assert training_key() not in (key, after_corpus)


def test_a_cache_file_that_cannot_be_finished_leaves_nothing_half_written(
        child, monkeypatch, tmp_path):
    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(training.os, "replace", full_disk)
    assert trained().guess("mine opgaver").label == "my_tasks"
    assert list((tmp_path / "models").iterdir()) == []
