"""Reading a steering group's referat in its own layout: a date line, a Navn/Titel/Arbejdssted
table of participants and guests, a table of contents, "Punkt N." headings over sections
("Indstilling", "Beslutning", "Sagsfremstilling"), a guest placed on the item that names them."""

from datetime import date, time

from meetings.minutes.importing.found import Person
from meetings.minutes.importing.reading import read_minutes


def labels(people) -> list[str]:
    return [person.label for person in people]


STEERING = """Styregruppen, rammeaftale Sjælland

Referat Styregruppemøde

Dato: Fredag den 5. januar, 2024, kl. 12.30-15 (frokost fra 12-12.30)

Sted: Virtuelt

Deltagere:

<i>Navn</i>\t<i>Titel</i>\t<i>Arbejdssted</i>
Morten Bøgelund Andersen\tDirektør, formand\tGreve Kommune
Povl Skov\tChefkonsulent\tRammeaftalesekretariatet

Gæster:

Kresten Dørup\tPsykiatridirektør\tRegion Sjælland
Ukendt Gæst\tDirektør\tLolland Kommune

Indhold

Punkt 1\tBeslutning: Godkendelse af dagsorden.....\t3
Punkt 2\tDialog med psykiatrien.....\t4

Punkt 1. Godkendelse af dagsorden

Indstilling

Det indstilles, at styregruppen godkender dagsordenen.

Beslutning

Styregruppen godkendte dagsordenen

Punkt 2. Dialog med psykiatrien

Under punktet deltager Kresten Dørup, psykiatridirektør

Beslutning:

- Povl rundsender plancherne.

Sagsfremstilling

Baggrunden for punktet.
"""


def test_a_steering_group_referat_in_its_own_layout():
    reading = read_minutes(STEERING)
    minutes = reading.minutes
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2024, 1, 5), time(12, 30),
                                                           time(15))
    assert (minutes.place, minutes.online) == (None, True)
    assert minutes.present == (
        Person("Morten Bøgelund Andersen", "Greve Kommune", "Direktør, formand"),
        Person("Povl Skov", "Rammeaftalesekretariatet", "Chefkonsulent"))
    assert [(i.number, i.title, i.decision) for i in minutes.items] == [
        (1, "Godkendelse af dagsorden", "Styregruppen godkendte dagsordenen"),
        (2, "Dialog med psykiatrien", "- Povl rundsender plancherne."),
    ]
    assert minutes.items[1].notes.splitlines() == [
        "Under punktet deltager Kresten Dørup, psykiatridirektør", "Sagsfremstilling",
        "Baggrunden for punktet."]
    # a guest of the whole meeting goes on the one item that names them
    assert labels(minutes.items[1].guests) == ["Kresten Dørup (Region Sjælland)"]
    # the table's title is kept in the brackets, capitalised as it is, not read as a name
    assert minutes.items[1].guests[0].guest_label == (
        "Kresten Dørup (Psykiatridirektør, Region Sjælland)")
    assert [(t.item_number, t.owner.name) for t in minutes.tasks] == [(2, "Povl Skov")]
    assert [(p.code, p.text) for p in reading.problems] == [
        ("guest_without_item", "Ukendt Gæst (Lolland Kommune)"), ("no_minute_taker", "")]
