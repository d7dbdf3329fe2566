"""Importing the network group's past minutes into its database (SQLite and PostgreSQL): the
meeting as held, approved minutes, presence, members known only from the minutes, entries with
guests; a second import changes nothing, a damaged file writes nothing. The tasks the minutes
name, and their confirmation, are in test_imported_tasks.py."""

from datetime import date

from meetings.common.conversation import AddressPolicy, Conversation, Person
from meetings.documents.markdown import markdown_of
from meetings.groups.entities import Member
from meetings.groups.registration import remember_sender
from meetings.groups.vocabulary import ConversationKind
from meetings.minutes.documents_query import referat_of
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.importing.found import NO_DATE
from meetings.minutes.importing.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    IMPORTED_NOTE,
    NOT_IMPORTED,
)
from meetings.minutes.referat import referat_sheet
from meetings.minutes.vocabulary import EventKind
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.entities import Task
from tests.integration.importing.import_steps import (
    FIXTURES,
    NOVEMBER,
    SEPTEMBER,
    counts,
    imported,
    rows,
)
from tests.support.agenda_world import NETWORK, World, local

POLICY = AddressPolicy(allowed_hosts=frozenset({"smba.trafficmanager.net"}))


async def test_september_lands_as_a_held_meeting_with_approved_minutes(world):
    report = await imported(world, SEPTEMBER)
    assert report.status == IMPORTED
    assert (report.items, report.present, report.absent, report.guests) == (9, 13, 13, 4)
    assert [p.code for p in report.problems] == ["row_not_placed"]
    [meeting] = await rows(world, Meeting)
    assert meeting.id == report.meeting_id and meeting.status == MeetingStatus.HELD
    assert (meeting.starts_at, meeting.ends_at) == (local(2023, 9, 29, 10), local(2023, 9, 29, 13))
    assert meeting.place == "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1"
    assert len(meeting.import_key) == 64 and meeting.group_id == world.group_id
    [minutes] = await rows(world, Minutes)
    assert minutes.status == "approved" and minutes.approved_at == world.clock.now()
    assert (minutes.minute_taker_id, minutes.minute_taker_name) == (world.ids["rie"],
                                                                    "Rie Nielsen")
    [event] = await rows(world, MinutesEvent)
    assert (event.kind, event.text) == (EventKind.LOCKED, IMPORTED_NOTE)
    entries = await rows(world, MinutesEntry, order=MinutesEntry.number)
    assert [(e.number, e.title) for e in entries][:3] == [
        (1, "Velkommen mv."), (2, "Dialogmøde med Socialtilsyn Øst"),
        (3, "Tema Psykiatrien – Introduktion til Bakkehuset")]
    assert entries[2].guests == ("Heidi Madsen (Socialrådgiver Bakkehuset/Roskilde Kommune), "
                                 "Heidi Kersebo ass. oversygeplejerske (Bakkehuset)")
    assert entries[6].guests == "Povl Skov (Rammeaftale Sjælland)"
    assert entries[6].decision.startswith("Der er ikke behov for landsdækkende koordinering")
    assert entries[0].notes.startswith("Lisbet bød velkommen")


async def test_the_imported_referat_names_the_guests_with_the_titles_the_minutes_gave(world):
    # The seed: "Heidi Kersebo ass. oversygeplejerske (Bakkehuset)"; the import kept only
    # "Heidi Kersebo (Bakkehuset)", and the referat printed her without her title.
    report = await imported(world, SEPTEMBER)
    async with world.uow() as uow:
        minutes = await uow.minutes.of_meeting(report.meeting_id)
        markdown = markdown_of(referat_sheet(await referat_of(uow, minutes)))
    assert ("Samt under pkt. 3 Heidi Madsen (Socialrådgiver Bakkehuset/Roskilde Kommune), "
            "Heidi Kersebo ass. oversygeplejerske (Bakkehuset); under pkt. 5 Kim Risom "
            "(Børnehus Sjælland); under pkt. 6 og 7 Povl Skov (Rammeaftale Sjælland)") in markdown
    # and the members as the seed lists them, "(Næstved)", though stored as "Næstved Kommune"
    assert "Deltagere: Daniel Gottrup (Næstved), Christel Jørgensen (Roskilde), Steen Bager " \
        "(Odsherred)" in markdown and "Referat: Rie Nielsen (Holbæk)" in markdown
    assert "Kommune)" not in markdown.split("Samt")[0]


async def test_people_are_matched_by_name_and_the_rest_become_imported_members(world):
    report = await imported(world, SEPTEMBER)
    members = {m.name: m for m in await rows(world, Member, Member.group_id == world.group_id)}
    # the world's Daniel, Christel, Steen, Anne-Katrine and Lisbet are found, not made again
    assert len(members) == 7 + len(report.new_members)
    assert len(report.new_members) == 8 + 13  # present, absent
    assert "Daniel Gottrup (Næstved)" not in report.new_members
    new = members["Christina Valdemar Jul Thomsen"]
    # "(Ringsted)" in the minutes is the name the members' e-mail gives the municipality
    assert (new.organisation, new.imported_at, new.aad_object_id) == (
        "Ringsted Kommune", world.clock.now(), None)
    assert new.teams_id == "imported:christina-valdemar-jul-thomsen"
    assert members["Daniel Gottrup"].imported_at is None
    presence = {p.member_id: p.status for p in await rows(world, Presence)}
    assert presence[world.ids["daniel"]] == presence[new.id] == "present"
    assert presence[members["Lars René Petersen"].id] == "absent"
    assert world.ids["rie"] not in presence  # the minute-taker is counted as such
    assert sorted(presence.values()).count("absent") == 13


async def test_importing_the_same_minutes_again_changes_nothing_and_says_so(world):
    first = await imported(world, SEPTEMBER)
    before = await counts(world)
    again = await imported(world, SEPTEMBER.replace("\t", "\t ").replace("\n", "\r\n"))
    assert again.status == ALREADY_IMPORTED and again.meeting_id == first.meeting_id
    assert again.starts_at == local(2023, 9, 29, 10)
    assert await counts(world) == before


async def test_a_second_meeting_finds_the_people_the_first_made(world):
    first = await imported(world, SEPTEMBER)
    second = await imported(world, NOVEMBER)
    assert second.status == IMPORTED and second.meeting_id != first.meeting_id
    members = await rows(world, Member, Member.group_id == world.group_id)
    assert len([m for m in members if m.name == "Lars René Petersen"]) == 1
    assert "Lars René Petersen (Vordingborg)" not in second.new_members
    assert second.new_members == ("Nanett Babett Flamgaard (Holbæk)",)
    tasks = await rows(world, Task, Task.meeting_id == second.meeting_id)
    assert [t.owner_id for t in tasks] == [world.ids["daniel"]] + [world.ids["rie"]] * 3
    # a month on is Sunday 24 December, Christmas Eve: the first working day after the holidays
    assert {t.due_on for t in tasks} == {date(2023, 12, 27)}


async def test_a_damaged_file_writes_nothing(world):
    before = await counts(world)
    report = await imported(world, SEPTEMBER.replace("den 29/9 2023 ", ""))
    assert report.status == NOT_IMPORTED and report.meeting_id is None
    assert NO_DATE in [p.code for p in report.problems]
    assert await counts(world) == before



def in_teams(name: str, key: str) -> Person:
    return Person(teams_id=f"29:{key}", name=name, aad_object_id=f"aad-{key}")


async def writes(world: World, person: Person) -> Member:
    """The person writes in the group chat (remember_sender, as on every message)."""
    conversation = Conversation(
        conversation_id=NETWORK, kind=ConversationKind.GROUP_CHAT,
        service_url="https://smba.trafficmanager.net/emea/", bot_id="28:bot",
        name="Netværksgruppe Børn og Unge", tenant_id="tenant")
    async with world.uow() as uow:
        _, member = await remember_sender(uow, conversation, person, policy=POLICY,
                                          now=world.clock.now())
        await uow.commit()
    return member


async def test_a_person_known_only_from_minutes_who_turns_up_in_teams_keeps_their_history(world):
    await imported(world, NOVEMBER.replace("Daniel vil bære", "Nanett vil bære"))
    [before] = await rows(world, Member, Member.name == "Nanett Babett Flamgaard")
    [task, *_] = await rows(world, Task)
    assert task.owner_id == before.id

    member = await writes(world, in_teams("Nanett Babett Flamgaard", "nanett"))

    assert member.id == before.id
    [after] = await rows(world, Member, Member.id == before.id)
    assert (after.teams_id, after.aad_object_id, after.imported_at) == (
        "29:nanett", "aad-nanett", None)
    assert after.organisation == before.organisation
    assert (await rows(world, Task, Task.id == task.id))[0].owner_id == before.id
    assert len(await rows(world, Member, Member.name == "Nanett Babett Flamgaard")) == 1


async def test_only_the_whole_name_once_makes_a_teams_person_the_imported_one(world):
    await imported(world, SEPTEMBER)
    [christina] = await rows(world, Member, Member.name == "Christina Valdemar Jul Thomsen")

    # A first name alone is not enough: another Christina is another person.
    other = await writes(world, in_teams("Christina Holm", "christina"))
    assert other.id != christina.id and other.imported_at is None
    same = await writes(world, in_teams("christina valdemar jul thomsen", "cvjt"))
    assert same.id == christina.id
    # Once found, nobody else of that name is merged into them again.
    namesake = await writes(world, in_teams("Christina Valdemar Jul Thomsen", "second"))
    assert namesake.id != christina.id


PDF_EXPORT = (FIXTURES.parent / "minutes_layouts" / "tuned" / "network_pdf_export.txt").read_text(
    encoding="utf-8")


async def test_a_pdf_export_lands_with_its_steering_group_decision_marked(world):
    report = await imported(world, PDF_EXPORT)
    assert (report.status, report.items, report.present, report.absent, report.guests) == (
        IMPORTED, 5, 7, 2, 1)
    entries = await rows(world, MinutesEntry, order=MinutesEntry.number)
    assert [e.title for e in entries][:2] == ["Velkommen og godkendelse af dagsorden",
                                              "Nyt fra kommunerne"]
    assert entries[0].decision == "Dagsordenen blev godkendt."
    assert entries[3].decision == ("➤ Netværket anbefaler styregruppen at der laves fælles "
                                   "takstmodel for midlertidige pladser.")
    assert entries[2].guests == "Inger Mose (Socialtilsyn Øst)"
    minutes = (await rows(world, Minutes))[0]
    assert minutes.minute_taker_name == "Hanne Lykke"
    assert [t.title.split(",")[0] for t in await rows(world, Task)] == [
        "Mette undersøger", "Hanne sørger for at sende rapporten til sekretariatet."]
