"""Whom a question about who comes asks about, as the answer's card puts them first."""

import pytest

from meetings.understanding.intents import Intent, understood_as


@pytest.mark.parametrize(("text", "asked"), [
    ("anyone from næstved thurs", "næstved"),
    ("har ringsted sagt noget om de kommer", "ringsted"),
    ("kommer der nogen fra solrød i morgen", "solrød"),
    ("is anybody from kalundborg joining?", "kalundborg"),
    ("er der nogen fra Holbæk?", "Holbæk"),
    ("Kommer Daniel fra holbæk?", "Daniel"),  # a name with a capital first
])
def test_a_municipality_in_lower_case_is_asked_about(text, asked):
    assert understood_as(Intent.ATTENDANCE, text).argument == asked


def test_a_municipality_is_nobody_whose_tasks_are_asked_about():
    assert understood_as(Intent.TASKS_OF, "hvad mangler vi i holbæk").argument == ""


@pytest.mark.parametrize(("text", "asked"), [
    ("kommer Sanne og Stine?", "Sanne og Stine"),
    ("are Sanne and Stine coming?", "Sanne and Stine"),
    ("Hej! Er Malene og Thomas med på fredag?", "Malene og Thomas"),
    ("kommer Rie og de andre fra Ringsted", "Rie"),
])
def test_two_names_said_together_are_both_asked_about(text, asked):
    assert understood_as(Intent.ATTENDANCE, text).argument == asked


def test_the_tasks_asked_about_are_still_one_persons():
    assert understood_as(Intent.TASKS_OF, "hvad har Sanne og Stine af opgaver").argument == "Sanne"
