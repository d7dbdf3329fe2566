"""A group's own phrasings, in memory: kept as the corpus's words with "…" for any other, read
only where the classifier is unsure, and only questions."""

from datetime import UTC, datetime

import pytest

from meetings.understanding.intents import understand
from meetings.understanding.learnt import as_the_group_taught, learn, phrasing_of
from meetings.understanding.meaning import Intent
from tests.fakes import FakeUnitOfWork

NOW = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("said", "phrasing"), [
    ("Møde?", "mode"),
    ("Hej Mødebot, kan du vise dagsordenen?", "vise dagsordenen"),
    ("Kommer Daniel?", "kommer …"),
    ("kommer rie", "kommer …"),
    ("hvad står Kirsten Bjerregaard med", "hvad star … med"),
])
def test_a_phrasing_is_kept_in_the_corpus_words_and_nothing_else(said, phrasing):
    assert phrasing_of(said) == phrasing


@pytest.mark.parametrize("said", ["👍", "Xyzzy Qwerty", "", " ".join(["møde"] * 30)])
def test_a_message_without_a_word_the_corpus_knows_or_a_paragraph_is_not_kept(said):
    assert phrasing_of(said) == ""


async def test_an_unsure_reading_becomes_what_the_group_chose_with_its_parts_read():
    uow = FakeUnitOfWork()
    unsure = understand("hvad med Daniel")
    assert unsure.unsure
    assert await learn(uow.phrasings, 1, 7, Intent.TASKS_OF, "hvad med Lotte", NOW)
    read = await as_the_group_taught(uow.phrasings, 1, unsure, "hvad med Daniel")
    assert (read.intent, read.argument, read.unsure) == (Intent.TASKS_OF, "Daniel", False)
    assert (await as_the_group_taught(uow.phrasings, 2, unsure, "hvad med Daniel")).unsure


async def test_a_reading_the_classifier_is_sure_of_is_kept_whatever_the_group_taught():
    uow = FakeUnitOfWork()
    sure = understand("hvornår er næste møde?")
    assert sure.intent == Intent.NEXT_MEETING and not sure.unsure
    await learn(uow.phrasings, 1, 7, Intent.HELP, "hvornår er næste møde?", NOW)
    assert await as_the_group_taught(uow.phrasings, 1, sure, "hvornår er næste møde?") == sure


async def test_a_learnt_label_that_is_no_question_any_more_is_asked_again():
    uow = FakeUnitOfWork()
    said = "hjælp til referatet"
    unsure = understand(said)
    assert unsure.unsure
    await uow.phrasings.learn(1, 7, phrasing_of(said), "retired_question", NOW)
    assert (await as_the_group_taught(uow.phrasings, 1, unsure, said)).unsure
    await uow.phrasings.learn(1, 7, phrasing_of(said), "cancel_meeting", NOW)
    assert (await as_the_group_taught(uow.phrasings, 1, unsure, said)).unsure


async def test_the_answer_the_group_taught_offers_the_other_likely_questions_to_teach_again():
    uow = FakeUnitOfWork()
    said = "referat eller næste møde"
    unsure = understand(said)
    assert set(unsure.alternatives) >= {Intent.NEXT_MEETING, Intent.MINUTES}
    await learn(uow.phrasings, 1, 7, Intent.NEXT_MEETING, said, NOW)
    read = await as_the_group_taught(uow.phrasings, 1, unsure, said)
    assert (read.intent, read.learnt, read.offers_others) == (Intent.NEXT_MEETING, True, True)
    assert Intent.MINUTES in read.alternatives
    assert Intent.NEXT_MEETING not in read.alternatives
    assert read.said == said


@pytest.mark.parametrize(("said", "language"), [
    ("deadline status", None),  # too short to tell: the chat's language, not a guess
    ("referat eller næste møde", "da"),
])
async def test_the_answer_the_group_taught_is_in_the_language_the_text_says(said, language):
    uow = FakeUnitOfWork()
    unsure = understand(said)
    assert unsure.unsure and unsure.text_language == language
    await learn(uow.phrasings, 1, 7, unsure.alternatives[0], said, NOW)
    read = await as_the_group_taught(uow.phrasings, 1, unsure, said)
    assert read.learnt and read.reply_language == language
