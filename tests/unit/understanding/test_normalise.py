"""A message as the classifier reads it: one spelling for æ/ø/å, no greeting or politeness
around the request, English contractions spelled out, the domain's words spelled right."""

import pytest

from meetings.understanding.classifier import Classifier
from meetings.understanding.corpus import Example
from meetings.understanding.features import corrected
from meetings.understanding.normalise import (
    folded,
    request,
    without_courtesy,
    without_signature,
)


@pytest.mark.parametrize("written", ["hvornår er næste møde", "hvornaar er naeste moede",
                                     "hvornar er naeste mode", "HVORNÅR ER NÆSTE MØDE?!"])
def test_ae_oe_aa_and_a_o_spellings_of_the_danish_letters_meet(written):
    assert folded(written) == "hvornar er naeste mode"


@pytest.mark.parametrize(("written", "request_"), [
    ("Hej Mødebot, kan du lige vise dagsordenen?", "vise dagsordenen"),
    ("hej hej, vil du venligst vise mine opgaver", "vise mine opgaver"),
    ("Hi bot, could you please show the agenda", "show the agenda"),
    ("godmorgen! hvem kommer?", "hvem kommer"),
    ("dagsordenen please", "dagsordenen"),
    ("Undskyld, et hurtigt spørgsmål: hvornår er næste møde?", "hvornar er naeste mode"),
    ("Hej, jeg vil lige høre hvem der kommer", "hvem der kommer"),
    ("Hej Mødebot, kan du sige hvem der kommer?", "hvem der kommer"),
    ("sorry, quick question: do you know when the deadline is?", "when the deadline is"),
    ("hi again, could you tell me whats on the agenda", "what is on the agenda"),
])
def test_greetings_the_bots_name_and_politeness_around_the_request_are_left_out(
        written, request_):
    assert request(written) == request_


def test_ok_in_front_is_kept_so_an_acknowledgement_is_not_read_as_thanks():
    assert request("ok tak") == "ok tak"
    assert request("ok, thanks") == "ok thanks"


@pytest.mark.parametrize("written", ["hej", "Hej Mødebot", "please"])
def test_a_greeting_alone_is_kept_as_the_message(written):
    assert request(written) == folded(written)


@pytest.mark.parametrize(("written", "spelled"), [
    ("whats on my plate", "what is on my plate"),
    ("I can't make it", "i can not make it"),
    ("I cant come", "i can not come"),
    ("when's the next meeting", "when is the next meeting"),
    ("Rie’s tasks", "ries tasks"),
])
def test_english_contractions_are_spelled_out(written, spelled):
    assert folded(written) == spelled


@pytest.mark.parametrize(("typed", "meant"), [
    ("dagsordnen", "dagsordenen"), ("opgver", "opgaver"), ("refferat", "referat"),
    ("minuets", "minutes"), ("deadlien", "deadline"),
])
def test_common_typos_of_the_domains_words_are_corrected(typed, meant):
    assert corrected(typed, known=frozenset()) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("agneda", "agenda"), ("afbd", "afbud"), ("hlep", "help"), ("temeat", "temaet"),
    ("opgaevr", "opgaver"), ("minuts", "minutes"), ("dagsoden", "dagsorden"),
])
def test_a_word_one_slip_from_a_domain_word_is_that_word_even_when_short(typed, meant):
    assert corrected(typed, known=frozenset()) == meant


@pytest.mark.parametrize("word", ["kage", "noted", "kaffe", "mandag", "made", "more", "hores",
                                  "vente", "team", "teamet"])
def test_real_words_next_to_the_domains_words_are_not_corrected(word):
    assert corrected(word, known=frozenset({"team", "teamet"})) == word


def test_a_typo_the_corpus_has_once_is_read_as_the_word_it_misspells_in_training_too():
    examples = [Example("hvornår er næste møde?", "next_meeting", "da"),
                Example("agneda", "agenda", "en"), Example("the agenda", "agenda", "en"),
                Example("tak", "thanks", "da")]
    assert "agneda" not in Classifier.train(examples).known


@pytest.mark.parametrize("word", ["kage", "noted", "kaffe", "mandag"])
def test_other_words_are_not_corrected_into_the_domains(word):
    assert corrected(word, known=frozenset()) == word


def test_a_known_word_is_never_corrected():
    assert corrected("moder", known=frozenset({"moder"})) == "moder"


def test_the_command_after_a_greeting_is_kept_as_written():
    assert without_courtesy("Hej Mødebot, nyt møde 9/2 kl. 10 i Køge") == \
        "nyt møde 9/2 kl. 10 i Køge"
    assert without_courtesy("nyt møde") == "nyt møde"


def test_a_word_written_with_a_capital_after_a_greeting_is_no_name_but_a_name_is():
    examples = [Example("Hej! Hvad er fristen?", "deadline", "da"),
                Example("hvad er fristen", "deadline", "da"),
                Example("hvad står på dagsordenen", "agenda", "da"),
                Example("hvad mangler Rie?", "tasks_of", "da", "Rie"),
                Example("Hi, What is on the agenda?", "agenda", "en"),
                Example("what is the deadline", "deadline", "en"),
                Example("is anyone from the region coming?", "attendance", "en", "the region"),
                Example("Goddag. Kommer Povl?", "attendance", "da", "Povl"),
                Example("kommer du?", "attendance", "da"),
                Example("tak", "thanks", "da")]
    known = Classifier.train(examples).known
    assert {"hvad", "what", "the", "kommer"} <= known
    assert {"rie", "povl"} & known == set()


@pytest.mark.parametrize(("written", "concepts"), [
    ("Hi! Who is coming on Thursday?", {"xhvemx", "xkommex"}),
    ("Hello. When is the next meeting?", {"xnaarx", "xnaestex", "xmodex"}),
    ("Godmorgen. Hvem kommer på torsdag?", {"xhvemx", "xkommex"}),
])
def test_a_question_word_with_a_capital_after_a_greeting_is_read_as_that_word(written, concepts):
    from meetings.understanding.features import NAME, classifier_text
    from meetings.understanding.training import trained
    read = classifier_text(written, trained().known).split()
    assert NAME not in read and concepts <= set(read)


@pytest.mark.parametrize(("written", "concept"), [
    ("punktfristen til næste gang", "xfristx"),  # a compound ends in what it names
    ("hvor ligger mødelokalet", "xhvorx"),
    ("styregruppemødet", "xmodex"),
    ("hovedtemaet for foråret", "xtemax"),
])
def test_a_danish_compound_is_read_by_its_last_part(written, concept):
    from meetings.understanding.features import classifier_text
    assert concept in classifier_text(written, frozenset()).split()


@pytest.mark.parametrize("written", ["consent form", "the template", "outcome", "update",
                                     "sometimes"])
def test_an_english_word_ending_in_a_short_domain_word_names_nothing(written):
    from meetings.understanding.features import NO_DOMAIN, classifier_text
    assert NO_DOMAIN in classifier_text(written, frozenset()).split()


@pytest.mark.parametrize(("written", "statement"), [
    ("referatet er sendt", True),
    ("the agenda has gone out", True),
    ("når er fristen", False),  # "når" asks, and "fristen" is no participle
    ("naar er fristen", False),
    ("jeg har noget til eventuelt", False),
    ("jeg skal lige have meldt afbud til fredag", False),  # a wish, not what happened
    ("vi har temaet om efterværn i marts", False),
])
def test_a_statement_is_marked_only_when_it_tells_what_happened(written, statement):
    from meetings.understanding.features import STATEMENT, classifier_text
    assert (STATEMENT in classifier_text(written, frozenset()).split()) is statement


@pytest.mark.parametrize(("written", "to_someone"), [
    ("Kim, har du linket til artiklen?", True),
    ("Hej Ellen, hvad mangler du?", True),  # after a greeting
    ("tak for et godt referat, Bodil", True),  # last
    ("Mødebot, hvad mangler Ellen?", False),  # the bot's name is no colleague's
    ("Referat, tak", False),  # a word the corpus knows is no name
    ("hvad mangler Pia?", False),  # asked about, not said to
])
def test_a_message_said_to_a_colleague_by_name_is_marked(written, to_someone):
    from meetings.understanding.features import TO_SOMEONE, classifier_text
    known = frozenset({"referat", "tak", "hvad", "mangler"})
    assert (TO_SOMEONE in classifier_text(written, known).split()) is to_someone


@pytest.mark.parametrize(("written", "name_read"), [
    ("tak for et godt referat, Bodil", True),  # the first capital, but inside a sentence
    ("Hej. Hvad mangler Pia?", True),
    ("Hej. Hvad mangler du?", False),  # "Hvad" starts the second sentence
])
def test_a_capital_is_a_name_except_where_a_sentence_starts(written, name_read):
    from meetings.understanding.features import NAME, classifier_text
    known = frozenset({"hej", "hvad", "mangler", "du", "tak", "for", "et", "godt", "referat"})
    assert (NAME in classifier_text(written, known).split()) is name_read


def test_a_word_the_corpus_does_not_know_is_marked():
    from meetings.understanding.features import UNKNOWN_WORD, classifier_text
    known = frozenset({"hvad", "mangler", "stadig"})
    assert UNKNOWN_WORD in classifier_text("hvad mangler lone stadig", known).split()
    assert UNKNOWN_WORD not in classifier_text("hvad mangler stadig", known).split()


@pytest.mark.parametrize(("written", "read"), [
    ("Hej alle\r\n\r\nhvornår er næste møde?\r\n\r\nMange hilsner\r\nRie Nielsen\r\n"
     "Holbæk Kommune", "Hej alle\n\nhvornår er næste møde?"),
    ("hvornår er næste møde?\nTak, Rie", "hvornår er næste møde?"),
    ("when is the next meeting? Thanks, Rie", "when is the next meeting?"),
    ("#beslutning Flere plejefamilier\nMvh Lisbet", "#beslutning Flere plejefamilier"),
])
def test_a_letters_closing_and_the_name_under_it_are_no_part_of_the_message(written, read):
    assert without_signature(written) == read


@pytest.mark.parametrize("written", [
    "tak", "Tak, Rie", "Hej Mødebot\nTak!", "Hej\ntak for i går",
    "Kan du sende referatet? Tak for hjælpen", "Referat, tak",
    "hvornår er næste møde?\nTak\nRie har spurgt, om vi kan rykke det en time",
    "Referat\nMødet 10/11\nPkt. 1: godkendt\nPkt. 2: drøftet\nPkt. 3: intet\nVenlig hilsen\nRie",
])
def test_thanks_that_is_the_message_or_says_more_is_kept(written):
    assert without_signature(written) == written
