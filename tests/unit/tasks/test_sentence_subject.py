"""Whether a task sentence starts with a person doing something, or is an ordinary sentence
whose task stays with its writer. The sentence starts are those of the groups' minutes."""

import pytest

from meetings.tasks.sentence_subject import names_someone

FIRST_NAMES = """Lotte Rie Søren Jørgen Morten Torben Kirsten Karen Steen Ellen Mette Bo Per Ib
    Else Inger Christel Povl Lisbet Hans Jo Kim Ida Åse Helene Irene Anne-Mette Marie-Louise
    Christoffer""".split()


@pytest.mark.parametrize("name", FIRST_NAMES)
def test_a_first_name_and_a_verb_in_the_present_tense_name_someone(name):
    assert names_someone(name, f"{name} ringer til Bakkehuset")


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Thomas Richelieu", "Thomas Richelieu tager kontakt til KL"),
        ("Daniel", "Daniel vil bære dette ønske videre til KL"),
        ("Rie", "Rie er ansvarlig for oplægget"),
        ("Karen", "Karen sends the report"),
        ("Karen", "Karen will ask KL"),
    ],
)
def test_full_names_modal_verbs_and_english_name_someone_too(name, sentence):
    assert names_someone(name, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # pronouns, articles, question words
        "Vi tager det op igen", "Det drejer sig om takster", "Den nævner fire kommuner",
        "Hvad bruger kommunerne", "Hvordan indsamler I data", "Alle kommuner svarer",
        "Man undersøger sagen", "Jeg ringer til KL", "We will ask KL", "The group asks KL",
        "Everyone sends their figures",
        # groups, bodies and roles in the definite form
        "Netværksgruppen sender rapporten til Povl", "Projektgruppen vurderer behovet",
        "Styregruppen rykker for svar", "Socialtilsynet kommer på næste møde",
        "Socialstyrelsen vurderer sagen", "Rammeaftalesekretariatet kontakter KL",
        "Arbejdsgruppen ønsker flere data", "Bakkehuset kommer på besøg", "Kortet viser det",
        "Kommunerne melder tilbage", "Formanden tager det op", "Sekretæren sender ud",
        "Tovholderen indkalder", "Referenten sender referatet", "Regionen undersøger sagen",
        "Kommunen undersøger sagen",
        # municipalities and parts of the country
        "Køge bidrager med et oplæg", "Greve indleder", "Sjælland vurderer behovet",
        # no verb in the present tense after the name-like word
        "Undersøg om Socialtilsyn Øst kan deltage", "Send rapporten til KL", "Ring til KL",
        "Lotte, ring til Bakkehuset", "Lotte og Rie ringer til KL",
        # not written as a name
        "KL sender et udkast", "12 kommuner svarer inden fredag",
    ],
)
def test_ordinary_sentence_starts_name_nobody(sentence):
    first = sentence.split()[0]
    assert not names_someone(first, sentence)
    assert not names_someone(" ".join(sentence.split()[:2]), sentence)


def test_the_name_must_be_what_the_sentence_starts_with_and_be_followed_by_something():
    assert not names_someone("Lotte", "Ring til Lotte")
    assert not names_someone("Lotte", "Lotte")
    assert not names_someone("", "Lotte ringer")
