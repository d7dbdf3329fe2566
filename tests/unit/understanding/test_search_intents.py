"""Questions about the minutes understood in Danish and English, with what is searched for."""

import pytest

from meetings.understanding.intents import Intent, Understood, understand


@pytest.mark.parametrize(
    ("text", "language", "argument"),
    [
        ("hvad blev besluttet om plejefamilier?", "da", "plejefamilier"),
        ("Hvad blev der besluttet om plejefamilier", "da", "plejefamilier"),
        ("hvad er der vedtaget vedrørende tilsynet?", "da", "tilsynet"),
        ("hvad har vi besluttet om netværkets økonomi", "da", "netværkets økonomi"),
        ("hvad besluttede vi om supervision?", "da", "supervision"),
        ("søg plejefamilier", "da", "plejefamilier"),
        ("søg: anbringelser", "da", "anbringelser"),
        ("søg i referaterne efter kommune-runden", "da", "kommune-runden"),
        ("what did we decide about foster families?", "en", "foster families"),
        ("What have we agreed on supervision", "en", "supervision"),
        ("what was decided about the budget?", "en", "the budget"),
        ("search minutes for foster families", "en", "foster families"),
        ("search: budget", "en", "budget"),
    ],
)
def test_a_question_about_the_minutes_is_a_search_for_its_subject(text, language, argument):
    assert understand(text) == Understood(Intent.SEARCH, language, argument)


@pytest.mark.parametrize("text", ["søg", "search", "hvad blev besluttet", "what did we decide"])
def test_a_search_without_a_subject_is_not_understood_as_one(text):
    assert understand(text).intent != Intent.SEARCH


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hvad mangler Rie", Intent.TASKS_OF),
        ("næste møde", Intent.NEXT_MEETING),
        ("opgave Rie undersøger om Socialtilsyn Øst kan deltage", Intent.ADD_TASK),
        ("punkt Plejefamilier og supervision", Intent.PROPOSE_ITEM),
    ],
)
def test_the_search_takes_no_message_that_meant_something_else(text, intent):
    assert understand(text).intent == intent
