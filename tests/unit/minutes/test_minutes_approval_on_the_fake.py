"""Approving the minutes on the fake unit of work: a change after posting is a new version that
clears the approvals of the earlier one and starts the deadline over; a deadline passing with
a comment open tells the chair and the secretary once; approval keeps the tasks as they were
(the same cases on SQLite and PostgreSQL: tests/integration/minutes/test_minutes_approval.py and
the bot's turns in tests/bot/minutes)."""

from datetime import date

from meetings.common.outbox_kind import OutboxKind
from meetings.minutes.documents_query import referat_of
from meetings.minutes.entities import MinutesEvent
from meetings.tasks.entities import Task
from tests.support.fake_world import local
from tests.support.minutes_steps import (
    approving,
    commenting,
    entries,
    meeting_with_agenda,
    minutes_row,
    opening,
    posting,
    recording,
    resolving,
    settle,
    tasking,
)

POSTED_AT = local(2027, 6, 15, 14, 0)  # Tuesday: for approval by Tuesday 22 June
CHANGED_AT = local(2027, 6, 17, 10, 0)  # Thursday: for approval by Thursday 24 June


async def posted(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    await world.act("rie", recording(entry.id, decision="Netværket inviterer Socialtilsyn Øst."))
    await world.act("rie", tasking(entry.id, "Ringe til Socialtilsyn Øst",
                                   owner_id=world.ids["daniel"], due_on=date(2027, 8, 20)))
    world.clock.set(POSTED_AT)
    await world.act("rie", posting(minutes.id))
    return held.meeting_id, minutes.id, entry.id


async def approvals(world, minutes_id: int) -> list[tuple[int, int]]:
    rows = await world.table(MinutesEvent)
    return [(e.member_id, e.version) for e in rows
            if e.minutes_id == minutes_id and e.kind == "approved"]


async def test_a_change_after_posting_clears_approvals_and_starts_the_deadline_over(world):
    meeting_id, minutes_id, entry_id = await posted(world)
    await world.act("steen", approving(minutes_id))
    world.clock.set(CHANGED_AT)
    await world.act("rie", recording(entry_id, decision="Netværket inviterer ikke."))
    minutes = await minutes_row(world, meeting_id)
    assert (minutes.version, minutes.approve_by) == (2, local(2027, 6, 25, 0, 0))
    [told] = await world.outbox(OutboxKind.MINUTES_APPROVAL_CLEARED)
    assert told.member_id == world.ids["steen"]
    world.clock.set(local(2027, 6, 23, 0, 1))  # the first deadline passes: not approved
    assert await settle(world) == []
    await world.act("steen", approving(minutes_id))
    await world.act("steen", approving(minutes_id))  # once for each version
    assert await approvals(world, minutes_id) == [(world.ids["steen"], 1),
                                                  (world.ids["steen"], 2)]


async def test_an_open_comment_at_the_deadline_is_told_once_and_approval_keeps_the_tasks(world):
    meeting_id, minutes_id, entry_id = await posted(world)
    objection = await world.act("daniel", commenting(minutes_id, "Forkert år"))
    world.clock.set(local(2027, 6, 23, 0, 1))
    told = await settle(world)
    assert sorted(told) == sorted(f"minutes-waiting:{minutes_id}:1:{world.ids[who]}"
                                  for who in ("rie", "lisbet"))
    assert await settle(world) == []
    await world.act("rie", resolving(objection.id))
    assert len(await settle(world)) == 1
    [task] = await world.table(Task)
    task.owner_id, task.due_on = world.ids["steen"], date(2027, 9, 30)
    async with world.uow() as uow:
        referat = await referat_of(uow, await minutes_row(world, meeting_id))
    [line] = [task for item in referat.items for task in item.tasks]
    assert (line.owner, line.due_on) == ("Daniel Gottrup", date(2027, 8, 20))
