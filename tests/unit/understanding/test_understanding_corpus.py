"""The corpus of how members write: enough phrasings per question and language, and a held-out
quarter (the part its hash rule chose, and a second set written apart) the training part never
sees."""

from collections import Counter

from meetings.understanding.corpus import (
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_PARTS,
    TAUGHT,
    TRAIN,
    is_held_out,
    read,
    split_key,
    training_examples,
)
from meetings.understanding.meaning import CLASSIFIED

# Every question the classifier may answer: a new one needs its phrasings before it is answered.
QUESTIONS = tuple(sorted(intent.value for intent in CLASSIFIED))
NO_COMMAND = ("thanks", "greeting", "goodbye", "ack", "none")


def held_out() -> tuple:
    return tuple(example for part in HELD_OUT_PARTS for example in read(part))


def test_every_question_has_at_least_forty_phrasings_in_each_language():
    counts = Counter((e.intent, e.language) for e in training_examples() + held_out())
    assert {(q, lang) for q in QUESTIONS for lang in ("da", "en")
            if counts[(q, lang)] < 40} == set()


def test_at_least_150_messages_are_no_command_at_all():
    examples = training_examples() + held_out()
    assert sum(1 for e in examples if e.intent in NO_COMMAND) >= 150


def test_the_first_held_out_part_is_the_one_its_hash_rule_chose():
    assert all(is_held_out(e.text) for e in read(HELD_OUT))
    assert not any(is_held_out(e.text) for e in read(TRAIN))


def test_the_two_held_out_parts_are_at_least_a_quarter_of_the_corpus():
    held = len(held_out())
    assert 0.25 <= held / (len(training_examples()) + held) < 0.35
    assert len(read(TAUGHT)) < held / 5  # the exemption stays small


def test_the_second_held_out_set_is_in_both_languages_and_has_messages_that_are_no_command():
    counts = Counter((e.intent, e.language) for e in read(HELD_OUT_2))
    assert {(q, lang) for q in QUESTIONS for lang in ("da", "en") if counts[(q, lang)] < 10} \
        == set()
    assert sum(n for (intent, _), n in counts.items() if intent in NO_COMMAND) >= 100


def test_no_held_out_phrasing_is_also_a_training_phrasing():
    trained = {split_key(e.text) for e in training_examples()}
    assert [e.text for e in held_out() if split_key(e.text) in trained] == []


def test_every_row_has_a_known_label_and_language():
    labels = set(QUESTIONS) | set(NO_COMMAND)
    for example in training_examples() + held_out():
        assert example.intent in labels, example
        assert example.language in ("da", "en", "-"), example
