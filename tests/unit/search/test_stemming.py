"""Danish and English words reduced to stems, and the small words that name no subject."""

import pytest

from meetings.search.stemming import content_words, index_stems, query_stems, stems


@pytest.mark.parametrize("word", ["plejefamilier", "plejefamilie", "plejefamiliens",
                                  "plejefamilien", "plejefamilierne"])
def test_the_forms_of_a_danish_noun_share_one_stem(word):
    assert stems(word) == stems("plejefamilie") == ["plejefamili"]


def test_different_words_keep_different_stems():
    assert stems("plejefamilie") != stems("kommune")


def test_english_words_are_stemmed_with_the_english_stemmer():
    assert stems("families", "en") == stems("family", "en") == ["famili"]


def test_stop_words_are_dropped_in_both_languages():
    assert content_words("hvad blev der besluttet om plejefamilier og i kommunen") == [
        "besluttet", "plejefamilier", "kommunen"]
    assert content_words("what did we decide about the families") == ["decide", "families"]


def test_a_text_of_stop_words_has_no_stems():
    assert stems("hvad er det og om at der blev") == []
    assert stems("what is the") == []


def test_words_are_found_in_lower_case_across_punctuation_and_underscores():
    assert content_words("Plejefamilien: BUDGET_2027, tilsyn.") == [
        "plejefamilien", "budget", "2027", "tilsyn"]


def test_the_index_holds_the_danish_and_the_english_stem_of_each_word():
    assert index_stems("meetings") == ["meet", "meeting"]  # English, Danish
    assert index_stems("plejefamilien") == ["plejefamili", "plejefamilien"]


def test_a_danish_query_matches_by_the_danish_stem_and_an_english_one_by_both():
    assert query_stems("meetings", "da") == {"meeting"}
    assert query_stems("meetings", "en") == {"meeting", "meet"}
