"""What a question about the minutes searches for: forms, compounds and translations, read from
the glossary."""

import pytest

from meetings.search.glossary import glossary, parse_glossary
from meetings.search.stemming import index_stems
from meetings.search.terms import query_terms


def finds(query: str, text: str, language: str = "da") -> bool:
    """Whether every subject of the query is in the text, as the search decides it."""
    indexed = frozenset(index_stems(text))
    terms = query_terms(query, language)
    return bool(terms) and all(term.matches(indexed) for term in terms)


@pytest.mark.parametrize(("danish", "english"), [
    ("anbringelse", "placement"), ("underretning", "report of concern"),
    ("børnehus", "children's house"), ("rammeaftale", "framework agreement"),
    ("§ 32 institution", "section 32 institution"), ("plejefamilie", "foster family"),
    ("sagsbehandler", "caseworker"), ("tilsyn", "supervision"), ("efterværn", "aftercare"),
])
def test_the_glossary_holds_the_fields_words_in_both_languages(danish, english):
    assert any(danish in c.danish and english in c.english for c in glossary())
    assert len(glossary()) >= 60


@pytest.mark.parametrize(("query", "text"), [
    # As the seed minutes write them (001, 000), asked in the glossary's form and in English
    ("sikret institution", "Status på arbejdet med de sikrede institutioner"),
    ("secure institutions", "Status på arbejdet med de sikrede institutioner"),
    ("the secure unit", "Status på arbejdet med de sikrede institutioner"),
    ("sikret afdeling", "Pigen er på en sikret afdeling"),
    ("ambulatorium", "henvises barnet videre til ambulatoriet"),
    ("the outpatient clinic", "henvises barnet videre til ambulatoriet"),
])
def test_a_glossary_concept_finds_the_form_the_seed_minutes_use(query, text):
    assert finds(query, text, "en" if query.startswith(("the", "secure")) else "da")


def test_a_glossary_line_needs_both_languages():
    assert parse_glossary("# note\n\nplejefamilie | plejeforældre\tfoster family\n")[0].danish \
        == ("plejefamilie", "plejeforældre")
    for broken in ("plejefamilie foster family", "plejefamilie\t", "a\tb\tc"):
        with pytest.raises(ValueError, match="glossary line 1"):
            parse_glossary(broken)


def test_a_phrase_of_the_glossary_is_one_subject_found_in_either_language():
    [term] = query_terms("what did we decide about foster families?", "en")
    assert term.matches(frozenset(index_stems("Plejefamilierne mangler")))
    assert term.matches(frozenset(index_stems("two foster families came")))
    assert not term.matches(frozenset(index_stems("the family came")))


def test_translations_go_both_ways():
    assert finds("placements", "Anbringelsen blev godkendt", "en")
    assert finds("barnets lov", "The Children's Act applies")
    assert finds("underretninger", "a report of concern from the school")
    assert not finds("underretninger", "the annual report")


def test_danish_compounds_are_found_from_their_first_and_last_parts():
    assert finds("budget", "Budgettet for 2027")
    assert finds("budget", "Budgetrammen er uændret")
    assert finds("familie", "Venskabsfamilierne")
    assert finds("aftale", "Rammeaftalen")
    assert not finds("familie", "Sagsbehandlerne")


@pytest.mark.parametrize(("query", "text"), [
    ("ret", "Tages til efterretning"), ("sted", "Mødet er i Ringsted"),
    ("sted", "Hun sender en stedfortræder"), ("mål", "Et godt spørgsmål"),
    ("tid", "Samtidig behandling"), ("hus", "Sygehuset i Slagelse"), ("bud", "Budgettet"),
])
def test_a_short_word_does_not_find_words_that_merely_contain_it(query, text):
    assert not finds(query, text)
