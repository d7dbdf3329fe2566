"""A member's first name in lower case is read, in the member's group, as the name it is."""

import pytest

from meetings.understanding.arguments.members_named import read_with_names, with_names_written
from meetings.understanding.intents import Intent, understand

NAMES = ["Lone Hansen", "Anne-Mette Jensen", "Daugaard, Søren (Køge)"]


@pytest.mark.parametrize(("text", "written"), [
    ("hvad mangler lone stadig", "hvad mangler Lone stadig"),
    ("what has anne-mette promised?", "what has Anne-Mette promised?"),
    ("kommer søren?", "kommer Søren?"),  # "Daugaard, Søren": the first name after the comma
    ("Lone har travlt", "Lone har travlt"),  # written as a name already
    ("hvad mangler hansen", "hvad mangler hansen"),  # a last name alone is no first name
    ("alone at last", "alone at last"),  # a name inside a word is none
])
def test_a_members_first_name_in_lower_case_is_written_as_a_name(text, written):
    assert with_names_written(text, NAMES) == written


def test_an_unsure_reading_about_a_member_is_answered_for_that_member():
    text = "har lone noget"
    assert understand(text).unsure
    read = read_with_names(understand(text), text, NAMES)
    assert (read.intent, read.argument, read.unsure) == (Intent.TASKS_OF, "Lone", False)


def test_without_a_member_of_that_name_the_reading_stays_unsure():
    text = "har lone noget"
    assert read_with_names(understand(text), text, ["Rie Nielsen"]) == understand(text)
    assert read_with_names(understand(text), text, ["Rie Nielsen"]).unsure


def test_a_sure_reading_is_not_read_again():
    text = "hvornår er næste møde?"
    assert read_with_names(understand(text), text, NAMES) is understand(text)
