"""A task from a line in the group chat, chased in Lisbet's personal chat and closed from there.

The app's clock stands still until the test moves it: Monday 1 March 2027 at 09.00 Lisbet
writes the task, due Friday 5 March; nothing is sent that day. On Wednesday 3 March at 09.30,
two working days before the due date, the chase tick writes her digest and the delivery worker
posts it to her 1:1 chat. She clicks *Færdig* on it: the card is answered by the same card with
the task done, and the task is closed in the database.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.tasks.entities import Task
from meetings.tasks.vocabulary import TaskStatus
from tests.card_reading import card_text
from tests.e2e.in_process import TICK, AppInProcess, answer_in
from tests.e2e.meetings_in_playground.scene import heading
from tests.e2e.playground import Playground

TITLE = "Lisbet undersøger om Socialtilsyn Øst kan deltage"
LINE = f"opgave: {TITLE}, frist 5. marts 2027"
WEDNESDAY_0930 = datetime(2027, 3, 3, 8, 30, tzinfo=UTC)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


async def tasks(app: AppInProcess) -> list[Task]:
    async with app.uow() as uow:
        return list(await uow.session.scalars(select(Task)))


async def reminders(app: AppInProcess) -> list[OutboxMessage]:
    async with app.uow() as uow:
        rows = await uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "task_reminders"))
        return list(rows)


async def test_a_task_is_chased_in_the_personal_chat_and_closed_from_the_reminder(
    pg: Playground, app: AppInProcess
) -> None:
    sent = await pg.send(LINE, "group")
    created = await answer_in(pg, "group", "Opgave oprettet")
    await pg.handled(sent)
    assert TITLE in card_text(created.card)
    [task] = await tasks(app)
    assert (task.title, task.due_on, task.status) == (TITLE, date(2027, 3, 5), TaskStatus.OPEN)

    await asyncio.sleep(10 * TICK)  # several ticks on Monday: nothing is due yet
    assert await reminders(app) == []

    app.clock.set(WEDNESDAY_0930)
    reminder = await answer_in(pg, "personal", "Dine opgaver")
    assert TITLE in card_text(reminder.card)
    [row] = await reminders(app)
    assert row.payload["tasks"] == [{"id": task.id, "stage": "before"}]

    clicked = await pg.invoke(reminder, "task.done", conversation="personal")
    assert clicked.card is not None and heading(clicked.card) == "Dine opgaver"
    shown = card_text(clicked.card)
    assert TITLE in shown and "Færdig 3. mar. 2027" in shown and "Genåbn" in shown, shown
    [closed] = await tasks(app)
    assert closed.status == TaskStatus.DONE and closed.closed_at == WEDNESDAY_0930
    assert closed.version == task.version + 1

    again = await pg.invoke(reminder, "task.done", conversation="personal")  # a double click
    [unchanged] = await tasks(app)
    assert unchanged.version == closed.version and again.type != ""

    sent = await pg.send("mine opgaver", "personal")
    mine = await answer_in(pg, "personal", "Mine opgaver")
    await pg.handled(sent)
    assert "Du har ingen åbne opgaver." in card_text(mine.card)
