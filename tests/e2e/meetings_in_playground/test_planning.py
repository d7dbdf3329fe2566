"""Opening the chats and planning meetings: with the card form, one line of text, or not at all."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING

import aiohttp
import pytest

from tests.card_reading import buttons, card_text, elements
from tests.e2e.meetings_in_playground.scene import (
    FORM_DAY,
    FORM_PLACE,
    SORRY,
    TEXT_DAY,
    TEXT_PLACE,
    WELCOME,
    Agenda,
    Opening,
    actions,
    ask,
    danish_when,
    heading,
    upcoming,
)
from tests.e2e.playground import Playground

if TYPE_CHECKING:
    from tests.e2e.conftest import MoedebotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


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
    (link,) = [a["url"] for a in buttons(planned.card) if a["type"] == "Action.OpenUrl"]
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
    # Posted to the group chat: no Move or Cancel for everybody, a refresh for the secretary.
    # The Playground runs no card refresh by itself; the test asks it as Teams' client would.
    assert set(actions(card)) == set()
    assert pg.mock.user("Lisbet").id in card["refresh"]["userIds"]
    assert pg.mock.user("Rie").id not in card["refresh"]["userIds"]
    own = await pg.invoke(agenda.planned_by_text, "meeting.view")
    assert own.card is not None, own
    assert set(actions(own.card)) == {"meeting.edit", "meeting.cancel"}
    assert heading(own.card) == "Mødet er planlagt"

    listed = await upcoming(pg)
    assert danish_when(TEXT_DAY, 9, 12) in listed and danish_when(FORM_DAY, 10, 13) in listed
    assert listed.index(danish_when(TEXT_DAY, 9, 12)) < listed.index(danish_when(FORM_DAY, 10, 13))


async def test_an_impossible_date_is_explained_and_nothing_is_planned(pg: Playground) -> None:
    before = await upcoming(pg)

    answer = await ask(pg, "nyt møde den 31. februar 2027 kl. 10-13")
    assert answer.card is None
    assert "31. februar" in answer.text and "findes ikke" in answer.text
    assert "Skriv fx: nyt møde " in answer.text

    assert await upcoming(pg) == before
