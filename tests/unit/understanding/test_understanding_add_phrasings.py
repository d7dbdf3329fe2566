"""New phrasings go where the split rule sends them, once, and the held-out file is only
appended to."""

import pytest

from meetings.understanding.add_phrasings import append, checked, routed
from meetings.understanding.corpus import Example, is_held_out, read, split_key, write

# Phrasings on both sides of the rule, found once by trying the rule on them.
NEW = [Example(text, "next_meeting", "da") for text in (
    "hvornår ses vi i netværket", "hvad dag er mødet", "hvornår skal jeg være i Ringsted",
    "er mødet på teams", "hvor holder vi næste møde", "hvornår starter vi",
    "hvilket lokale skal vi være i", "hvornår er vi samlet igen i netværket",
)]


def test_each_new_phrasing_goes_to_the_part_its_hash_chooses():
    to_train, to_hold, dropped = routed(NEW, trained=set(), held_out=set())
    assert {e.text for e in to_hold} == {e.text for e in NEW if is_held_out(e.text)}
    assert {e.text for e in to_train} == {e.text for e in NEW if not is_held_out(e.text)}
    assert to_hold and to_train and not dropped


def test_a_phrasing_the_corpus_has_in_either_part_or_that_comes_twice_is_dropped():
    known, held = NEW[0], NEW[1]
    again = Example(NEW[2].text.upper() + "?", "next_meeting", "da")
    to_train, to_hold, dropped = routed(
        NEW + [again], trained={split_key(known.text)}, held_out={split_key(held.text)})
    kept = {e.text for e in to_train + to_hold}
    assert known.text not in kept and held.text not in kept and again.text not in kept
    assert dropped == {"training": 1, "held out": 1, "twice": 1}


def test_appending_keeps_the_rows_already_in_the_file(tmp_path):
    path = tmp_path / "part.tsv"
    write(path, [NEW[0]])
    append(path, [NEW[1], NEW[2]])
    assert read(path) == (NEW[0], NEW[1], NEW[2])


def test_a_row_with_an_unknown_intent_is_refused():
    with pytest.raises(ValueError):
        checked([Example("hvornår er næste møde", "next_meting", "da")])


def test_a_phrasing_about_ones_own_data_is_a_corpus_row():
    row = Example("hvad gemmer botten om mig", "my_data", "da")
    assert checked([row]) == [row]
