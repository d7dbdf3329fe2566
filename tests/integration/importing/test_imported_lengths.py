"""Minutes with a place or an organisation longer than the database keeps (meetings.place 300
characters, an organisation 200) are imported with it shortened, and the report says so; on
PostgreSQL, which enforces the lengths, they could not be imported at all."""

from zoneinfo import ZoneInfo

from meetings.groups.entities import Member
from meetings.minutes.importing.importer import IMPORTED
from meetings.minutes.importing.report import report_lines
from meetings.planning.entities import Meeting
from tests.integration.importing.import_steps import SEPTEMBER, imported, rows

PLACE = ("Hækkerupsvej 1, 4100 Ringsted, mødelokale 1 i stueetagen til venstre for kantinen; "
         "parkering i gården bag bygningen, adgang med nøglekort fra receptionen, som åbner kl. "
         "8.30; de, der kommer med tog, kan tage bus 230R fra stationen til stoppestedet ved "
         "rådhuset og gå de sidste 400 meter ad stien langs åen, hvor der er skiltet mod "
         "Hækkerupsvej og kommunens administrationsbygning")
ORGANISATION = ("Socialrådgiver i familieafdelingen, Myndighedsafsnittet for børn og unge med "
                "særlige behov, Center for Børn, Unge og Familier, Social- og "
                "Sundhedsforvaltningen, Holbæk Kommune, afdelingen for tværgående "
                "samarbejde og udvikling")


async def test_a_long_place_and_organisation_are_shortened_and_said_so(world):
    text = SEPTEMBER.replace("Hækkerupsvej 1, 4100 Ringsted, mødelokale 1", PLACE)
    text = text.replace("Brit Lydersen (Guldborgsund)", f"Brit Lydersen ({ORGANISATION})")
    assert (len(PLACE), len(ORGANISATION)) == (379, 226) and text.count(ORGANISATION) == 1
    report = await imported(world, text)
    assert report.status == IMPORTED
    [meeting] = await rows(world, Meeting)
    assert meeting.place == PLACE[:299].rstrip() + "…"
    [brit] = await rows(world, Member, Member.name == "Brit Lydersen")
    assert brit.organisation == ORGANISATION[:199].rstrip() + "…"
    lines = report_lines("referat.txt", report, ZoneInfo("Europe/Copenhagen"))
    assert any(line.startswith("    - the place is longer than the 300 characters a meeting's "
                               "place takes; shortened: Hækkerupsvej 1") for line in lines)
    assert any(line.startswith("    - an organisation is longer than the 200 characters a "
                               "member's organisation takes; shortened: Brit Lydersen")
               for line in lines)
