"""What is said rather than asked, told from the commands it resembles: a command that changes
something is never guessed, an absence is no regrets, where one comes from today is no
organisation, and a change to one's task, minutes said to be done or a task line that may be
a question show what to click instead of changing anything."""

import pytest

from meetings.understanding.intents import Intent
from meetings.understanding.meaning import MINUTES_DONE, TASK_CHANGE, TASK_FORM
from tests.unit.understanding.test_understanding import understood

CHANGING = {Intent.PLAN_MEETING, Intent.MOVE_MEETING, Intent.CANCEL_MEETING,
            Intent.PUBLISH_AGENDA, Intent.ADD_TASK, Intent.AWAY, Intent.NOTHING_FROM_US}


@pytest.mark.parametrize("text", [
    "kan vi rykke mødet?", "jeg vil gerne aflyse mødet", "please cancel it",
    "kan du planlægge et møde for os?", "send dagsordenen ud til alle sammen",
    "can we move the meeting to thursday?", "slet min opgave",
])
def test_a_command_that_changes_something_is_never_guessed(text):
    assert understood(text).intent not in CHANGING


@pytest.mark.parametrize("text", ["I'm off to a meeting", "out to lunch, back at 1"])
def test_going_off_or_out_to_somewhere_is_no_absence_until_a_date(text):
    assert understood(text).intent != Intent.AWAY


@pytest.mark.parametrize("text", ["jeg er fraværende til næste møde",
                                  "jeg er på ferie til næste møde, så afbud fra mig",
                                  "Jeg er syg til mødet"])
def test_away_until_a_meeting_is_no_absence_until_a_date_but_regrets(text):
    reading = understood(text)
    assert reading.intent != Intent.AWAY
    assert Intent.SEND_REGRETS in (reading.intent, *reading.alternatives)


@pytest.mark.parametrize("text", ["jeg kommer fra et møde i Køge, så jeg er lidt forsinket",
                                  "jeg kommer fra Køge på fredag",
                                  "I'm coming from Greve, if the trains run",
                                  # whom one comes for, to a meeting
                                  "Jeg repræsenterer Odsherred på torsdag",
                                  "I represent Køge at the next meeting"])
def test_where_one_comes_from_today_is_not_the_organisation_one_is_from(text):
    assert understood(text).intent != Intent.MY_ORGANISATION


@pytest.mark.parametrize(("text", "organisation"), [
    ("jeg kommer fra Holbæk Kommune", "Holbæk Kommune"), ("jeg kommer fra holbæk", "holbæk"),
    ("jeg kommer fra Socialtilsyn Øst", "Socialtilsyn Øst"), ("I am from Greve", "Greve"),
    ("jeg repræsenterer PPR i Holbæk", "PPR i Holbæk")])
def test_the_organisation_one_is_from_is_still_said_so(text, organisation):
    assert (understood(text).intent, understood(text).argument) == (
        Intent.MY_ORGANISATION, organisation)


@pytest.mark.parametrize("text", ["marker min opgave som færdig", "giv min opgave til Daniel",
                                  "kan jeg få udsat min opgave til næste uge?",
                                  "can I move my task to next week"])
def test_a_change_to_ones_own_task_asked_in_words_shows_ones_tasks(text):
    result = understood(text)
    assert (result.intent, result.selector) == (Intent.MY_TASKS, TASK_CHANGE)


@pytest.mark.parametrize("text", ["my tasks are done for this week, yay", "mine opgaver"])
def test_a_task_remark_or_question_is_no_change_asked_for(text):
    assert understood(text).selector != TASK_CHANGE


@pytest.mark.parametrize("text", ["referatet er færdigt", "Nu er referatet klar!",
                                  "the minutes are done"])
def test_minutes_said_to_be_done_are_shown_with_a_word_on_posting_them(text):
    result = understood(text)
    assert (result.intent, result.selector) == (Intent.MINUTES, MINUTES_DONE)


def test_a_remark_on_the_minutes_is_not_said_to_be_done():
    assert understood("referatet er godt skrevet").selector != MINUTES_DONE


def test_a_task_line_that_may_be_a_question_is_never_stored_on_a_guess():
    unsure = understood("opgave Ring KL")
    assert (unsure.intent, unsure.argument, unsure.selector) == (Intent.ADD_TASK, "Ring KL",
                                                                 TASK_FORM)
    remark = understood("task status from Kalundborg: all sorted")  # a colon, not after "task"
    assert remark.intent == Intent.UNKNOWN and remark.small_talk is not None
    line = understood("opgave: Rie ringer til KL, frist 1. december")
    assert (line.intent, line.selector) == (Intent.ADD_TASK, "")


def test_decisions_asked_of_a_meeting_without_a_subject_are_its_minutes():
    for text in ("what did we decide today?", "hvad har vi besluttet i dag?"):
        read = understood(text)
        assert (read.intent, read.alternatives) == (Intent.MINUTES, (Intent.SEARCH,)), text
    assert understood("hvornår talte vi om plejefamilier i dag?").intent == Intent.SEARCH


def test_away_until_a_date_is_still_away():
    assert (understood("jeg er væk til 3. januar").intent,
            understood("jeg er væk til 3. januar").argument) == (Intent.AWAY, "3. januar")


@pytest.mark.parametrize(("text", "argument"), [
    ("opret en opgave til Pia om at ringe til KL", "til Pia om at ringe til KL"),
    ("create a new task for Søren about the budget", "for Søren about the budget"),
])
def test_a_task_asked_for_in_a_sentence_brings_its_form_filled(text, argument):
    asked = understood(text)
    assert (asked.intent, asked.argument, asked.selector) == (Intent.ADD_TASK, argument, TASK_FORM)
    line = understood("opret en opgave: Pia ringer til KL")  # a line after the colon: stored
    assert (line.intent, line.selector) == (Intent.ADD_TASK, "")
