"""A "tak"/"please" at the end of a command is said to the bot, not part of the command nor of
a plan, move or cancel line; in a free text (an item, a task, a minutes line) it is the text's."""

import pytest

from meetings.understanding.intents import Intent, understand
from meetings.understanding.normalise import without_polite_end


@pytest.mark.parametrize(("text", "intent"), [
    ("plan our first meeting please", Intent.PLAN_MEETING),
    ("planlæg første møde tak", Intent.PLAN_MEETING),
    ("planlæg første møde, tak.", Intent.PLAN_MEETING),
    ("new meeting, thanks", Intent.PLAN_MEETING),
    ("referat please", Intent.MINUTES),
    ("referat tak!", Intent.MINUTES),
    ("publicér dagsordenen tak", Intent.PUBLISH_AGENDA),
    ("gennemgå punkter, tak", Intent.REVIEW_ITEMS),
    ("indstillinger tak", Intent.SETTINGS),
    ("settings pls", Intent.SETTINGS),
    ("intet fra os tak", Intent.NOTHING_FROM_US),
])
def test_a_command_with_thanks_at_its_end_is_that_command(text, intent):
    assert understand(text).intent == intent


@pytest.mark.parametrize(("text", "intent", "line"), [
    ("nyt møde 14. januar kl. 10 tak", Intent.PLAN_MEETING, "14. januar kl. 10"),
    ("nyt møde 14. januar kl. 10, tak!", Intent.PLAN_MEETING, "14. januar kl. 10"),
    ("new meeting 14 January 10:00 please", Intent.PLAN_MEETING, "14 January 10:00"),
    ("flyt næste møde til 16. februar kl. 10-13 tak", Intent.MOVE_MEETING,
     "16. februar kl. 10-13"),
    ("move the next meeting to 16 February 10-13 please", Intent.MOVE_MEETING,
     "16 February 10-13"),
])
def test_thanks_is_no_part_of_a_plan_or_move_line(text, intent, line):
    understood = understand(text)
    assert (understood.intent, understood.argument) == (intent, line)


def test_thanks_is_no_part_of_the_meeting_a_cancel_names():
    understood = understand("aflys møde 9. februar tak")
    assert (understood.intent, understood.selector) == (Intent.CANCEL_MEETING, "9. februar")


@pytest.mark.parametrize(("text", "intent", "argument"), [
    ("punkt: tak til Bodil", Intent.PROPOSE_ITEM, "tak til Bodil"),
    ("punkt: Budget, tak", Intent.PROPOSE_ITEM, "Budget, tak"),
    ("opgave: skriv tak til oplægsholderen", Intent.ADD_TASK,
     "skriv tak til oplægsholderen"),
    ("opgave: Rie ringer til KL, tak", Intent.ADD_TASK, "Rie ringer til KL, tak"),
    ("#beslutning Vi siger tak", Intent.CAPTURE, "#beslutning Vi siger tak"),
    ("nyt møde 9/2 kl. 10 tema: tak", Intent.PLAN_MEETING, "9/2 kl. 10 tema: tak"),
])
def test_thanks_in_a_free_text_is_kept_as_written(text, intent, argument):
    understood = understand(text)
    assert (understood.intent, understood.argument) == (intent, argument)


@pytest.mark.parametrize(("text", "kept"), [
    ("referat please", "referat"),
    ("nyt møde, mange tak", "nyt møde"),
    ("hjælp tak!", "hjælp"),
    ("settings, thank you", "settings"),
    ("tak", "tak"),  # thanks alone is thanks
    ("tema: tak", "tema: tak"),  # after a colon it is what is written
    ("tak til Bodil", "tak til Bodil"),
])
def test_only_thanks_at_the_end_after_a_word_is_left_out(text, kept):
    assert without_polite_end(text) == kept
