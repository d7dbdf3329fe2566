"""The referat and the agenda as downloads: a Word file that holds who came, guests per item,
the minute-taker, absentees and every item's referat; Markdown; 404 for a guessed link."""

import secrets
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from urllib.parse import quote

import docx
import pytest

from app import create_app
from bot.settings import Settings
from meetings.agenda.agenda import Agenda
from meetings.agenda.queries import agenda_of
from meetings.groups.entities import Member
from meetings.groups.vocabulary import Role
from meetings.minutes.entities import Minutes, MinutesEntry, Presence
from meetings.minutes.referat import agenda_document_url, minutes_document_url
from meetings.minutes.vocabulary import PresenceStatus
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from meetings.tasks.tasks import TaskDraft, create_task
from tests.links import agenda_path, minutes_path
from tests.support.agenda_world import local, propose, review
from tests.support.minutes_steps import (
    capturing,
    entries,
    meeting_with_agenda,
    opening,
    tasking,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NOTES = {1: "Lisbet bød velkommen.", 4: "Bakkehuset gav en introduktion til tilbuddet.",
         5: "Kim Risom orienterede om taksten."}
DECISIONS = {1: "Dagsorden og referat blev godkendt.",
             5: "Netværket tager taksten til efterretning."}
GUESTS = {4: "Heidi Madsen (Bakkehuset)", 5: "Kim Risom (Børnehus Sjælland)"}


@dataclass(frozen=True)
class Held:
    """A held meeting with its minutes written, as the secretary leaves them."""

    meeting: Meeting
    minutes: Minutes
    agenda: Agenda


@pytest.fixture
async def held(world) -> Held:
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    for title, presenter in (("Tema Psykiatrien", "Rie Nielsen"), ("Børnehus Sjælland", None)):
        item = await world.act("daniel", propose(meeting.id, title, presenter=presenter))
        await world.act("lisbet", review(item.id, "accept"))
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        agenda = await agenda_of(uow, group, meeting.id)
        ania = Member(group_id=group.id, teams_id="29:ania", name="Ania Holm",
                      organisation="Region Sjælland", role=Role.MEMBER, joined_at=world.clock.now())
        uow.members.add(ania)
        minutes = Minutes(meeting_id=meeting.id, group_id=group.id, status="draft",
                          minute_taker_id=world.ids["rie"],
                          document_token=secrets.token_urlsafe(24),
                          created_at=world.clock.now(), updated_at=world.clock.now())
        uow.session.add(minutes)
        await uow.flush()
        uow.session.add_all(_entries(minutes.id, agenda, world.clock.now()))
        uow.session.add_all(_presence(minutes.id, world.ids, ania.id))
        item_id = agenda.entries[3].item_id
        uow.session.add(Task(group_id=group.id, meeting_id=meeting.id, item_id=item_id,
                             title="undersøger om Socialtilsyn Øst kan deltage",
                             owner_id=world.ids["rie"], due_on=date(2027, 10, 1),
                             created_at=world.clock.now(), updated_at=world.clock.now()))
        await uow.commit()
    return Held(meeting, minutes, agenda)


def _entries(minutes_id, agenda, now):
    return [MinutesEntry(minutes_id=minutes_id, number=entry.number, title=entry.title,
                         item_id=entry.item_id, notes=NOTES.get(entry.number),
                         decision=DECISIONS.get(entry.number), guests=GUESTS.get(entry.number),
                         updated_at=now)
            for entry in agenda.entries]


def _presence(minutes_id, ids, ania_id):
    statuses = {"lisbet": PresenceStatus.PRESENT, "rie": PresenceStatus.PRESENT,
                "daniel": PresenceStatus.PRESENT, "anne": PresenceStatus.PRESENT,
                "christel": PresenceStatus.ABSENT, "steen": PresenceStatus.SUBSTITUTE}
    rows = [Presence(minutes_id=minutes_id, member_id=ids[key], status=status,
                     substitute_name="Mette Bager" if key == "steen" else None)
            for key, status in statuses.items()]
    return [*rows, Presence(minutes_id=minutes_id, member_id=ania_id,
                            status=PresenceStatus.PRESENT)]


@pytest.fixture
async def client(aiohttp_client, migrated_url, world):
    settings = Settings(APP_ID="", DATABASE_URL=migrated_url, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False)
    return await aiohttp_client(create_app(settings, clock=world.clock))


def _path(url: str) -> str:
    return url.removeprefix("http://bot.test")


async def test_the_word_referat_holds_who_came_guests_taker_absentees_and_every_item(
        world, held, client):
    response = await client.get(_path(minutes_document_url("http://bot.test", held.minutes,
                                                           "docx", world.clock.now())))
    assert response.status == 200 and response.content_type == DOCX
    document = docx.Document(BytesIO(await response.read()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "REFERAT – Netværksgruppe Børn og Unge den 24/9 2027 kl. 10.00-13.00" in text
    assert ("Deltagere: Lisbet Daugaard-Hansen (Holbæk), Daniel Gottrup (Næstved), "
            "Anne-Katrine F. Madsen og Ania Holm (Region Sjælland), "
            "Mette Bager (Odsherred, stedfortræder for Steen Bager)") in text
    assert ("Samt under pkt. 4 Heidi Madsen (Bakkehuset); "
            "under pkt. 5 Kim Risom (Børnehus Sjælland)") in text
    assert "Referat: Rie Nielsen (Holbæk)" in text
    assert "Fraværende: Christel Jørgensen (Roskilde)" in text
    [table] = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Dagsordenspunkt", "Referat"]
    assert [row[0] for row in rows[1:]] == [f"{e.number}. {e.title}" for e in held.agenda.entries]
    assert rows[1][1] == f"{NOTES[1]}\nBeslutning: {DECISIONS[1]}"
    assert rows[4][1] == (f"{NOTES[4]}\nOpgave: Rie Nielsen – undersøger om Socialtilsyn Øst "
                          "kan deltage (frist 1. oktober 2027)")
    assert rows[5][1] == f"{NOTES[5]}\nBeslutning: {DECISIONS[5]}"


async def test_the_markdown_referat_is_served_as_utf8_with_a_danish_file_name(world, held, client):
    response = await client.get(minutes_path(held.minutes, "md", world.clock.now()))
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/markdown; charset=utf-8"
    name = "Referat 2027-09-24 Netværksgruppe Børn og Unge.md"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert f"filename*=UTF-8''{quote(name, safe='')}" in disposition
    assert 'filename="Referat 2027-09-24 Netvaerksgruppe Boern og Unge.md"' in disposition
    body = await response.text()
    assert body.startswith("# REFERAT – Netværksgruppe Børn og Unge den 24/9 2027")
    assert "| **4. Tema Psykiatrien** | Bakkehuset gav en introduktion til tilbuddet." in body


async def test_the_agenda_is_served_with_time_slots_kind_and_presenter(world, held, client):
    url = agenda_document_url("http://bot.test", held.meeting, "docx",
                              world.clock.now())
    response = await client.get(_path(url))
    assert response.status == 200 and response.content_type == DOCX
    assert "Dagsorden%202027-09-24" in response.headers["Content-Disposition"]
    [table] = docx.Document(BytesIO(await response.read())).tables
    assert table.rows[4].cells[0].text == "4. Tema Psykiatrien"
    assert table.rows[4].cells[1].text.startswith(
        "kl. 10.55-11.15 · Drøftelse · Oplæg: Rie Nielsen")
    markdown = await client.get(agenda_path(held.meeting, "md", world.clock.now()))
    assert markdown.status == 200 and markdown.content_type == "text/markdown"
    assert "| **5. Børnehus Sjælland** | kl. 11.15-11.35 · Drøftelse |" in await markdown.text()


@pytest.mark.parametrize("path", ["/minutes/guess.docx", "/minutes/guess.md",
                                  "/agenda/guess.docx", "/agenda/guess.md"])
async def test_a_guessed_link_is_not_found(held, client, path):
    assert (await client.get(path)).status == 404


async def test_the_agenda_link_is_not_a_minutes_link(world, held, client):
    now = world.clock.now()
    agenda = agenda_path(held.meeting, "docx", now).replace("/agenda/", "/minutes/")
    assert (await client.get(agenda)).status == 404
    assert (await client.get(minutes_path(held.minutes, "pdf", now))).status == 404


async def test_tasks_taken_under_an_item_are_listed_under_it_and_only_the_rest_apart(
        world, client):
    """Under standing items too (3 and 6 here), by the item's card and by "#opgave" after
    "#punkt"; only a task of the meeting that no item names goes to "Øvrige opgaver"."""
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    numbered = await entries(world, minutes.id)
    await world.act("rie", tasking(numbered[3].id, "Sende kommunernes input rundt",
                                   due_on=date(2027, 9, 1)))
    await world.act("rie", tasking(numbered[4].id, "Invitere Bakkehuset igen",
                                   owner_id=world.ids["daniel"], due_on=date(2027, 9, 1)))
    await world.act("rie", capturing("#punkt 6"))
    await world.act("rie", capturing("#opgave Daniel undersøger taksten, frist 1. september"))
    await world.act("rie", lambda uow, g, a, now: create_task(uow, g, a, TaskDraft(
        title="Booke lokale til næste møde", meeting_id=held.meeting_id,
        due_on=date(2027, 9, 1)), now))
    response = await client.get(minutes_path(minutes, "docx", world.clock.now()))
    [table] = docx.Document(BytesIO(await response.read())).tables
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows}
    by_number = {label.split(".")[0]: text for label, text in rows.items()}
    assert by_number["3"] == ("Opgave: Rie Nielsen – Sende kommunernes input rundt "
                              "(frist 1. september 2027)")
    assert by_number["4"] == ("Opgave: Daniel Gottrup – Invitere Bakkehuset igen "
                              "(frist 1. september 2027)")
    assert by_number["6"] == ("Opgave: Daniel undersøger taksten "  # names Daniel already
                              "(frist 1. september 2027)")
    assert rows["Øvrige opgaver"] == ("Opgave: Rie Nielsen – Booke lokale til næste møde "
                                      "(frist 1. september 2027)")
    markdown = await (await client.get(minutes_path(minutes, "md", world.clock.now()))).text()
    assert markdown.count("Opgave:") == 4 and markdown.count("Øvrige opgaver") == 1
    assert "Daniel undersøger taksten" in next(line for line in markdown.splitlines()
                                               if line.startswith("| **6. "))


async def test_a_substitute_is_written_with_the_member_they_came_for(world, client):
    held = await meeting_with_agenda(world)  # Christel (Roskilde) sends Mette Holm
    minutes = await world.act("rie", opening(held.meeting_id))
    markdown = await (await client.get(minutes_path(minutes, "md", world.clock.now()))).text()
    assert "Mette Holm (Roskilde, stedfortræder for Christel Jørgensen)" in markdown
    response = await client.get(minutes_path(minutes, "docx", world.clock.now()))
    text = "\n".join(p.text for p in docx.Document(BytesIO(await response.read())).paragraphs)
    assert "Mette Holm (Roskilde, stedfortræder for Christel Jørgensen)" in text
