"""The year in chat, in Danish and English: planning it, seeing the årshjul, and the theme of a
month, understood with their arguments; what meant something before still means it."""

import pytest

from meetings.understanding.intents import Intent, Understood, understand


@pytest.mark.parametrize(
    ("text", "language", "argument", "selector"),
    [
        ("planlæg året", "da", "", "planlæg"),
        ("Planlæg året 2027", "da", "2027", "planlæg"),
        ("planlæg næste år", "da", "+1", "planlæg"),  # counted from the group's today
        ("planlæg årets møder", "da", "", "planlæg"),
        ("planlæg 2028", "da", "2028", "planlæg"),
        ("årshjul", "da", "", ""),
        ("Vis årshjulet for 2027", "da", "2027", ""),
        ("årsplan", "da", "", ""),
        ("årsplanen 2027", "da", "2027", ""),
        ("plan the year", "en", "", "plan"),
        ("Plan next year.", "en", "+1", "plan"),
        ("plan 2027", "en", "2027", "plan"),
        ("annual plan", "en", "", ""),
        ("show the annual plan for 2027", "en", "2027", ""),
        ("year wheel", "en", "", ""),
    ],
)
def test_the_year_is_planned_or_shown(text, language, argument, selector):
    understood = understand(text)
    assert understood == Understood(Intent.YEAR_PLAN, language, argument, understood.selector)
    assert understood.selector.lower() == selector  # the word as written; asked to plan or not


@pytest.mark.parametrize(
    ("text", "language", "argument"),
    [
        ("hvad er temaet i september?", "da", "september"),
        ("Hvad er temaet i september 2027?", "da", "september 2027"),
        ("tema i september", "da", "september"),
        ("temaet i marts", "da", "marts"),
        ("hvilket tema har vi i maj?", "da", "maj"),
        ("hvad bliver temaet i februar", "da", "februar"),
        ("what is the theme in September?", "en", "September"),
        ("What's the theme for May 2028?", "en", "May 2028"),
        ("theme in November", "en", "November"),
        ("hvad er temaet i dag?", "da", "dag"),  # no month: the answer says so, with an example
    ],
)
def test_the_theme_of_a_month_is_asked(text, language, argument):
    assert understand(text) == Understood(Intent.THEME, language, argument)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("nyt møde fredag 9. februar 2029 kl. 10-13 tema: Psykiatri", Intent.PLAN_MEETING),
        ("planlæg et møde", Intent.PLAN_MEETING),
        ("plan a meeting", Intent.PLAN_MEETING),
        ("mødeplan", Intent.LIST_MEETINGS),
        ("søg tema", Intent.SEARCH),
        ("opgave: Rie planlægger året", Intent.ADD_TASK),
        ("planlæg", Intent.UNKNOWN),
        ("årshjul for alle", Intent.UNKNOWN),
    ],
)
def test_what_meant_something_else_still_does(text, intent):
    assert understand(text).intent == intent
