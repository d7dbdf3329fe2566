"""The corpus of how members write: enough phrasings per question and language, and a held-out
quarter chosen by its rule that the training part never sees."""

from collections import Counter

from meetings.understanding.corpus import (
    HELD_OUT,
    TAUGHT,
    TRAIN,
    is_held_out,
    read,
    split_key,
    training_examples,
)

QUESTIONS = ("next_meeting", "list_meetings", "agenda", "attendance", "deadline", "my_tasks",
             "open_tasks", "tasks_of", "theme", "search", "help", "annual_report", "year_plan",
             "minutes", "send_regrets", "propose_item", "members", "my_data")
NO_COMMAND = ("thanks", "greeting", "goodbye", "ack", "none")


def test_every_question_has_at_least_forty_phrasings_in_each_language():
    counts = Counter((e.intent, e.language) for e in training_examples() + read(HELD_OUT))
    assert {(q, lang) for q in QUESTIONS for lang in ("da", "en")
            if counts[(q, lang)] < 40} == set()


def test_at_least_150_messages_are_no_command_at_all():
    examples = training_examples() + read(HELD_OUT)
    assert sum(1 for e in examples if e.intent in NO_COMMAND) >= 150


def test_the_held_out_part_is_the_quarter_its_hash_rule_chose():
    train, held_out = read(TRAIN), read(HELD_OUT)
    assert all(is_held_out(e.text) for e in held_out)
    assert not any(is_held_out(e.text) for e in train)
    assert 0.2 < len(held_out) / (len(train) + len(held_out)) < 0.3
    assert len(read(TAUGHT)) < len(held_out) / 5  # the exemption stays small


def test_no_held_out_phrasing_is_also_a_training_phrasing():
    trained = {split_key(e.text) for e in training_examples()}
    assert [e.text for e in read(HELD_OUT) if split_key(e.text) in trained] == []


def test_every_row_has_a_known_label_and_language():
    labels = set(QUESTIONS) | set(NO_COMMAND)
    for example in training_examples() + read(HELD_OUT):
        assert example.intent in labels, example
        assert example.language in ("da", "en", "-"), example
