"""The person a question names, read from a message of several sentences or after a greeting."""

import pytest

from meetings.understanding.arguments.names import name_in


@pytest.mark.parametrize(("text", "name"), [
    # The word that opens a sentence is written with a capital whatever it is
    ("Godmorgen! Ved du om Birgitte kommer i dag?", "Birgitte"),
    ("Hej! Hvad har Lars af udestående?", "Lars"),
    ("Godmorgen. Har Sanne nogen opgaver der mangler?", "Sanne"),
    ("Hej igen! Kan du se om Malthe har svaret?", "Malthe"),
    ("Morning. Does Ulrik have anything left to do?", "Ulrik"),
    ("Hi! Is Vibeke joining us on Friday?", "Vibeke"),
    # A name ends with its sentence
    ("I'm covering for Jesper. What has he got outstanding?", "Jesper"),
    ("I'd like to talk to someone from Slagelse. Is anyone from Slagelse coming?", "Slagelse"),
    ("Jeg har ringet til Gitte. Hvad mangler hun at sende?", "Gitte"),
    # The name in the sentence that asks, not one said before it
    ("Vi skal lave en plan for Kims barsel. Hvad har Kim af åbne opgaver?", "Kim"),
    ("Vi har fået ny leder i Faxe. Hvilke opgaver har Helle?", "Helle"),
    ("Jeg overtager Bodils opgaver. Hvilke opgaver har Bodil? Venlig hilsen Pia", "Bodil"),
    # "I" is written with a capital in any sentence; a weekday is nobody
    ("Tomorrow I'm sitting down with Louise. What does Louise have on her list?", "Louise"),
    ("hi! I'm covering for Mette this week, what tasks has she got?", "Mette"),
    ("I need Søren's signature. Is he coming on Thursday?", "Søren"),
    ("kommer Tor på fredag?", "Tor"),
    # The full stop of an initial or a short word ends no sentence
    ("Kommer Anne M. Hansen i morgen?", "Anne M Hansen"),
    ("Is Anne M. Hansen coming tomorrow?", "Anne M Hansen"),
    ("Hvad har hr. Hansen af opgaver?", "Hansen"),
    # One sentence, as before
    ("Kommer Daniel?", "Daniel"),
    ("hvad har Lotte fra Roskilde af opgaver", "Lotte"),
    ("er der nogen fra Holbæk?", "Holbæk"),
])
def test_the_name_is_the_persons_not_the_word_that_opens_a_sentence(text, name):
    assert name_in(text) == name


@pytest.mark.parametrize("text", ["", "?", "Godmorgen! Hvem kommer?"])
def test_a_message_that_names_nobody_has_no_name(text):
    assert name_in(text) == ""


@pytest.mark.parametrize(("text", "name"), [
    ("Christians to-dos", "Christian"),
    ("Anettes todo", "Anette"),
    ("giv mig Lisbets udestående", "Lisbet"),
    ("hvordan går det med Steens opgave?", "Steen"),
])
def test_a_name_before_what_the_person_has_to_do_loses_its_genitive(text, name):
    assert name_in(text) == name
