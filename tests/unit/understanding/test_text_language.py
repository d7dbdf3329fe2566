"""The language a message is written in, told from its text: Danish or English when the words
say it, nobody's when the text is too short or mixed to tell."""

import pytest

from meetings.understanding.intents import Intent, understand
from meetings.understanding.language import language_of_text


@pytest.mark.parametrize(("text", "language"), [
    ("hvornår er vi samlet næste gang", "da"),
    ("jeg kan ikke komme til næste møde", "da"),
    ("tak", "da"),
    ("mødet i går var godt", "da"),
    ("where do we meet next time?", "en"),
    ("the printer on the second floor is broken", "en"),
    ("thanks", "en"),
])
def test_a_message_is_danish_or_english_by_its_words(text, language):
    assert language_of_text(text) == language


@pytest.mark.parametrize("text", ["ok", "👍", "Rie Hansen", "blabla", "", "?"])
def test_a_message_too_short_or_mixed_to_tell_has_no_language(text):
    assert language_of_text(text) is None


def test_one_english_word_in_a_danish_sentence_does_not_make_it_english():
    assert language_of_text("hvornår er der deadline for punkter til mødet") == "da"


@pytest.mark.parametrize(("line", "language"), [
    ("#beslutning Vi nedlægger netværket", "da"),
    ("#beslutning Godkendt", "da"),
    ("#punkt 3", "da"),
    ("#decision We close the network", "en"),
    ("#item 3", "en"),
])
def test_a_line_for_the_minutes_is_in_the_language_of_its_hash_word(line, language):
    understood = understand(line)
    assert understood.intent == Intent.CAPTURE
    assert understood.reply_language == language


def test_a_line_the_bot_does_not_understand_still_has_the_language_of_its_text():
    understood = understand("printeren på anden sal virker ikke igen")
    assert understood.intent == Intent.UNKNOWN
    assert understood.reply_language == "da"


def test_a_command_answers_in_the_language_of_its_command_word_not_of_its_title():
    understood = understand("item: Plejefamilier – rekruttering, 20 min, Lotte")
    assert understood.reply_language == "en"


@pytest.mark.parametrize(("text", "language"), [
    # English words Danish members write too tell no language: the group's decides
    ("deadline?", None), ("online?", None), ("link?", None),
    # The field's Danish words are Danish, also when English writers use them
    ("dagsorden", "da"), ("hjælp", "da"), ("help", "en"), ("agenda", "en"),
])
def test_a_question_of_words_both_languages_write_is_in_no_language(text, language):
    assert understand(text).reply_language == language


def test_a_link_or_an_e_mail_address_says_nothing_of_the_language():
    link = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nj%40thread.v2/0?context="
            "%7b%22Tid%22%3a%22a1b2%22%2c%22Oid%22%3a%22c3d4%22%7d")
    assert language_of_text(f"nyt møde fredag 5. marts 2027 kl. 10-13 online {link}") == "da"
    assert language_of_text("skriv til contact.support@kl-teams.org om det") == "da"
