"""Whether a task sentence starts with a person doing something: "Lotte ringer til Bakkehuset",
and how a task reads with its owner wherever it is shown (`task_with_owner`).

A task line whose first words name no member is given to its writer, unless those words read as
somebody's name followed by what they do; then the writer is asked who it is. The test, on the
words as written (`names_someone("Lotte", "Lotte ringer til Bakkehuset")`):

- every word of the name is written like a name: a capital and then small letters, perhaps two
  such parts joined by a hyphen ("Anne-Mette"); "KL", "12" and "rie" are not;
- the first word is at most 12 letters a part ("Netværksgruppen" is not a first name) and is
  no word that starts ordinary sentences ("Vi", "Det", "Alle", "We", "The", …), no noun in
  the definite form as groups and bodies are written ("Sekretariatet", "Kommunerne",
  "Styregruppen", "Formanden", "Socialstyrelsen") and no Danish municipality, region or
  part of the country ("Køge bidrager", "Sjælland vurderer");
- the word after the name is a verb in the present tense: Danish ends in -r ("ringer",
  "undersøger", "går") or is a modal ("vil", "skal", "kan"); English ends in -s ("brings",
  "sends") or is a modal ("will").

"Undersøg om …" (no present tense after it), "Vi skal …" and "Netværksgruppen sender …" stay
the writer's; a first name of a person not in the group reads as a name.
"""

import re

from meetings.search.stemming import DANISH_STOP_WORDS, ENGLISH_STOP_WORDS

_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåäöüéèáàíóúëïç]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáàíóúëïç]+)?")
_LONGEST_FIRST_NAME = 12  # letters in one part: "Christoffer", "Marie-Louise"
# Small words that start sentences; "Hans" and "Jo" are names too, and a verb after them
# says which.
_SENTENCE_STARTS = (DANISH_STOP_WORDS | ENGLISH_STOP_WORDS | frozenset("""
    begge enhver ethvert everybody everyone hvorfor ingen intet nobody samtlige somebody
    someone
""".split())) - {"hans", "jo"}
# Definite nouns as groups, bodies and roles are written: "Sekretariatet", "Kommunerne",
# "Styregruppen", "Socialstyrelsen", "Regionen", "Forvaltningen", "Tovholderen",
# "Sekretæren", "Referenten", "Kommunen", "Formanden". First names seldom end so ("Lisbet"
# does, hence no -bet).
_DEFINITE = re.compile(
    r"(?:(?<!b)et|erne|ppen|elsen|ionen|ningen|eren|æren|enten|unen|anden)$")
_AUXILIARIES = frozenset({"er", "vil", "skal", "kan", "må", "bør", "tør",
                          "is", "will", "shall", "can", "must", "should", "may"})
# Words of three letters or more that end like a verb and are none.
_NOT_VERBS = frozenset("""
    der her hver eller efter over under for før nær hvor per mer
    this thus plus its his hers yes less unless across towards afterwards
""".split())
_PLACES = frozenset(word.casefold() for word in """
    Albertslund Allerød Ballerup Bornholm Brøndby Dragør Egedal Fredensborg Frederiksberg
    Frederikssund Furesø Gentofte Gladsaxe Glostrup Gribskov Halsnæs Helsingør Herlev Hillerød
    Hvidovre Høje-Taastrup Hørsholm Ishøj København Lyngby-Taarbæk Rudersdal Rødovre Tårnby
    Vallensbæk Faxe Greve Guldborgsund Holbæk Kalundborg Køge Lejre Lolland Næstved Odsherred
    Ringsted Roskilde Slagelse Solrød Sorø Stevns Vordingborg Assens Billund Esbjerg Fanø
    Fredericia Faaborg-Midtfyn Haderslev Kerteminde Kolding Langeland Middelfart Nordfyn
    Nordfyns Nyborg Odense Svendborg Sønderborg Tønder Varde Vejen Vejle Ærø Aabenraa Favrskov
    Hedensted Herning Holstebro Horsens Ikast-Brande Lemvig Norddjurs Odder Randers
    Ringkøbing-Skjern Samsø Silkeborg Skanderborg Skive Struer Syddjurs Viborg Aarhus
    Brønderslev Frederikshavn Hjørring Jammerbugt Læsø Mariagerfjord Morsø Rebild Thisted
    Vesthimmerland Vesthimmerlands Aalborg
    Hovedstaden Sjælland Syddanmark Midtjylland Nordjylland Danmark Fyn Jylland
""".split())


def names_someone(name: str, sentence: str) -> bool:
    """Whether `sentence` starts with `name`, written as a person's name, and a verb after it."""
    words, written = sentence.split(), name.split()
    if not written or words[: len(written)] != written or len(words) == len(written):
        return False
    return reads_as_name(name) and _present_tense(words[len(written)])


def reads_as_name(name: str) -> bool:
    """Whether `name` is written as a person's name, by the rules above ("Lotte", not "KL")."""
    words = name.split()
    if not words or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    first = words[0].casefold()
    return (all(len(part) <= _LONGEST_FIRST_NAME for part in first.split("-"))
            and first not in _SENTENCE_STARTS and first not in _PLACES
            and _DEFINITE.search(first) is None)


def _present_tense(word: str) -> bool:
    verb = word.rstrip(",;:.!?")
    if not verb.isalpha() or not verb.islower():
        return False
    if verb in _AUXILIARIES:
        return True
    return len(verb) >= 3 and verb[-1] in "rs" and verb not in _NOT_VERBS


def task_with_owner(owner: str, title: str) -> str:
    """A task with its owner, as the referat, the cards and the import show it: "Rie undersøger
    om …" as written when it begins with its owner's first name, as the secretaries write a
    task ("Rie undersøger …", "Povl melder tilbage …", "Netværksgruppen sender …"), not "Rie
    Nielsen – Rie undersøger …"; else the owner first: "Rie Nielsen – Ringe til Socialtilsyn".
    The first name counts as a name only: capitalised as the owner's is and a whole word, not
    "Anne-Katrine" for Anne, "Periodens" for Per, nor a lower-case "povl"."""
    first = owner.split()[0] if owner.strip() else ""
    if not first or re.match(rf"{re.escape(first)}(?![\w-])", title):
        return title
    return f"{owner} – {title}"
