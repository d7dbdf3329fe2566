"""What a search looks for: its subject, without the command's words for the minutes, the
words that say it is about something, or when it was said."""

import pytest

from meetings.understanding.intents import Intent, understand
from meetings.understanding.slots import searched, subject_in


@pytest.mark.parametrize(("text", "subject"), [
    # Where to look, said before the subject
    ("søg i referaterne på Børnehus", "Børnehus"),
    ("søg referater: beskæftigelse", "beskæftigelse"),
    ("søg på skoleværing?", "skoleværing"),
    ("søg i gamle referater efter magtanvendelse", "magtanvendelse"),
    ("søg i de gamle referater efter tolkebistand", "tolkebistand"),
    ("søg lige på familierådslagning", "familierådslagning"),
    ("search old minutes for hash", "hash"),
    ("search the network minutes for supervision", "supervision"),
    ("search for anything about respite care", "respite care"),
    # ... and after it
    ("søg efter ChatGPT i referaterne", "ChatGPT"),
    ("søg på efterværn i alle referater", "efterværn"),
    ("search for aftercare in the 2023 minutes", "aftercare"),
    # The subject as before
    ("søg plejefamilier", "plejefamilier"),
    ("søg i referaterne efter kommune-runden", "kommune-runden"),
    ("search minutes for foster families", "foster families"),
])
def test_a_search_command_looks_for_its_subject_alone(text, subject):
    understood = understand(text)
    assert (understood.intent, understood.argument) == (Intent.SEARCH, subject)


@pytest.mark.parametrize(("said", "subject"), [
    ("tolkning sidste år", "tolkning"),
    ("plejefamilier tidligere", "plejefamilier"),
    ("aftercare last year", "aftercare"),
    ("mileage last time", "mileage"),
    ("underretninger i 2025", "underretninger"),
    ("anbringelser i marts", "anbringelser"),
    ("supervision in the past", "supervision"),
    ("psykiatri i de gamle referater", "psykiatri"),
    # A subject that only says when is kept; "i" before a word that is no time is the subject's
    ("sidst", "sidst"),
    ("tolkning i telefon", "tolkning i telefon"),
    ("Barnets Lov", "Barnets Lov"),
])
def test_when_it_was_said_is_no_part_of_what_is_searched_for(said, subject):
    assert searched(said) == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("hvad besluttede vi om tolkning sidste år?", "tolkning"),
    ("hvad blev der besluttet om rammeaftalen sidste år?", "rammeaftalen"),
    ("what did we decide on aftercare last year?", "aftercare"),
])
def test_a_question_about_the_minutes_looks_for_its_subject_alone(text, subject):
    understood = understand(text)
    assert (understood.intent, understood.argument) == (Intent.SEARCH, subject)


@pytest.mark.parametrize(("text", "subject"), [
    ("hvad har vi snakket om vedr. overgangen til voksenområdet", "overgangen til voksenområdet"),
    ("hvad har vi talt om ift. lettere behandlingstilbud", "lettere behandlingstilbud"),
    ("hvad snakkede vi om mht. kørselsgodtgørelse", "kørselsgodtgørelse"),
    ("hvad snakkede vi om i forhold til sociale medier og unge", "sociale medier og unge"),
    ("remind me what we concluded re the joint hotline", "the joint hotline"),
    ("what did we talk about with regard to the budget", "the budget"),
])
def test_the_words_that_say_what_it_is_about_are_no_part_of_the_subject(text, subject):
    assert subject_in(text) == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("hvad besluttede vi om mødet i juni", "mødet i juni"),
    ("what did we decide about the meeting in June", "the meeting in June"),
])
def test_a_search_about_a_meeting_alone_keeps_the_meeting_as_its_subject(text, subject):
    assert subject_in(text) == subject


def test_a_question_about_the_meeting_in_june_is_a_search_not_asked_back():
    understood = understand("what did we decide about the meeting in June")
    assert (understood.intent, understood.argument) == (Intent.SEARCH, "the meeting")


@pytest.mark.parametrize(("text", "subject"), [
    # Words the corpus has seen once or twice, never in a subject: still a subject after "om"
    ("hvornår talte vi om rammeaftaler?", "rammeaftaler"),
    ("hvornår talte vi om familier?", "familier"),
    ("hvornår talte vi om aftalen?", "aftalen"),
])
def test_a_rare_word_after_om_is_searched_for_not_asked_back(text, subject):
    understood = understand(text)
    assert (understood.intent, understood.argument) == (Intent.SEARCH, subject)


@pytest.mark.parametrize(("text", "subject", "year"), [
    ("hvad sagde vi om budget sidste år?", "budget", "-1"),
    ("søg på budget i 2024", "budget", "2024"),
    ("søg efter budgettet i år", "budgettet", "+0"),
    ("what did we decide about the budget this year?", "the budget", "+0"),
    ("when did we discuss aftercare in 2023?", "aftercare", "2023"),
    # A year that is part of the subject is searched for, in every year's minutes
    ("hvad besluttede vi om Budget 2024?", "Budget 2024", ""),
    ("hvad sagde vi om budget?", "budget", ""),
])
def test_the_year_a_search_names_is_kept_apart_from_its_subject(text, subject, year):
    understood = understand(text)
    assert (understood.intent, understood.argument, understood.selector) == \
        (Intent.SEARCH, subject, year)
