"""The words of the scale benchmark's made-up groups: names, organisations, and a pool of
minutes entries in the network groups' own style, each with its index stems made once."""

import itertools
from dataclasses import dataclass
from functools import cache

from meetings.search.ports import IndexedStems
from meetings.search.search import stems_of

FIRST_NAMES = ("Rie", "Daniel", "Christel", "Povl", "Mette", "Lisbet", "Jens", "Heidi", "Lotte",
               "Anders", "Birgitte", "Søren", "Hanne", "Kasper", "Marianne", "Ole", "Pia",
               "Thomas", "Susanne", "Morten")
LAST_NAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
              "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
              "Poulsen", "Johansen", "Møller", "Mortensen", "Skov", "Gottrup")
ORGANISATIONS = ("Greve", "Roskilde", "Køge", "Solrød", "Stevns", "Faxe", "Ringsted", "Holbæk",
                 "Kalundborg", "Odsherred", "Sorø", "Slagelse", "Næstved", "Vordingborg",
                 "Guldborgsund", "Lolland", "Lejre", "Socialtilsyn Øst", "KL", "Region Sjælland")

TITLES = (
    "Velkommen, godkendelse af dagsorden og referat", "Nyt fra rammeaftalen", "Kommune-runden",
    "Opfølgning på opgaver", "Eventuelt", "Hvad skal bæres videre, og af hvem?",
    "Plejefamilier – rekruttering og fastholdelse", "Budget 2027 for de specialiserede tilbud",
    "Underretninger og tidlig indsats", "Anbringelser uden for hjemmet", "Socialtilsyn Øst",
    "Efterværn for unge over 18", "Barnets lov – status på implementeringen",
    "Netværksanbringelser", "Kvalitet i sagsbehandlingen", "Digital understøttelse",
)
NOTES = (
    "Kommunerne fortalte om status på deres arbejde siden sidst.",
    "Der er stor efterspørgsel på plejefamilier, og flere kommuner rekrutterer sammen.",
    "Rammeaftalen for 2027 er sendt i høring hos kommunerne.",
    "Socialtilsyn Øst orienterede om nye krav til tilsynet med opholdssteder.",
    "Drøftelse af underretninger fra skoler og dagtilbud; antallet er steget.",
    "Budgettet er presset, især på de specialiserede tilbud til unge.",
    "Gruppen drøftede efterværn og samarbejdet med jobcentrene.",
    "Der blev spurgt til erfaringer med netværksanbringelser og venskabsfamilier.",
    "Orientering fra KL om barnets lov og de nye børnesamtaler.",
    "Ingen bemærkninger.",
)
DECISIONS = (
    None, None, None,
    "Netværket anbefaler en fælles kampagne for at rekruttere plejefamilier.",
    "Referatet blev godkendt uden bemærkninger.",
    "Punktet tages op igen på næste møde.",
    "Gruppen sender en fælles henvendelse til KL om budgettet.",
    "Socialtilsyn Øst inviteres til næste møde.",
    "Der nedsættes en arbejdsgruppe om efterværn.",
)


@dataclass(frozen=True)
class EntryText:
    title: str
    notes: str
    decision: str | None
    stems: IndexedStems


@cache
def entry_pool() -> tuple[EntryText, ...]:
    """Every combination once, stemmed once: 16 × 10 × 9 = 1,440 distinct entries, so a word
    like "plejefamilie" is in about a fifth of all entries, as in a group that works on it."""
    pool = []
    for title, notes, decision in itertools.product(TITLES, NOTES, DECISIONS):
        entry = _Entry(title, notes, decision)
        pool.append(EntryText(title, notes, decision, stems_of(entry)))
    return tuple(pool)


@dataclass(frozen=True)
class _Entry:
    title: str
    notes: str
    decision: str | None


def member_name(group: int, number: int) -> str:
    first = FIRST_NAMES[(group + number) % len(FIRST_NAMES)]
    return f"{first} {LAST_NAMES[(group * 7 + number) % len(LAST_NAMES)]}"


def organisation(group: int, number: int) -> str:
    return ORGANISATIONS[(group + number * 3) % len(ORGANISATIONS)]
