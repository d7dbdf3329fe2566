"""A weekday read in a proposal asked for in a sentence and in the theme question: the meeting
it names, as regrets read one, and no part of the item's title."""

import pytest

from meetings.understanding.arguments.weekday import without_weekday_said
from meetings.understanding.intents import PROPOSAL_FORM, Intent, understand


@pytest.mark.parametrize(("text", "subject", "weekday"), [
    ("vi vil gerne have et punkt om plejefamilier på fredag", "plejefamilier", "fredag"),
    ("kan vi få et punkt om tolkning og frivillige på torsdag?", "tolkning og frivillige",
     "torsdag"),
    ("we'd like an item on foster families on Friday", "foster families", "Friday"),
])
def test_the_proposal_form_is_for_the_weekday_and_its_title_is_the_subject(text, subject,
                                                                           weekday):
    understood = understand(text)
    assert (understood.intent, understood.selector) == (Intent.PROPOSE_ITEM, PROPOSAL_FORM)
    assert (understood.argument, understood.meeting) == (subject, weekday)


def test_an_item_line_keeps_its_title_as_written():
    understood = understand("punkt: Besøg på fredag")
    assert (understood.argument, understood.meeting) == ("Besøg på fredag", "")


@pytest.mark.parametrize(("text", "month", "weekday"), [
    ("hvad er temaet på fredag?", "", "fredag"),
    ("what's the theme on Friday?", "", "Friday"),
    ("hvad er temaet i september?", "september", ""),
    ("hvad er temaet for næste møde?", "", ""),
    ("hvad er temaet for mødet 5. februar?", "februar", "5. februar"),  # the day's meeting
])
def test_the_theme_question_names_its_meeting_by_a_weekday_or_date(text, month, weekday):
    understood = understand(text)
    assert understood.intent == Intent.THEME
    assert (understood.argument, understood.meeting) == (month, weekday)


def test_only_a_weekday_that_ends_the_sentence_is_taken_off():
    assert without_weekday_said("et punkt om plejefamilier på fredag.") == (
        "et punkt om plejefamilier", "fredag")
    assert without_weekday_said("fredagsbar på kontoret") == ("fredagsbar på kontoret", "")
