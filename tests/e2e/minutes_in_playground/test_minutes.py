"""A meeting's minutes recorded in the group chat, approved, and downloaded as a Word document.

Lisbet (secretary) plans a meeting for Monday 1 March 2027 at 10. At 10.30, with the meeting
going on, she writes "referat" and gets the minutes card; she records the first item's
decision on its card and a task for Rie from the same card, and posts the minutes for approval.
The delivery worker posts them to the group chat; Rie approves there. Nobody objects, so when
the fake clock passes the deadline (five working days) the minutes tick approves and locks
them and the group is told, with the download links; the Word document opens and holds what
was recorded.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any

import aiohttp
import docx
import pytest
from sqlalchemy import select

from meetings.minutes.entities import Minutes, MinutesEvent
from meetings.minutes.vocabulary import EventKind, MinutesStatus
from meetings.tasks.entities import Task
from tests.card_reading import card_text, elements
from tests.e2e.in_process import AppInProcess, answer_in
from tests.e2e.playground import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]

PLAN = "nyt møde mandag 1. marts 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"
DURING = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)  # 10.30 in Copenhagen
AFTER_DEADLINE = datetime(2027, 3, 9, 8, 0, tzinfo=UTC)  # Tuesday 9 March, 09.00
DECISION = "Netværket anbefaler fælles rekruttering af plejefamilier."
TASK = "Rie undersøger om Socialtilsyn Øst kan deltage"


def action(card: dict[str, Any], verb: str) -> dict[str, Any]:
    return next(e for e in elements(card) if e.get("verb") == verb)


def choice(card: dict[str, Any], input_id: str, title: str) -> str:
    field = next(e for e in elements(card) if e.get("id") == input_id)
    return next(c["value"] for c in field["choices"] if c["title"] == title)


def download_url(card: dict[str, Any], title: str) -> str:
    return next(e["url"] for e in elements(card)
                if e.get("type") == "Action.OpenUrl" and e.get("title") == title)


async def click(pg: Playground, message_id: str, card: dict, verb: str, **inputs: Any):
    """Action.Execute on a card the bot answered an earlier click with (same message)."""
    data = {**action(card, verb)["data"], **inputs}
    return await pg.invoke(message_id, verb, data, conversation="group")


async def test_minutes_are_recorded_approved_and_downloaded(
    pg: Playground, app: AppInProcess
) -> None:
    sent = await pg.send(PLAN, "group")
    await answer_in(pg, "group", "Mødet er planlagt")
    await pg.handled(sent)

    app.clock.set(DURING)
    sent = await pg.send("referat", "group")
    overview = await answer_in(pg, "group", "Referat")
    await pg.handled(sent)
    entry = await pg.invoke(overview, "minutes.entry")
    assert entry.card is not None
    saved = await click(pg, overview.id, entry.card, "minutes.entry.save",
                        notes="Lisbet bød velkommen.", decision=DECISION)
    assert DECISION in card_text(saved.card)
    rie = choice(saved.card, "owner_id", "Rie Nielsen")
    with_task = await click(pg, overview.id, saved.card, "minutes.task",
                            title=TASK, owner_id=rie, due="2027-03-12")
    assert TASK in card_text(with_task.card)

    await pg.invoke(overview, "minutes.post")
    posted = await answer_in(pg, "group", "Referat")  # the worker posts it for approval
    assert posted.id != overview.id and DECISION in card_text(posted.card)
    approval = await pg.invoke(posted, "minutes.approve", user="rie")
    assert approval.type != ""

    app.clock.set(AFTER_DEADLINE)  # five working days without objection
    approved = await answer_in(pg, "group", "Referatet er godkendt")
    async with aiohttp.ClientSession() as http:
        async with http.get(download_url(approved.card, "Hent som Word")) as response:
            assert response.status == 200
            document = docx.Document(io.BytesIO(await response.read()))
    text = "\n".join([p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells])
    assert DECISION in text and TASK in text and "Lisbet Daugaard-Hansen" in text

    async with app.uow() as uow:
        [minutes] = await uow.session.scalars(select(Minutes))
        [task] = await uow.session.scalars(select(Task))
        approvals = list(await uow.session.scalars(
            select(MinutesEvent).where(MinutesEvent.kind == EventKind.APPROVED)))
    assert [event.author_name for event in approvals] == ["Rie Nielsen"]
    assert minutes.status == MinutesStatus.APPROVED and minutes.approved_at is not None
    assert (task.meeting_id, task.due_on) == (minutes.meeting_id, date(2027, 3, 12))
