"""Everyday messages understood as a colleague would: questions however they are phrased, the
sayings that are no question (regrets, a wish for an item), small talk as small talk, and a
question asked back when the bot is unsure. Never tested on the held-out part of the corpus."""

import numpy as np
import pytest

from meetings.understanding.classifier import THRESHOLDS, Scores
from meetings.understanding.corpus import HELD_OUT_PARTS, read, split_key, training_examples
from meetings.understanding.intents import (
    Intent,
    SmallTalk,
    Understood,
    prepare,
    understand,
    understood_as,
)
from meetings.understanding.meaning import CLASSIFIED, PROPOSAL_FORM
from meetings.understanding.training import trained

HELD_OUT_TEXTS = {split_key(example.text) for part in HELD_OUT_PARTS for example in read(part)}


def understood(text: str) -> Understood:
    assert split_key(text) not in HELD_OUT_TEXTS, f"{text!r} is held out: test another phrasing"
    return understand(text)


@pytest.mark.parametrize(("text", "intent"), [
    ("Hej Mødebot, kan du vise dagsordenen?", Intent.AGENDA),
    ("hvornår er vi samlet næste gang", Intent.NEXT_MEETING),
    ("Hvor skal vi være?", Intent.NEXT_MEETING),
    ("Foregår mødet på Teams?", Intent.NEXT_MEETING),
    ("Kommer Daniel?", Intent.ATTENDANCE),
    ("whats on my plate", Intent.MY_TASKS),
    ("årsberetning", Intent.ANNUAL_REPORT),
    ("hej, hvornår er det nu vi ses igen?", Intent.NEXT_MEETING),
    ("kan du sige hvad der står på dagsordenen", Intent.AGENDA),
    ("hvem kommer fra Roskilde?", Intent.ATTENDANCE),
    ("when are we meeting up next?", Intent.NEXT_MEETING),
])
def test_the_issues_everyday_questions_are_understood(text, intent):
    assert understood(text).intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    ("Hej Mødebot, vil du lige vise hvem der kommer på torsdag?", Intent.ATTENDANCE),
    ("Hej, et hurtigt spørgsmål: hvem har meldt afbud til torsdag?", Intent.ATTENDANCE),
    ("could you tell me who is coming on thursday?", Intent.ATTENDANCE),
    ("sorry, quick question: whats on the agenda for thursday?", Intent.AGENDA),
    ("Kommer Birthe på torsdag?", Intent.ATTENDANCE),
    ("dagsorden til torsdag?", Intent.AGENDA),
    ("wheres the meeting on thursday", Intent.NEXT_MEETING),
    ("hlep me please", Intent.HELP),
    ("afbd fra mig til torsdag", Intent.SEND_REGRETS),
    ("hvad er status på Birthes opgaver?", Intent.TASKS_OF),
])
def test_questions_with_politeness_in_front_typos_and_dropped_apostrophes_are_understood(
        text, intent):
    assert understood(text).intent == intent


@pytest.mark.parametrize("text", ["referatet fra torsdag er lagt på Teams",
                                  "hvordan gør I med skolevægring i Faxe?",
                                  "the agenda went out to everyone this morning"])
def test_a_sentence_about_the_groups_things_that_asks_the_bot_nothing_is_not_answered(text):
    assert understood(text).intent == Intent.UNKNOWN


def test_regrets_and_coming_by_sentence_are_understood_in_both_languages():
    assert understood("jeg kan ikke komme til næste møde").intent == Intent.SEND_REGRETS
    assert understood("jeg deltager i næste møde").intent == Intent.ATTEND
    assert understood("I'll be there on Friday").intent == Intent.ATTEND
    assert understood("Sorry, I can't make it to the next meeting").intent == Intent.SEND_REGRETS


@pytest.mark.parametrize(("text", "subject"), [
    ("Vi vil gerne have et punkt om plejefamilier", "plejefamilier"),
    ("we'd love an item on waiting lists", "waiting lists"),
    ("vi vil gerne have et punkt om § 32 institutioner", "§ 32 institutioner"),  # the law's §
])
def test_a_wish_for_an_item_opens_the_proposal_form_with_its_subject(text, subject):
    assert understood(text) == Understood(Intent.PROPOSE_ITEM, understood(text).language,
                                          subject, PROPOSAL_FORM)


@pytest.mark.parametrize(("text", "subject", "language"), [
    ("hvornår talte vi om tolkning?", "tolkning", "da"),
    ("when did we discuss foster families?", "foster families", "en"),
    ("hvornår talte vi om § 32 institutioner?", "§ 32 institutioner", "da"),
])
def test_when_did_we_talk_about_something_searches_the_minutes_for_it(text, subject, language):
    assert understood(text) == Understood(Intent.SEARCH, language, subject)


def test_a_person_asked_about_is_read_from_the_question():
    assert understood("hvad skal Rie nå inden fredag?") == \
        Understood(Intent.TASKS_OF, "da", "Rie")


def test_a_name_tells_a_persons_tasks_from_the_groups_when_the_words_alone_do_not():
    assert understood("what do we still need from Kirsten?") == \
        Understood(Intent.TASKS_OF, "en", "Kirsten")
    assert understood("hvad venter vi på fra Kirsten?").intent == Intent.TASKS_OF
    assert understood("what are we still waiting for?").intent == Intent.OPEN_TASKS


def test_the_month_of_a_theme_is_read_from_a_meeting_named_by_it():
    assert understood("hvad er temaet for junimødet?").argument == "juni"


@pytest.mark.parametrize(("text", "kind"), [
    ("tak", SmallTalk.THANKS), ("tak for et godt møde", SmallTalk.THANKS),
    ("hej hej", SmallTalk.GREETING), ("god weekend", SmallTalk.GOODBYE),
    ("ok", SmallTalk.ACK), ("👍", SmallTalk.ACK), ("mødet i går var godt", SmallTalk.OTHER),
    ("punkt 5 er flyttet til næste gang", SmallTalk.OTHER),
])
def test_small_talk_is_no_command_and_says_what_kind_of_reply_it_wants(text, kind):
    result = understood(text)
    assert result.intent == Intent.UNKNOWN and result.small_talk == kind
    assert not result.unsure


@pytest.mark.parametrize("text", ["møde", "mødet", "Mødet?"])
def test_the_meeting_in_a_word_is_answered_with_the_next_one(text):
    # As a colleague would: "the meeting" is the next one, unless one of them is named.
    assert understood(text).intent == Intent.NEXT_MEETING


@pytest.mark.parametrize(("text", "offered"), [
    ("referat eller næste møde", {Intent.MINUTES, Intent.NEXT_MEETING}),
    ("hjælp til referatet", {Intent.HELP, Intent.MINUTES}),
    ("agenda or minutes", {Intent.AGENDA, Intent.MINUTES}),
])
def test_when_unsure_the_bot_offers_the_likeliest_questions_instead_of_guessing(text, offered):
    result = understood(text)
    assert result.intent == Intent.UNKNOWN and result.unsure
    assert offered <= set(result.alternatives) and len(result.alternatives) <= 3


def test_one_thing_or_not_is_no_choice_between_two():
    assert understood("kommer Daniel eller ej?").intent == Intent.ATTENDANCE


@pytest.mark.parametrize(("text", "intent", "subject"), [
    # A subject word the corpus also says in questions that mark no subject is still one.
    ("when did we last discuss psychiatry?", Intent.SEARCH, "psychiatry"),
    ("har vi nogensinde talt om plejefamilier?", Intent.SEARCH, "plejefamilier"),
    # An abbreviation is a subject, not "kl." of a time.
    ("hvad står der om KL i referaterne?", Intent.SEARCH, "KL"),
    # Small words between two of the subject's stay; a contraction is asked with.
    ("vi vil gerne fortælle om vores erfaringer med efterværn", Intent.PROPOSE_ITEM,
     "vores erfaringer med efterværn"),
    ("we'd like an item about use of force", Intent.PROPOSE_ITEM, "use of force"),
])
def test_the_subject_is_what_is_left_of_the_question_without_the_words_it_is_asked_with(
        text, intent, subject):
    result = understood(text)
    assert (result.intent, result.argument) == (intent, subject)


@pytest.mark.parametrize(("text", "name"), [
    ("hvad har Bente-Lise gang i?", "Bente-Lise"),  # a name with a hyphen
    ("What has Anne-Mette promised to send?", "Anne-Mette"),
    # A first name the corpus also says where it marks no name is still one, in lower case too.
    ("what's bodil still got to do", "bodil"),
    ("hvad mangler Lone stadig", "Lone"),
    ("what's Karoline working on?", "Karoline"),  # "working" asks about her, is not her
])
def test_the_person_asked_about_is_read_without_the_words_around_the_name(text, name):
    assert (understood(text).intent, understood(text).argument) == (Intent.TASKS_OF, name)


@pytest.mark.parametrize(("text", "name"), [
    ("what has anne-mette promised to send?", "anne-mette"),
    ("hvad mangler lone stadig", "lone"),
])
def test_a_name_in_lower_case_is_asked_about_and_read_when_chosen(text, name):
    """A word the corpus does not know, in lower case, may be a name or a subject: the person's
    tasks are answered, or offered first on "Mente du …?", and either way read with the name."""
    result = understood(text)
    assert result.intent == Intent.TASKS_OF or (
        result.unsure and result.alternatives[0] == Intent.TASKS_OF)
    assert understood_as(Intent.TASKS_OF, text).argument == name


@pytest.mark.parametrize(("text", "asked"), [
    ("hvem kommer og hvor er mødet?", {Intent.ATTENDANCE, Intent.NEXT_MEETING}),
    ("who is coming and where is the meeting?", {Intent.ATTENDANCE, Intent.NEXT_MEETING}),
])
def test_two_questions_in_one_message_get_the_likelier_answered_and_the_other_offered(text,
                                                                                       asked):
    result = understood(text)
    assert result.offers_others and not result.unsure
    assert {result.intent, *result.alternatives} >= asked
    assert result.intent not in result.alternatives and result.said == text


def test_how_close_two_questions_may_be_and_still_one_be_answered_the_other_offered():
    classifier = trained()
    margin = THRESHOLDS.answer_margin
    # A hair over the margin: 1.0 - (1.0 - 0.2) is 0.19999999999999996 in floating point.
    for apart, answered in ((THRESHOLDS.question_margin, True), (margin + 1e-9, True),
                            (margin - 0.01, False)):
        scores = _scores(classifier, theme=1.0, next_meeting=1.0 - apart)
        guess = classifier.decide(scores, THRESHOLDS)
        assert (guess.label, guess.confident) == ("theme", answered)
        assert guess.between == (None if apart >= THRESHOLDS.question_margin
                                 else ("theme", "next_meeting"))


def test_a_clear_best_question_is_answered_only_when_the_message_asks_anything():
    classifier = trained()
    for asking, answered in ((THRESHOLDS.asking_floor, True),
                             (THRESHOLDS.asking_floor - 0.01, False)):
        scores = Scores(_scores(classifier, agenda=1.0).per_label, asking)
        guess = classifier.decide(scores, THRESHOLDS)
        assert (guess.label, guess.confident) == ("agenda", answered)
        assert guess.questions[0] == "agenda"


def _scores(classifier, **given: float) -> Scores:
    """Every label far behind, but those given; a message that asks."""
    return Scores(np.array([given.get(label, -3.0) for label in classifier.labels]), 1.0)


def test_a_button_reads_the_message_as_the_question_it_names():
    assert understood_as(Intent.SEARCH, "hvornår talte vi om tolkning?") == \
        Understood(Intent.SEARCH, "da", "tolkning")
    assert understood_as(Intent.PROPOSE_ITEM, "et punkt om efterværn").selector == PROPOSAL_FORM


def test_every_training_phrasing_is_understood_as_the_corpus_says():
    wrong = [(e.text, e.intent, understand(e.text).intent.value)
             for e in training_examples() if e.intent in CLASSIFIED
             and understand(e.text).intent.value not in (e.intent, "unknown")]
    assert wrong == []


def test_preparing_counts_the_asking_words_so_no_turn_has_to():
    from meetings.understanding import slots
    slots._subject_free_words.cache_clear()
    slots.name_free_words.cache_clear()
    prepare()
    assert slots._subject_free_words.cache_info().currsize == 1
    assert slots.name_free_words.cache_info().currsize == 1
