"""The annual report of a year of four meetings: participants counted per meeting (members,
substitutes, guests, the minute-taker), attendance per organisation as a table and a chart,
topics, next year's plan and contacts; as Word, Markdown, a download and from the command line."""

import asyncio
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import docx
import pytest

from app import create_app
from bot.settings import Settings
from meetings.common.refusal import Refusal
from meetings.groups.entities import Member
from meetings.groups.vocabulary import Role
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import cancel_meeting, plan_meeting
from meetings.reports.annual_report import annual_report_of, default_report_year, guest_names
from meetings.reports.document import (
    LABELS,
    SECTIONS,
    report_chart,
    report_document_url,
    report_docx,
    report_markdown,
)
from meetings.reports.texts import change_annual_texts
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import FakeClock
from tests.support.agenda_world import World, local, propose, review
from tests.support.minutes_steps import entries, opening, presence, recording, taker
from tests.word_reading import assert_danish_a4

ROOT = Path(__file__).resolve().parents[3]
PNG = b"\x89PNG\r\n\x1a\n"
THEMES = ("Samarbejde med Børnehus Sjælland", "Skole-dagbehandlingstilbud", "Psykiatrien",
          "§ 32 institutioner")
STARTS = (local(2025, 3, 7, 10, 0), local(2025, 6, 6, 10, 0), local(2025, 9, 26, 10, 0),
          local(2025, 11, 28, 10, 0))
REPORTED_AT = local(2025, 12, 10, 9, 0)
PURPOSE = "Netværket udveksler viden om det specialiserede børne- og ungeområde."
ATTENTION = "Sundhedsklyngerne kan sætte de samme indsatser i gang flere steder."


@dataclass(frozen=True)
class Year:
    world: World
    meeting_ids: tuple[int, ...]


def _draft(start, theme=None, *, place="Hækkerupsvej 1, Ringsted", online=False) -> MeetingDraft:
    return MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3), place=place,
                        online=online, theme=theme)


async def _plan(world: World, draft: MeetingDraft) -> int:
    meeting = await world.act("rie", lambda uow, g, a, now: plan_meeting(uow, g, a, draft, now))
    return meeting.id


async def _add_member(world: World, key: str, name: str, organisation: str) -> None:
    async with world.uow() as uow:
        member = Member(group_id=world.group_id, teams_id=f"29:{key}", name=name,
                        organisation=organisation, role=Role.MEMBER, joined_at=world.clock.now())
        uow.members.add(member)
        await uow.commit()
    world.ids[key] = member.id


async def _minutes(world: World, meeting_id: int, start, came: dict[str, str],
                   guests: dict[int | str, str], minute_taker: tuple[int | None, str | None]):
    """Minutes as the secretary leaves them: who came (others absent), guests under items
    (by agenda number, or by the accepted item's title), the minute-taker."""
    world.clock.set(start)
    minutes = await world.act("rie", opening(meeting_id))
    for key in ("lisbet", "rie", "daniel", "christel", "steen", "anne", "ania", "lone"):
        status, _, substitute = came.get(key, "absent").partition(":")
        await world.act("rie", presence(minutes.id, world.ids[key], status, substitute or None))
    by_number = await entries(world, minutes.id)
    items = {i.id: i.title for i in await world.items(meeting_id)}
    for where, text in guests.items():
        entry = by_number[where] if isinstance(where, int) else next(
            e for e in by_number.values() if items.get(e.item_id) == where)
        await world.act("rie", recording(entry.id, guests=text))
    member_key, name = minute_taker
    await world.act("rie", taker(minutes.id, world.ids[member_key] if member_key else None,
                                 name))


async def four_meetings(world: World) -> Year:
    """Four meetings held in 2025, one cancelled, one still ahead, two planned for 2026."""
    world.clock.set(local(2025, 1, 6, 9, 0))
    await _add_member(world, "ania", "Ania Holm", "Region Sjælland")
    await _add_member(world, "lone", "Lone N. Jensen", "Køge")
    ids = tuple([await _plan(world, _draft(start, theme)) for start, theme in zip(
        STARTS, THEMES, strict=True)])
    cancelled = await _plan(world, _draft(local(2025, 10, 10, 10, 0), "Aflyst tema"))
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, cancelled, now))
    await _plan(world, _draft(local(2025, 12, 19, 10, 0), "Juletema"))
    await _plan(world, _draft(local(2026, 2, 6, 10, 0), "Plejefamilier", place=None,
                              online=True))
    await _plan(world, _draft(local(2026, 5, 29, 10, 0), "Barnets lov"))
    for meeting_id, title in ((ids[0], "Takster i Børnehuset"),
                              (ids[2], "Introduktion til Bakkehuset"), (ids[2], "Kaffeordning")):
        item = await world.act("daniel", propose(meeting_id, title))
        await world.act("lisbet", review(item.id, "reject" if title == "Kaffeordning"
                                         else "accept", "Ikke nu"))
    await _minutes(world, ids[0], STARTS[0], {
        "lisbet": "present", "rie": "present", "daniel": "present", "anne": "present",
        "ania": "present", "steen": "substitute:Mette Bager"},
        {"Takster i Børnehuset": "Kim Risom (Børnehus Sjælland)",
         1: "Povl Skov (Rammeaftale Sjælland), Kim Risom (Børnehus Sjælland)"}, ("rie", None))
    await _minutes(world, ids[1], STARTS[1], {
        "lisbet": "present", "rie": "present", "christel": "present",
        "daniel": "substitute:Trine Stenstrup"}, {}, (None, "Nanett Flamgaard (Holbæk)"))
    await _minutes(world, ids[2], STARTS[2], {
        "rie": "present", "daniel": "present", "christel": "present", "steen": "present"},
        {"Introduktion til Bakkehuset": "Heidi Madsen og Heidi Kersebo (Bakkehuset)"},
        ("rie", None))
    await _minutes(world, ids[3], STARTS[3], {
        "lisbet": "present", "rie": "present", "daniel": "present", "anne": "present"},
        {2: "Povl Skov (Rammeaftale Sjælland)"}, (None, None))
    world.clock.set(REPORTED_AT)
    return Year(world, ids)


async def _report(world: World, year: int = 2025):
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        return await annual_report_of(uow, group, year, world.clock.now())


@pytest.fixture
async def year(world) -> Year:
    return await four_meetings(world)


async def test_participants_are_counted_per_meeting_held(year):
    report = await _report(year.world)
    counts = [(m.theme, m.members, m.substitutes, m.guests, m.minute_taker, m.participants)
              for m in report.meetings]
    assert counts == [
        # members present (the minute-taker apart), substitutes, distinct guests, minute-taker
        (THEMES[0], 4, 1, 2, 1, 8),
        (THEMES[1], 3, 1, 0, 1, 5),  # the minute-taker came from outside the group
        (THEMES[2], 3, 0, 2, 1, 6),
        (THEMES[3], 4, 0, 1, 0, 5),  # nobody named as minute-taker: the secretary is a member
    ]
    assert report.participants == 24
    # 7 members, 2 substitutes, 4 guests and an outside minute-taker: each counted once.
    assert report.people == 14
    assert [m.starts_at.date().isoformat() for m in report.meetings] == [
        "2025-03-07", "2025-06-06", "2025-09-26", "2025-11-28"]


async def test_attendance_counts_the_meetings_each_organisation_came_to(year):
    report = await _report(year.world)
    assert report.attendance == (("Holbæk", 4), ("Køge", 0), ("Næstved", 4), ("Odsherred", 2),
                                 ("Region Sjælland", 2), ("Roskilde", 2))


async def test_topics_are_the_themes_and_accepted_items_of_the_year(year):
    report = await _report(year.world)
    assert report.topics == (THEMES[0], "Takster i Børnehuset", THEMES[1], THEMES[2],
                             "Introduktion til Bakkehuset", THEMES[3])


async def test_next_years_plan_representation_and_contacts(year):
    report = await _report(year.world)
    assert [(m.starts_at.date().isoformat(), m.theme, m.online) for m in report.next_year] == [
        ("2026-02-06", "Plejefamilier", True), ("2026-05-29", "Barnets lov", False)]
    assert dict(report.representation) == {
        "Holbæk": ("Lisbet Daugaard-Hansen", "Rie Nielsen"), "Køge": ("Lone N. Jensen",),
        "Næstved": ("Daniel Gottrup",), "Odsherred": ("Steen Bager",),
        "Region Sjælland": ("Ania Holm", "Anne-Katrine F. Madsen"),
        "Roskilde": ("Christel Jørgensen",)}
    assert [(c.role, c.name, c.organisation) for c in report.contacts] == [
        ("chair", "Lisbet Daugaard-Hansen", "Holbæk"), ("secretary", "Rie Nielsen", "Holbæk"),
        # who wrote the year's minutes, the most frequent first
        ("minute_taker", "Rie Nielsen", "Holbæk"),
        ("minute_taker", "Nanett Flamgaard (Holbæk)", None)]


async def test_the_texts_are_the_secretarys_and_only_managers_write_them(year):
    world = year.world
    assert (await _report(world)).purpose is None
    await world.act("rie", lambda uow, g, a, now: change_annual_texts(
        uow, g, a, 2025, PURPOSE, ATTENTION, now))
    with pytest.raises(Refusal):
        await world.act("daniel", lambda uow, g, a, now: change_annual_texts(
            uow, g, a, 2025, "Noget andet", None, now))
    report = await _report(world)
    assert (report.purpose, report.attention) == (PURPOSE, ATTENTION)
    assert (await _report(world, 2024)).purpose is None


async def test_the_word_report_holds_every_section_the_tables_and_the_chart(year):
    world = year.world
    await world.act("rie", lambda uow, g, a, now: change_annual_texts(
        uow, g, a, 2025, PURPOSE, ATTENTION, now))
    document = docx.Document(BytesIO(report_docx(await _report(world), world.clock.now())))
    assert_danish_a4(document, "Årsrapport 2025 – Netværksgruppe Børn og Unge",
                     "Netværksgruppe Børn og Unge", world.clock.now())
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    words = LABELS["da"]
    assert headings == ["Årsrapport 2025 – Netværksgruppe Børn og Unge",
                        *(words[s] for s in SECTIONS[:-2]), f"{words['next_year']} 2026",
                        f"{words['themes']} 2026"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert PURPOSE in text and ATTENTION in text and "Introduktion til Bakkehuset" in text
    assert "Formand: Lisbet Daugaard-Hansen, Holbæk" in text
    meetings, attendance = document.tables[1], document.tables[2]
    assert [c.text for c in meetings.rows[1].cells] == [
        "7. marts 2025", THEMES[0], "4", "1", "2", "1", "8"]
    assert [c.text for c in attendance.rows[1].cells] == ["Holbæk", "4"]
    assert len(document.inline_shapes) == 1
    # The plan is written as the agenda and minutes write a time: "kl. 10.00-13.00".
    assert [c.text for c in document.tables[3].rows[1].cells] == [
        "6. februar 2026", "10.00-13.00", "Online", "Plejefamilier"]


async def test_the_chart_is_a_png_and_the_same_for_the_same_data(year):
    report = await _report(year.world)
    chart = report_chart(report)
    assert chart.startswith(PNG) and chart == report_chart(report)
    assert b"Software" not in chart


async def test_the_markdown_report_has_the_sections_and_the_attendance_table(year):
    markdown = report_markdown(await _report(year.world))
    assert markdown.startswith("# Årsrapport 2025 – Netværksgruppe Børn og Unge\n")
    assert "## Fremmøde pr. organisation" in markdown
    assert "| Region Sjælland | 2 |" in markdown
    assert "| 28. november 2025 | § 32 institutioner | 4 | 0 | 1 | 0 | 5 |" in markdown
    assert "- Takster i Børnehuset" in markdown


async def test_the_report_is_downloaded_by_its_token_only(year, aiohttp_client, migrated_url):
    world = year.world
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
    settings = Settings(APP_ID="", DATABASE_URL=migrated_url, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False)
    client = await aiohttp_client(create_app(settings, clock=world.clock))
    path = report_document_url("", group, 2025, "docx", world.clock.now())
    response = await client.get(path)
    assert response.status == 200
    assert "rsrapport%202025%20Netv" in response.headers["Content-Disposition"]
    assert len(docx.Document(BytesIO(await response.read())).inline_shapes) == 1
    markdown = await client.get(report_document_url("", group, 2025, "md", world.clock.now()))
    assert (await markdown.text()).startswith("# Årsrapport 2025")
    assert (await client.get("/report/guessed.docx")).status == 404


def test_guests_are_split_on_commas_and_og_outside_brackets():
    assert guest_names("Heidi Madsen og (Socialrådgiver Bakkehuset/Roskilde Kommune) og "
                       "Heidi Kersebo, Kim Risom (Børnehus, Sjælland)") == [
        "Heidi Madsen", "Heidi Kersebo", "Kim Risom"]
    assert guest_names(None) == [] and guest_names("  ") == []


def test_the_year_asked_for_without_one_is_last_year_until_march():
    assert default_report_year(date(2026, 2, 28)) == 2025
    assert default_report_year(date(2026, 3, 1)) == 2026


def test_the_command_line_prints_the_markdown_and_writes_the_word_file(tmp_path):
    url = f"sqlite:///{tmp_path}/year.db"
    env = {**os.environ, "DATABASE_URL": url, "LOG_FORMAT": "text"}
    subprocess.run([sys.executable, "-m", "storage.migrate", "upgrade", url], cwd=ROOT,
                   env=env, check=True, capture_output=True, timeout=120)
    async def fill() -> None:
        engine = create_engine(url)
        world = await World(unit_of_work_factory(engine), FakeClock(REPORTED_AT)).build()
        await four_meetings(world)
        await engine.dispose()

    asyncio.run(fill())
    out = tmp_path / "rapport.docx"
    run = subprocess.run(
        [sys.executable, "app.py", "annual-report", "--group", "netværksgruppe børn og unge",
         "--year", "2025", "--out", str(out)], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("# Årsrapport 2025 – Netværksgruppe Børn og Unge")
    assert "| Næstved | 4 |" in run.stdout
    assert len(docx.Document(out).inline_shapes) == 1
    unknown = subprocess.run([sys.executable, "app.py", "annual-report", "--group", "Ingen",
                              "--year", "2025"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert unknown.returncode != 0 and "Ingen" in unknown.stderr

