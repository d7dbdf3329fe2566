"""A wish to plan a meeting read in a sentence, never as the plan command: the form's day and
times read from it, and "may" the verb is no month."""

from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from dialogs.meeting_form import prefilled, wished_values
from meetings.understanding.arguments.changes_asked import wishes_to_plan
from meetings.understanding.intents import Intent, understand
from meetings.understanding.meaning import PLAN_WISH
from meetings.understanding.slots import month_in

WISHES = ["vi skal mødes den 14. januar", "kan du planlægge et møde i januar?",
          "we should meet on 14 January", "can you set up a meeting in March?",
          "skal vi holde møde i uge 3?", "we need to arrange a meeting in February"]


@pytest.mark.parametrize("text", WISHES)
def test_a_wish_to_plan_is_read_as_one_and_never_as_the_plan_command(text):
    understood = understand(text)
    assert wishes_to_plan(text)
    assert (understood.intent, understood.selector) == (Intent.UNKNOWN, PLAN_WISH)


@pytest.mark.parametrize("text", [
    "hvornår skal vi mødes i januar?",  # asks when
    "when is the meeting in March?",
    "jeg skal til et møde på fredag",  # one's own meeting elsewhere
    "I should be at the meeting on Friday",
    "vi skal mødes",  # no day
    "we may meet soon, should we?",  # "may" is no month
    "skal vi aflyse mødet den 14. januar?",  # a meeting to cancel or move, not to plan
    "skal vi flytte mødet til uge 3?",
    "we should cancel the meeting on 14 January",
    "should we postpone the meeting to March?",
])
def test_a_question_or_a_remark_is_no_wish(text):
    assert not wishes_to_plan(text)
    assert understand(text).selector != PLAN_WISH


def test_may_is_a_month_only_after_in():
    assert month_in("we may meet", may_the_verb=True) == ""
    assert month_in("we may meet in May", may_the_verb=True) == "May"
    assert month_in("a meeting in May 2027", may_the_verb=True) == "May 2027"
    assert month_in("et møde i maj", may_the_verb=True) == "maj"
    assert month_in("temaet for May") == "May"  # a question's month: as it always was
    assert wishes_to_plan("we should meet in May")
    assert not wishes_to_plan("we should set up a meeting, as we may need one")


CONTEXT = SimpleNamespace(now=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
                          tz=ZoneInfo("Europe/Copenhagen"))


@pytest.mark.parametrize(("text", "values"), [
    ("vi skal mødes den 14. januar kl. 10", {"date": "2027-01-14", "start": "10:00",
                                             "end": "13:00"}),
    ("we should meet on 14 January 13-15", {"date": "2027-01-14", "start": "13:00",
                                            "end": "15:00"}),
    ("kan du planlægge et møde i januar?", {"date": "2027-01-04"}),  # its first working day
    ("can you set up a meeting in November?", {"date": "2026-11-26"}),  # this month: tomorrow
    ("skal vi holde møde i uge 3?", {"date": "2027-01-18"}),
])
def test_the_form_opens_with_the_day_and_times_named(text, values):
    assert wished_values(CONTEXT, text) == values


@pytest.mark.parametrize(("now", "text"), [
    (datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "skal vi holde møde i uge 48?"),  # a Friday
    (datetime(2026, 11, 30, 9, 0, tzinfo=UTC), "can you set up a meeting in November?"),
])
def test_a_week_or_month_with_no_working_day_left_opens_the_form_without_a_day(now, text):
    # not the Monday after, in a week or month other than the one named
    assert wished_values(SimpleNamespace(now=now, tz=CONTEXT.tz), text) == {}


def test_a_button_fills_the_form_only_with_what_reads():
    assert prefilled({"date": "2027-01-14", "start": "10:00", "end": "25:00"}) == {
        "date": "2027-01-14", "start": "10:00"}
    assert prefilled({"date": "DROP TABLE", "start": None}) == {}
