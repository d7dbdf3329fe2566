"""An erased person's name in free text: the ways the group writes it, and what replaces it."""

from meetings.groups.entities import Member
from meetings.privacy.free_text import mentions, names_written, rewriter

RIE = Member(id=1, name="Rie  Nielsen")
DANIEL = Member(id=2, name="Daniel Gottrup")
RIE_HOLM = Member(id=3, name="Rie Holm")


def test_the_first_name_counts_only_when_nobody_else_in_the_group_has_it():
    assert names_written(RIE, [RIE, DANIEL]) == ["Rie Nielsen", "Rie"]
    assert names_written(RIE, [RIE, DANIEL, RIE_HOLM]) == ["Rie Nielsen"]


def test_whole_names_are_replaced_with_a_danish_genitive_kept_and_words_left_alone():
    rewrite = rewriter(["Rie Nielsen", "Rie"], "Tidligere medlem")
    assert rewrite("Rie\nNielsen ringer; Ries tal; spørg Rie.") == (
        "Tidligere medlem ringer; Tidligere medlems tal; spørg Tidligere medlem.")
    assert rewrite("Kategorier, Riesling og rie") == "Kategorier, Riesling og rie"


def test_in_english_the_possessive_follows_the_replacement():
    rewrite = rewriter(["Daniel Gottrup", "Daniel"], "Former member")
    assert rewrite("Daniel's task, from Daniel Gottrup") == (
        "Former member's task, from Former member")


def test_a_text_mentions_the_person_where_the_rewrite_would_replace_them():
    named = mentions(["Rie Nielsen", "Rie"])
    assert [named(text) for text in ("Rie (Holbæk)", "Ries tal", "Rie\nNielsen")] == [True] * 3
    assert [named(text) for text in ("Marie", "Kategorier", "", None)] == [False] * 4
