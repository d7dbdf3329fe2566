"""Mødebot end to end: the real app (`python app.py` on SQLite) behind the Agents Playground.

The bot runs as a subprocess started like production (`moedebot` in conftest.py); one
Playground serves the module; Lisbet Daugaard-Hansen is the playground's current user, Rie
Nielsen an ordinary member of the group chat "Netværksgruppe Børn og Unge".

The tests do not depend on their order. Two module fixtures set the scene once:
- `opened` opens the group chat and Lisbet's personal chat (the install events) and keeps what
  the bot posted then;
- `agenda` plans the two meetings the tests rely on, as the secretary: one with the card form
  about three months ahead, one with a line of text two weeks ahead (the next meeting).
A test that changes meetings plans its own (the cancel test), so the next meeting is always the
two-week one. Each test also checks that no HTTP exchange with the bot failed (status >= 400)
and that the bot logged no error while it ran.

Expected dates are written out here with the Danish and English names of weekdays and months,
not with the bot's own formatting code, so a formatting bug cannot hide behind itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
import pytest_asyncio
from babel.dates import format_date
from playwright.async_api import expect

from meetings.dates import format_meeting_time
from tests.card_reading import card_text, elements
from tests.e2e.browser import CARD, Browser
from tests.e2e.playground import BotMessage, Exchange, InvokeResult, Playground

if TYPE_CHECKING:
    from tests.e2e.conftest import MoedebotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

TZ = ZoneInfo("Europe/Copenhagen")
TODAY = datetime.now(TZ).date()
FORM_DAY = TODAY + timedelta(days=91)  # planned with the card form, about three months ahead
TEXT_DAY = TODAY + timedelta(days=14)  # planned with a line of text: the next meeting
CANCEL_DAY = TODAY + timedelta(days=7)  # planned and cancelled by the cancel test
FORM_PLACE = "Hækkerupsvej 1, 4100 Ringsted"
TEXT_PLACE = "Sorø, Alléen 1"

WEEKDAYS_DA = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
MONTHS_DA = """januar februar marts april maj juni
               juli august september oktober november december""".split()
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_EN = """January February March April May June
               July August September October November December""".split()

WELCOME = "Hej! Jeg er Mødebot"
SORRY = "Beklager, der gik noget galt"
NOT_ALLOWED = "Det kan kun formanden og sekretæren"


def danish_day(day: date) -> str:
    """As people write it in a chat line: "fredag 12. marts 2027"."""
    return f"{WEEKDAYS_DA[day.weekday()]} {day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def danish_when(day: date, start: int, end: int) -> str:
    """As the bot shows it: "fredag den 12. marts 2027 kl. 10.00–13.00"."""
    weekday, month = WEEKDAYS_DA[day.weekday()], MONTHS_DA[day.month - 1]
    return f"{weekday} den {day.day}. {month} {day.year} kl. {start:02}.00–{end:02}.00"


def english_when(day: date, start: int, end: int) -> str:
    """ "Friday 12 March 2027, 09:00–12:00"."""
    weekday, month = WEEKDAYS_EN[day.weekday()], MONTHS_EN[day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}, {start:02}:00–{end:02}:00"


def heading(card: dict[str, Any] | None) -> str:
    assert card is not None, "expected a card"
    return card["body"][0]["text"]


def actions(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The card's Action.Execute buttons by verb."""
    return {a["verb"]: a for a in card.get("actions", []) if a["type"] == "Action.Execute"}


def listed_meetings(card: dict[str, Any]) -> list[str]:
    """The "when" line of every meeting on a "Kommende møder" card."""
    return [
        item["items"][0]["text"]
        for item in card["body"]
        if item.get("type") == "Container"
        and item.get("selectAction", {}).get("verb") == "meeting.show"
    ]


async def ask(
    pg: Playground, text: str, conversation: str = "group", user: str | None = None
) -> BotMessage:
    """Write to the bot (mentioned in the group chat); its first answer in that conversation."""
    sent = await pg.send(text, conversation, user=user)
    reply = await pg.wait_for(
        lambda m: m.action == "createMessage" and m.conversation_id == sent.conversation_id
    )
    await pg.handled(sent)
    return reply


async def upcoming(pg: Playground) -> list[str]:
    reply = await ask(pg, "kommende møder")
    assert heading(reply.card) == "Kommende møder"
    return listed_meetings(reply.card)


@dataclass(frozen=True)
class Opening:
    """What happened when a conversation was opened in the client."""

    exchanges: list[Exchange]  # calls to the bot and from it to the connector
    messages: list[BotMessage]  # what the bot posted in that conversation
    errors: list[dict[str, Any]]  # ERROR records in the bot's log meanwhile


@dataclass(frozen=True)
class Agenda:
    form: BotMessage  # the plan form the bot posted for "nyt møde"
    planned_by_form: InvokeResult  # the answer to "Planlæg mødet" on it
    planned_by_text: BotMessage  # the answer to the one-line "nyt møde …"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def playground(
    moedebot: MoedebotProcess, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Playground]:
    workdir = tmp_path_factory.mktemp("playground")
    async with Playground.running(moedebot.messages_url, workdir) as pg:
        yield pg


async def _open(pg: Playground, bot: MoedebotProcess, which: str) -> Opening:
    conversation = pg.mock.conversation(which)
    since, shown, logged = pg.mark(), len(pg.messages.history), bot.mark()
    await pg.open(which)
    for name in ("installationUpdate", "conversationUpdate"):
        await pg.wait_for_exchange(
            lambda x, name=name: x.to_bot and x.name == name and x.conversation_id == conversation,
            since=since,
        )
    await asyncio.sleep(0.3)  # the bot's messages of both turns reach the client websocket
    pg.clear()
    return Opening(
        exchanges=[x for x in pg.exchanges.history[since:] if x.conversation_id == conversation],
        messages=[m for m in pg.messages.history[shown:] if m.conversation_id == conversation],
        errors=[r for r in bot.log_records(logged) if r.get("level") == "ERROR"],
    )


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def opened(playground: Playground, moedebot: MoedebotProcess) -> dict[str, Opening]:
    """The group chat and Lisbet's personal chat, opened once (the browser opens the latter)."""
    return {which: await _open(playground, moedebot, which) for which in ("group", "personal")}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def agenda(playground: Playground, opened: dict[str, Opening]) -> Agenda:
    pg = playground
    form = await ask(pg, "nyt møde")
    planned_by_form = await pg.invoke(
        form,
        "meeting.plan",
        {
            "date": FORM_DAY.isoformat(),
            "start": "10:00",
            "end": "13:00",
            "place": FORM_PLACE,
            "online": "false",
            "theme": "Psykiatrien",
        },
    )
    planned_by_text = await ask(pg, f"nyt møde {danish_day(TEXT_DAY)} kl. 9-12 i {TEXT_PLACE}")
    pg.clear()
    assert pg.failures == [], "an exchange with the bot failed while planning"
    return Agenda(form, planned_by_form, planned_by_text)


@pytest_asyncio.fixture(loop_scope="module")
async def pg(
    playground: Playground, moedebot: MoedebotProcess, agenda: Agenda
) -> AsyncIterator[Playground]:
    """The module's playground, meetings planned, nothing pending; checks for failed turns."""
    playground.clear()
    failed_before, logged = len(playground.failures), moedebot.mark()
    yield playground
    assert playground.failures[failed_before:] == []
    errors = [r for r in moedebot.log_records(logged) if r.get("level") == "ERROR"]
    assert errors == [], "the bot logged errors"


async def test_the_expected_texts_agree_with_babel_and_the_bots_formatting() -> None:
    """The hand-written names above are right (guards the oracle itself)."""
    for day in (FORM_DAY, TEXT_DAY, date(2027, 3, 12)):
        assert danish_day(day) == format_date(day, "EEEE d. MMMM y", locale="da_DK")
        starts, ends = datetime.combine(day, time(9), TZ), datetime.combine(day, time(12), TZ)
        assert format_meeting_time(starts, ends, TZ, "da") == danish_when(day, 9, 12)
        assert format_meeting_time(starts, ends, TZ, "en") == english_when(day, 9, 12)
    assert danish_when(date(2027, 3, 12), 10, 13) == "fredag den 12. marts 2027 kl. 10.00–13.00"


async def test_opening_the_group_chat_installs_the_bot_and_the_opener_becomes_secretary(
    pg: Playground, opened: dict[str, Opening], moedebot: MoedebotProcess
) -> None:
    group = opened["group"]
    to_bot = {x.name: x for x in group.exchanges if x.to_bot}
    assert set(to_bot) >= {"installationUpdate", "conversationUpdate"}
    assert all(x.status is not None and x.status < 400 for x in group.exchanges)
    assert to_bot["installationUpdate"].activity["from"]["id"] == pg.mock.current_user.id

    texts = [m.text or "" for m in group.messages]
    assert sum(WELCOME in text for text in texts) == 1, texts
    assert "Det kan Mødebot" in [heading(m.card) for m in group.messages if m.card]

    with contextlib.closing(sqlite3.connect(f"file:{moedebot.database}?mode=ro", uri=True)) as db:
        roles = dict(
            db.execute(
                "SELECT m.name, m.role FROM members m JOIN groups g ON g.id = m.group_id "
                "WHERE g.conversation_id = ?",
                (pg.mock.group_chat,),
            ).fetchall()
        )
        (name,) = db.execute(
            "SELECT name FROM groups WHERE conversation_id = ?", (pg.mock.group_chat,)
        ).fetchone()
    assert name == "Netværksgruppe Børn og Unge"
    assert roles.pop("Lisbet Daugaard-Hansen") == "secretary"
    assert roles == {u.name: "member" for u in pg.mock.users[1:]}  # the roster, read at install


async def test_opening_a_conversation_posts_no_error(opened: dict[str, Opening]) -> None:
    for which, opening in opened.items():
        assert [m.text for m in opening.messages if SORRY in (m.text or "")] == [], which
        assert [r.get("message") for r in opening.errors] == [], which


async def test_planning_with_the_card_form(
    pg: Playground, agenda: Agenda, moedebot: MoedebotProcess
) -> None:
    form = agenda.form.card
    assert heading(form) == "Planlæg et møde"
    inputs = {i["id"] for i in elements(form) if i.get("type", "").startswith("Input.")}
    assert inputs == {"date", "start", "end", "place", "online", "theme"}
    assert actions(form)["meeting.plan"]["title"] == "Planlæg mødet"

    planned = agenda.planned_by_form
    assert planned.card is not None, planned
    text = card_text(planned.card)
    assert heading(planned.card) == "Mødet er planlagt"
    assert danish_when(FORM_DAY, 10, 13) in text
    assert FORM_PLACE in text and "Psykiatrien" in text

    # "Tilføj til kalender" points at the bot's PUBLIC_URL and serves the invitation.
    (link,) = [a["url"] for a in planned.card["actions"] if a["type"] == "Action.OpenUrl"]
    assert link.startswith(f"{moedebot.url}/calendar/") and link.endswith(".ics")
    async with aiohttp.ClientSession() as http, http.get(link) as response:
        assert response.status == 200
        assert response.content_type == "text/calendar"
        invitation = (await response.text()).replace("\r\n ", "")
    assert "BEGIN:VEVENT" in invitation and "Hækkerupsvej 1" in invitation


async def test_planning_with_one_line_of_text(pg: Playground, agenda: Agenda) -> None:
    card = agenda.planned_by_text.card
    assert heading(card) == "Mødet er planlagt"
    assert danish_when(TEXT_DAY, 9, 12) in card_text(card)
    assert TEXT_PLACE in card_text(card)
    assert set(actions(card)) == {"meeting.edit", "meeting.cancel"}

    listed = await upcoming(pg)
    assert danish_when(TEXT_DAY, 9, 12) in listed and danish_when(FORM_DAY, 10, 13) in listed
    assert listed.index(danish_when(TEXT_DAY, 9, 12)) < listed.index(danish_when(FORM_DAY, 10, 13))


async def test_the_next_meeting_in_danish_and_english(pg: Playground) -> None:
    danish = await ask(pg, "hvornår er næste møde?")
    assert heading(danish.card) == "Næste møde"
    assert danish_when(TEXT_DAY, 9, 12) in card_text(danish.card)
    assert TEXT_PLACE in card_text(danish.card)
    assert "Tilføj til kalender" in card_text(danish.card)

    english = await ask(pg, "when is the next meeting?")
    assert heading(english.card) == "Next meeting"
    assert english_when(TEXT_DAY, 9, 12) in card_text(english.card)
    assert TEXT_PLACE in card_text(english.card)
    assert {"When", "Where", "Add to calendar"} <= set(card_text(english.card).splitlines())

    where = await ask(pg, "hvor er mødet?")
    assert heading(where.card) == "Næste møde"
    assert TEXT_PLACE in card_text(where.card)


async def test_cancelling_asks_first_and_then_the_next_meeting_is_the_later_one(
    pg: Playground,
) -> None:
    planned = await ask(pg, f"nyt møde {danish_day(CANCEL_DAY)} kl. 14-16 i Holbæk, Kanalstræde 2")
    assert heading(planned.card) == "Mødet er planlagt"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text((await ask(pg, "næste møde")).card)

    confirm = await ask(pg, "aflys næste møde")
    assert heading(confirm.card) == "Aflys mødet?"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text(confirm.card)
    assert danish_when(CANCEL_DAY, 14, 16) in await upcoming(pg)  # asking cancels nothing

    done = await pg.invoke(confirm, "meeting.cancel.confirm")
    assert done.card is not None, done
    assert heading(done.card) == "Mødet er aflyst"
    assert danish_when(CANCEL_DAY, 14, 16) in card_text(done.card)
    # Everybody sees it: the bot updated the posted confirmation card too.
    updated = await pg.wait_for(lambda m: m.action == "updateMessage" and m.id == confirm.id)
    assert heading(updated.card) == "Mødet er aflyst"

    after = await ask(pg, "næste møde")
    assert heading(after.card) == "Næste møde"
    assert danish_when(TEXT_DAY, 9, 12) in card_text(after.card)
    assert danish_when(CANCEL_DAY, 14, 16) not in await upcoming(pg)


async def test_a_member_who_is_not_chair_or_secretary_cannot_cancel(
    pg: Playground, moedebot: MoedebotProcess
) -> None:
    rie = pg.mock.user("Rie")
    before = await upcoming(pg)
    logged = moedebot.mark()

    shown = await ask(pg, "næste møde")
    assert actions(shown.card)["meeting.cancel"]["title"] == "Aflys mødet"
    refused = await pg.invoke(shown, "meeting.cancel", user="Rie")
    assert refused.card is None and NOT_ALLOWED in refused.value

    confirm = await ask(pg, "aflys næste møde")  # Lisbet asks; Rie clicks "Ja, aflys det"
    assert actions(confirm.card)["meeting.cancel.confirm"]["title"] == "Ja, aflys det"
    refused = await pg.invoke(confirm, "meeting.cancel.confirm", user="Rie")
    assert refused.card is None and NOT_ALLOWED in refused.value

    written = await ask(pg, "aflys næste møde", user="Rie")
    assert written.card is None and NOT_ALLOWED in written.text

    assert await upcoming(pg) == before
    still = await ask(pg, "næste møde")
    assert danish_when(TEXT_DAY, 9, 12) in card_text(still.card)
    assert not [
        m
        for m in pg.messages.history
        if m.action == "updateMessage" and m.id in (shown.id, confirm.id)
    ]
    refusals = [
        r
        for r in moedebot.log_records(logged)
        if r.get("message") == "refused: not chair or secretary"
    ]
    assert [(r["action"], r["actor"]) for r in refusals] == [
        ("cancel_meeting", rie.aad_object_id)
    ] * 3


async def test_an_impossible_date_is_explained_and_nothing_is_planned(pg: Playground) -> None:
    before = await upcoming(pg)

    answer = await ask(pg, "nyt møde den 31. februar 2027 kl. 10-13")
    assert answer.card is None
    assert "31. februar" in answer.text and "findes ikke" in answer.text
    assert "Skriv fx: nyt møde " in answer.text

    assert await upcoming(pg) == before


async def test_the_browser_shows_the_next_meeting_card(pg: Playground) -> None:
    when = danish_when(TEXT_DAY, 9, 12)
    async with Browser.launch() as browser:
        page = await browser.open(pg.url)
        await page.select(pg.mock.group_chat_name)
        await page.composer.wait_for()
        cards = page.page.locator(CARD).filter(has_text="Næste møde")
        shown_before = await cards.count()
        await page.type("næste møde", mention=pg.mock.bot_name)
        await expect(cards).to_have_count(shown_before + 1, timeout=10_000)
        card = cards.last
        await card.scroll_into_view_if_needed()
        shot = await page.screenshot("meeting-card")
        visible = await card.inner_text()

    assert "Næste møde" in visible
    assert when in visible, visible
    assert TEXT_PLACE in visible and "Tilføj til kalender" in visible
    png = await asyncio.to_thread(shot.read_bytes)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
