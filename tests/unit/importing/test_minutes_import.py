"""Reading the network group's past minutes (copies of the seed files in tests/fixtures): every
participant with their organisation, the guests per item, the minute-taker, the absentees, the
items and the tasks; the same minutes in other layouts; damaged files reported, not guessed."""

import re
import textwrap
from datetime import date, time
from pathlib import Path

import pytest

from meetings.minutes.importing.found import (
    DATE_WITHOUT_YEAR,
    NO_DATE,
    NO_ITEMS,
    NO_TIME,
    PLANNED_WITHOUT_DATE,
    ROW_NOT_PLACED,
    TASK_WITHOUT_OWNER,
    ImportedMinutes,
    Person,
)
from meetings.minutes.importing.reading import read_minutes

FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "minutes"
SEPTEMBER = (FIXTURES / "network_2023_09_29.txt").read_text(encoding="utf-8")
NOVEMBER = (FIXTURES / "network_2023_11_24.txt").read_text(encoding="utf-8")


def minutes_of(text: str) -> ImportedMinutes:
    reading = read_minutes(text)
    assert reading.minutes is not None, reading.problems
    return reading.minutes


def labels(people) -> list[str]:
    return [person.label for person in people]


def test_september_heading_place_and_time():
    minutes = minutes_of(SEPTEMBER)
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2023, 9, 29), time(10), time(13))
    assert minutes.place == "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1"
    assert not minutes.online


def test_september_participants_each_with_their_organisation():
    assert labels(minutes_of(SEPTEMBER).present) == [
        "Daniel Gottrup (Næstved)", "Christel Jørgensen (Roskilde)", "Steen Bager (Odsherred)",
        "Lone N. Jensen (Køge)", "Rikke K. Laursen (Slagelse)", "Brit Lydersen (Guldborgsund)",
        "Helle Stisen (Solrød)", "Sanne Thaaning (Sorø)",
        "Christina Valdemar Jul Thomsen (Ringsted)",
        # "Anne-Katrine F. Madsen og Ania Holm (Region Sjælland)": two people, one organisation
        "Anne-Katrine F. Madsen (Region Sjælland)", "Ania Holm (Region Sjælland)",
        "Stine Gran Hansen (Kalundborg)", "Lisbet Daugaard-Hansen (Holbæk)",
    ]


def test_september_guests_on_the_items_they_came_for():
    items = {item.number: item for item in minutes_of(SEPTEMBER).items}
    assert labels(items[3].guests) == [
        "Heidi Madsen (Socialrådgiver Bakkehuset/Roskilde Kommune)", "Heidi Kersebo (Bakkehuset)"]
    assert items[3].guests[1].role == "ass. oversygeplejerske"
    # what the minutes' entry keeps, and the referat prints: the title where it was written
    assert items[3].guests[1].guest_label == "Heidi Kersebo ass. oversygeplejerske (Bakkehuset)"
    assert items[5].guests[0].guest_label == "Kim Risom (Børnehus Sjælland)"
    assert labels(items[5].guests) == ["Kim Risom (Børnehus Sjælland)"]
    assert labels(items[6].guests) == labels(items[7].guests) == [
        "Povl Skov (Rammeaftale Sjælland)"]
    assert [n for n, item in items.items() if item.guests] == [3, 5, 6, 7]
    assert len(minutes_of(SEPTEMBER).guests) == 4


def test_september_minute_taker_and_absentees_each_once():
    minutes = minutes_of(SEPTEMBER)
    assert minutes.minute_taker == Person("Rie Nielsen", "Holbæk")
    # Julie Folke Jacobsen and Carina Bom are listed twice
    assert SEPTEMBER.count("Julie Folke Jacobsen (Kalundborg)") == 2
    assert labels(minutes.absent) == [
        "Christian Sørensen (Stevns)", "Bodil Pedersen (Guldborgsund)",
        "Ane Stallknecht (Odsherred)", "Lotte Christensen (Lolland)", "Carina Bom (Lejre)",
        "Julie Folke Jacobsen (Kalundborg)", "Anne-Mette Semlov (Faxe)", "Peter Rymann (Greve)",
        "Isabel Gebuhr (Greve)", "Sune Thor Olsen (Ringsted)", "Susanne Frydenlund (Ringsted)",
        "Lars René Petersen (Vordingborg)", "Dorrit Guttman (Vordingborg)",
    ]


SEPTEMBER_ITEMS = [
    (1, "Velkommen mv."), (2, "Dialogmøde med Socialtilsyn Øst"),
    (3, "Tema Psykiatrien – Introduktion til Bakkehuset"),
    (4, "Input til dagsorden til næste møde 24. november"), (5, "Børnehus Sjælland"),
    (6, "Nyt fra rammeaftale Sjælland"), (7, "Tilbagemelding på notat om specialundervisning"),
    (8, "Kommune-runden"), (9, "Eventuelt"),
]


def test_september_items_with_their_referat_as_text():
    items = minutes_of(SEPTEMBER).items
    assert [(item.number, item.title) for item in items] == SEPTEMBER_ITEMS
    assert items[0].notes.splitlines() == [
        "Lisbet bød velkommen og mødet blev indledt med en kort præsentationsrunde og velkommen "
        "til gæster og nye deltagere i netværket.",
        "- Referat fra sidste møde 3. marts 2023 blev godkendt",
        "- Dagsorden blev godkendt, idet der dog blev byttet lidt rundt på nogle af punkterne "
        "pga. afbud fra Socialtilsyn Øst blev der på mødet byttet rund på nogle af punkterne.",
    ]
    assert not any("<" in item.notes for item in items)
    # the rows continued on lines of their own belong to items 4 and 7
    assert "Rie undersøger om Socialtilsyn Øst" in items[3].notes
    assert "Netværkets tilbagemelding er" in items[6].notes
    assert items[5].notes.startswith("Link til seneste styregruppereferat\nPovl Skov orienterede")
    assert items[6].decision.startswith("Der er ikke behov for landsdækkende koordinering")


def test_september_tasks_named_in_the_referat():
    tasks = [(t.item_number, t.owner.label, t.title) for t in minutes_of(SEPTEMBER).tasks]
    assert tasks == [
        (4, "Christel Jørgensen (Roskilde)",
         "Christel undersøger, om vi kan få en 'vidensperson', fx fra KL, til at fortælle "
         "netværket om digitale løsninger ift. børneområdet (fx anvendelse af AI)"),
        (4, "Rie Nielsen (Holbæk)",
         "Rie undersøger om Socialtilsyn Øst har mulighed for at deltage."),
        # agreed for him: "Desuden aftalt, at Povl orienterer lægen om, …"
        (6, "Povl Skov (Rammeaftale Sjælland)",
         "Povl orienterer lægen om, at der i forvejen ligger en hel rapport om samarbejdet "
         "mellem praktiserende læger og psykiatrien (i regi af sundhedsklyngesamarbejdet)."),
        # a body's task: the network group, not one of its members
        (6, "Netværksgruppen", "Netværksgruppen sender rapport/link til rapport til Povl"),
        (7, "Povl Skov (Rammeaftale Sjælland)",  # a guest of item 7
         "Povl melder tilbage til Hovedstaden at Sjælland vurderer at der ikke er behov for "
         "landsdækkende koordinering på området."),
    ]


def test_september_reports_the_annual_wheel_it_did_not_place():
    problems = read_minutes(SEPTEMBER).problems
    assert [(p.code, p.line) for p in problems] == [(ROW_NOT_PLACED, 26)]
    assert problems[0].text.startswith("Årshjul: -Prioriterede emner")


def test_november_people():
    minutes = minutes_of(NOVEMBER)
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2023, 11, 24), time(10), time(13))
    assert labels(minutes.present) == [
        "Daniel Gottrup (Næstved)", "Rikke K. Laursen (Slagelse)",
        "Lars René Petersen (Vordingborg)", "Helle Stisen (Solrød)", "Lone N. Jensen (Køge)",
        "Lotte Christensen (Lolland)", "Brit Lydersen (Guldborgsund)", "Sanne Thaaning (Sorø)",
        "Anne-Katrine F. Madsen (Region Sjælland)", "Ania Holm (Region Sjælland)",
        "Nanett Babett Flamgaard (Holbæk)",
    ]
    assert minutes.minute_taker == Person("Rie Nielsen", "Holbæk")
    assert len(minutes.absent) == 16 and len({p.name for p in minutes.absent}) == 16
    assert labels(minutes.absent)[-4:] == [
        "Steen Bager (Odsherred)", "Christina Valdemar Jul Thomsen (Ringsted)",
        "Stine Gran Hansen (Kalundborg)", "Lisbet Daugaard-Hansen (Holbæk)"]
    items = {item.number: item for item in minutes.items}
    assert labels(items[2].guests) == ["Liesanth Yde Nirmalarajan (AAU)"]
    assert labels(items[3].guests) == ["Povl Skov (Rammeaftale Sjælland)"]
    assert labels(items[4].guests) == ["Trine Krogh Stenstrup (Næstved Kommune)",
                                       "Katrine Ersted Sørensen (Næstved Kommune)"]


def test_november_items_and_tasks():
    minutes = minutes_of(NOVEMBER)
    assert [(item.number, item.title) for item in minutes.items] == [
        (1, "Velkommen mv."), (2, "Digitale løsninger og AI på det sociale børne- og ungeområde"),
        (3, "Nyt fra rammeaftale Sjælland"), (4, "§ 32 institutioner"), (5, "Venskabsfamilier"),
        (6, "Netværkets årsrapport 2023 skal kvalificeres og godkendes"),
        (7, "Netværksmøder 2024"), (8, "Eventuelt"),  # unnumbered: after 7
    ]
    # item 3 ran on into a row of its own, with a link in the agenda column
    assert "Link til seneste styregruppereferat\nbesluttet at fastholde" in minutes.items[2].notes
    assert [(t.item_number, t.owner.name, t.title) for t in minutes.tasks] == [
        (2, "Daniel Gottrup", "Daniel vil bære dette ønske videre til KL."),
        (6, "Rie Nielsen", "Rie rundsender årsrapporten til godkendelse i netværket, når input "
                           "fra mødet er indarbejdet."),
        (7, "Rie Nielsen", "Rie vender tilbage med forslag."),
        (7, "Rie Nielsen", "Rie undersøger, om Næstved Kommune fortsat vil lægge mødelokale mv. "
                           "til de to fysiske møder."),
    ]
    # and the 2024 meeting without a date ("Fysisk (… en anden dato end 7/6 …)"), not planned
    assert [p.code for p in read_minutes(NOVEMBER).problems] == [ROW_NOT_PLACED,
                                                                 PLANNED_WITHOUT_DATE]


def wrapped(text: str, width: int = 70) -> str:
    """Each referat broken into short lines, as an e-mail client would."""
    lines = []
    for line in text.split("\n"):
        left, tab, right = line.partition("\t")
        if not tab or len(right) <= width:
            lines.append(line)
            continue
        pieces = textwrap.wrap(right, width, break_long_words=False, break_on_hyphens=False)
        lines += [left + tab + pieces[0], *pieces[1:]]
    return "\n".join(lines)


@pytest.mark.parametrize("text", [SEPTEMBER, NOVEMBER], ids=["september", "november"])
def test_line_breaks_in_the_middle_of_items_read_the_same(text):
    variant = wrapped(text)
    assert variant.count("\n") > text.count("\n") + 50
    assert minutes_of(variant) == minutes_of(text)


def test_a_title_broken_over_two_lines():
    variant = SEPTEMBER.replace("<b>3. Tema Psykiatrien</b>", "<b>3. Tema\nPsykiatrien</b>")
    assert variant != SEPTEMBER
    assert minutes_of(variant).items == minutes_of(SEPTEMBER).items


@pytest.mark.parametrize("text", [SEPTEMBER, NOVEMBER], ids=["september", "november"])
def test_items_numbered_with_a_bracket(text):
    variant = re.sub(r"(?m)^((?:<p>)?(?:<b>)?)(\d)\. ", r"\1\2) ", text)
    assert variant.count(") ") > text.count(") ") + 6
    assert minutes_of(variant) == minutes_of(text)


def test_without_a_date_nothing_is_read_and_it_says_why():
    damaged = SEPTEMBER.replace("den 29/9 2023 ", "")
    reading = read_minutes(damaged)
    assert reading.minutes is None
    assert [p.code for p in reading.problems if p.fatal] == [NO_DATE]


def test_a_date_without_a_year_is_not_guessed():
    reading = read_minutes(SEPTEMBER.replace("29/9 2023", "29/9"))
    assert reading.minutes is None
    assert [(p.code, p.line) for p in reading.problems if p.fatal] == [(DATE_WITHOUT_YEAR, 3)]


def test_without_a_time_nothing_is_read():
    reading = read_minutes(NOVEMBER.replace(" kl. 10.00-13.00", ""))
    assert reading.minutes is None
    assert [p.code for p in reading.problems if p.fatal] == [NO_TIME]


def test_without_items_nothing_is_read():
    heading = SEPTEMBER.split("Dagsordenspunkt")[0]
    reading = read_minutes(heading)
    assert reading.minutes is None
    assert [p.code for p in reading.problems if p.fatal] == [NO_ITEMS]


def test_an_empty_file():
    reading = read_minutes("")
    assert reading.minutes is None
    assert {p.code for p in reading.problems if p.fatal} == {NO_DATE, NO_ITEMS}


def test_a_task_verb_after_someone_unknown_is_reported():
    text = SEPTEMBER.replace("Christel undersøger", "Mette undersøger")
    minutes, problems = minutes_of(text), read_minutes(text).problems
    assert [t.owner.name for t in minutes.tasks] == ["Rie Nielsen", "Povl Skov",
                                                     "Netværksgruppen", "Povl Skov"]
    assert [p.text[:20] for p in problems if p.code == TASK_WITHOUT_OWNER] == [
        "4: Mette undersøger,"]
