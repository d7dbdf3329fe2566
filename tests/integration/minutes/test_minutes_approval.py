"""Approving the minutes on a real database: posted to the group, approved once per member,
held up by a comment until it is resolved, approved by silence on a fake clock (once, however
often the tick runs), locked, and corrected afterwards only with who and what was there logged."""

import asyncio
import logging
from datetime import timedelta

import pytest

from bot.outbox.ticks import MINUTES
from meetings.common.outbox_kind import OutboxKind
from meetings.common.refusal import Refusal
from meetings.minutes.approval import open_comments
from meetings.minutes.cycle import settle_minutes
from meetings.minutes.entities import MinutesEvent
from meetings.minutes.recording import correction_parts
from tests.support.agenda_world import NETWORK, local
from tests.support.minutes_steps import (
    all_rows,
    approving,
    commenting,
    entries,
    events,
    meeting_with_agenda,
    minutes_row,
    opening,
    posting,
    presence,
    recording,
    resolving,
    settle,
    taker,
    tasking,
)

# Posted on Tuesday 15 June 2027: five working days later is Tuesday 22 June, so silence is
# consent from midnight into Wednesday 23 June.
POSTED_AT = local(2027, 6, 15, 14, 0)
DEADLINE = local(2027, 6, 23, 0, 0)


def refused(code: str):
    return pytest.raises(Refusal, match=f"^{code}$")


async def posted_minutes(world) -> int:
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    await world.act("rie", recording(entry.id, decision="Netværket inviterer Socialtilsyn Øst."))
    world.clock.set(POSTED_AT)
    await world.act("rie", posting(minutes.id))
    return minutes.id


async def kinds(world, minutes_id: int) -> list[str]:
    return [event.kind for event in await events(world, minutes_id)]


async def test_posting_sets_the_deadline_and_writes_the_card_to_the_outbox(world):
    minutes_id = await posted_minutes(world)
    async with world.uow() as uow:
        minutes = await uow.minutes.get(minutes_id)
    assert (minutes.status, minutes.version, minutes.posted_at, minutes.approve_by) == (
        "posted", 1, POSTED_AT, DEADLINE)
    [row] = await world.outbox(OutboxKind.MINUTES_POSTED)
    assert (row.dedupe_key, row.conversation_id, row.payload, row.member_id) == (
        f"minutes-posted:{minutes_id}:1:{NETWORK}", NETWORK, {"minutes_id": minutes_id}, None)
    assert (row.due_at, row.expires_at, row.replaces_key, row.status) == (
        POSTED_AT, DEADLINE, None, "pending")
    assert await kinds(world, minutes_id) == ["posted"]


async def test_posting_again_after_changes_updates_the_posted_card(world):
    minutes_id = await posted_minutes(world)
    first = f"minutes-posted:{minutes_id}:1:{NETWORK}"
    await world.mark_sent(first)
    world.clock.set(local(2027, 6, 17, 9, 0))  # Thursday: the deadline starts over
    await world.act("lisbet", posting(minutes_id))
    world.clock.advance(timedelta(hours=1))
    await world.act("rie", posting(minutes_id))
    rows = await world.outbox(OutboxKind.MINUTES_POSTED)
    assert [(r.dedupe_key, r.replaces_key) for r in rows] == [
        (first, None),
        (f"minutes-posted:{minutes_id}:2:{NETWORK}", first),
        (f"minutes-posted:{minutes_id}:3:{NETWORK}", first)]
    async with world.uow() as uow:
        minutes = await uow.minutes.get(minutes_id)
    assert (minutes.version, minutes.approve_by) == (3, local(2027, 6, 25, 0, 0))


async def test_only_the_chair_or_secretary_posts(world, caplog):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    await world.act("rie", taker(minutes.id, world.ids["daniel"]))
    with caplog.at_level(logging.WARNING), refused("not_allowed"):
        await world.act("daniel", posting(minutes.id))
    refusal = caplog.records[-1]
    assert (refusal.action, refusal.actor, refusal.target) == (
        "post_for_approval", "aad-daniel", minutes.id)
    assert (await minutes_row(world, held.meeting_id)).status == "draft"
    assert await world.outbox(OutboxKind.MINUTES_POSTED) == []


async def test_each_member_approves_once(world):
    minutes_id = await posted_minutes(world)
    first = await world.act("daniel", approving(minutes_id))
    again = await world.act("daniel", approving(minutes_id))
    await world.act("steen", approving(minutes_id))
    assert again.id == first.id
    approvals = [(e.member_id, e.author_name) for e in await events(world, minutes_id)
                 if e.kind == "approved"]
    assert approvals == [(world.ids["daniel"], "Daniel Gottrup"),
                         (world.ids["steen"], "Steen Bager")]
    with refused("not_allowed"):
        await world.act("povl", approving(minutes_id))  # a guest
    with refused("minutes_not_found"):
        await world.act("morten", approving(minutes_id), other_group=True)


async def test_a_draft_cannot_be_approved_or_commented(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    with refused("bad_minutes"):
        await world.act("daniel", approving(minutes.id))
    with refused("bad_minutes"):
        await world.act("daniel", commenting(minutes.id, "Pkt. 4 mangler noget"))
    assert await events(world, minutes.id) == []


async def test_silence_is_consent_at_the_deadline_once_however_often_the_tick_runs(world):
    minutes_id = await posted_minutes(world)
    world.clock.set(DEADLINE - timedelta(minutes=1))
    assert await settle(world) == []
    world.clock.set(DEADLINE)
    assert await MINUTES.run(world.uow, world.clock) == [
        f"minutes-approved:{minutes_id}:{NETWORK}"]
    world.clock.advance(timedelta(minutes=1))
    assert await MINUTES.run(world.uow, world.clock) == [] and await settle(world) == []
    async with world.uow() as uow:
        minutes = await uow.minutes.get(minutes_id)
    assert (minutes.status, minutes.approved_at) == ("approved", DEADLINE)
    assert await kinds(world, minutes_id) == ["posted", "consented", "locked"]
    [notice] = await world.outbox(OutboxKind.MINUTES_APPROVED)
    # Approved at midnight, the group is told at 09.00 that morning, not in the night.
    assert (notice.conversation_id, notice.payload, notice.due_at) == (
        NETWORK, {"minutes_id": minutes_id}, local(2027, 6, 23, 9, 0))


async def test_a_comment_holds_up_consent_until_it_is_resolved(world):
    minutes_id = await posted_minutes(world)
    entry = (await entries(world, minutes_id))[4]
    objection = await world.act("daniel", commenting(
        minutes_id, "Det var Region Sjælland, ikke Øst", entry.id))
    assert (objection.kind, objection.entry_id, objection.member_id) == (
        "comment", entry.id, world.ids["daniel"])
    world.clock.set(DEADLINE + timedelta(days=3))
    # Not approved: the chair and the secretary are told once that the minutes wait for it.
    told = [f"minutes-waiting:{minutes_id}:1:{world.ids[who]}" for who in ("rie", "lisbet")]
    assert sorted(await settle(world)) == sorted(told)
    assert await settle(world) == []
    rows = await world.outbox(OutboxKind.MINUTES_WAITING)
    assert sorted((row.dedupe_key, row.member_id) for row in rows) == sorted(
        (key, int(key.rsplit(":", 1)[1])) for key in told)
    # Saturday just after midnight: they hear of it on Monday morning.
    assert {row.due_at for row in rows} == {local(2027, 6, 28, 9, 0)}
    with refused("not_allowed"):
        await world.act("daniel", resolving(objection.id))
    async with world.uow() as uow:
        assert [c.id for c in await open_comments(uow, minutes_id)] == [objection.id]
    await world.act("rie", resolving(objection.id))
    await world.act("lisbet", resolving(objection.id))  # twice: one RESOLVED
    assert await settle(world) == [f"minutes-approved:{minutes_id}:{NETWORK}"]
    assert await kinds(world, minutes_id) == [
        "posted", "comment", "waiting", "resolved", "consented", "locked"]
    [stored] = [e for e in await events(world, minutes_id) if e.kind == "comment"]
    assert stored.resolved_at == DEADLINE + timedelta(days=3)


async def comments(world, minutes_id: int) -> list[MinutesEvent]:
    return [event for event in await events(world, minutes_id) if event.kind == "comment"]


async def test_the_same_comment_sent_twice_from_one_card_version_is_stored_once(world):
    minutes_id = await posted_minutes(world)
    entry = (await entries(world, minutes_id))[4]
    text = "Det var Region Sjælland, ikke Øst"
    first = await world.act("daniel", commenting(minutes_id, text, entry.id, version=1))
    world.clock.advance(timedelta(seconds=3))  # a double click, a retry from Teams
    again = await world.act("daniel", commenting(minutes_id, f" {text}  ", entry.id, version=1))
    without_version = await world.act("daniel", commenting(minutes_id, text, entry.id))
    assert again.id == first.id == without_version.id
    [stored] = await comments(world, minutes_id)
    assert (stored.text, stored.created_at) == (text, POSTED_AT)
    await world.act("rie", resolving(stored.id))  # one Afklaret settles it
    async with world.uow() as uow:
        assert await open_comments(uow, minutes_id) == []


async def test_different_comments_and_other_people_s_same_comment_are_each_kept(world):
    minutes_id = await posted_minutes(world)
    entry = (await entries(world, minutes_id))[4]
    text = "Det var Region Sjælland, ikke Øst"
    for who, written, entry_id in (("daniel", text, entry.id), ("daniel", "Datoen mangler",
                                   entry.id), ("steen", text, entry.id), ("daniel", text, None)):
        await world.act(who, commenting(minutes_id, written, entry_id, version=1))
    assert [(c.member_id, c.text, c.entry_id) for c in await comments(world, minutes_id)] == [
        (world.ids["daniel"], text, entry.id), (world.ids["daniel"], "Datoen mangler", entry.id),
        (world.ids["steen"], text, entry.id), (world.ids["daniel"], text, None)]


async def test_the_same_comment_on_a_later_version_of_the_minutes_is_a_new_one(world):
    minutes_id = await posted_minutes(world)
    first = await world.act("daniel", commenting(minutes_id, "Datoen mangler", version=1))
    await world.act("rie", resolving(first.id))
    await world.act("rie", posting(minutes_id))  # changed and posted again: version 2
    second = await world.act("daniel", commenting(minutes_id, "Datoen mangler", version=2))
    old_card = await world.act("daniel", commenting(minutes_id, "Datoen mangler", version=1))
    assert second.id != first.id and old_card.id == first.id
    assert [c.id for c in await comments(world, minutes_id)] == [first.id, second.id]
    async with world.uow() as uow:
        assert [c.id for c in await open_comments(uow, minutes_id)] == [second.id]


async def test_one_comment_delivered_twice_at_once_is_stored_once(shared_world):
    world = shared_world
    minutes_id = await posted_minutes(world)
    step = commenting(minutes_id, "Datoen mangler", version=1)
    first, second = await asyncio.gather(world.act("daniel", step), world.act("daniel", step))
    assert first.id == second.id
    assert await kinds(world, minutes_id) == ["posted", "comment"]


async def test_two_replicas_settling_at_once_approve_once(shared_world):
    world = shared_world
    minutes_id = await posted_minutes(world)
    world.clock.set(DEADLINE)

    async def one():
        async with world.uow() as uow:
            written = await settle_minutes(uow, world.clock.now())
            await uow.commit()
        return written
    results = await asyncio.gather(one(), one())
    assert sorted(map(len, results)) == [0, 1]
    assert await kinds(world, minutes_id) == ["posted", "consented", "locked"]
    assert len(await world.outbox(OutboxKind.MINUTES_APPROVED)) == 1


async def test_approved_minutes_are_locked_and_a_correction_is_logged(world, caplog):
    minutes_id = await posted_minutes(world)
    await world.act("rie", taker(minutes_id, world.ids["daniel"]))
    await world.act("rie", presence(minutes_id, world.ids["anne"], "absent"))
    world.clock.set(DEADLINE)
    await settle(world)
    entry = (await entries(world, minutes_id))[4]
    for who, step in (("steen", approving(minutes_id)),
                      ("steen", commenting(minutes_id, "For sent")),
                      ("rie", posting(minutes_id))):
        with refused("minutes_locked"):
            await world.act(who, step)
    with refused("not_allowed"):  # the minute-taker's right ends at approval
        await world.act("daniel", recording(entry.id, decision="Ændret"))
    world.clock.advance(timedelta(days=2))
    with caplog.at_level(logging.WARNING):
        await world.act("lisbet", recording(
            entry.id, decision="Netværket inviterer Socialtilsyn Region Sjælland."))
    assert caplog.records[-1].action == "correction"
    await world.act("rie", presence(minutes_id, world.ids["anne"], "present"))
    corrections = [e for e in await events(world, minutes_id) if e.kind == "correction"]
    assert [(e.member_id, e.author_name, e.entry_id, e.created_at) for e in corrections] == [
        (world.ids["lisbet"], "Lisbet Daugaard-Hansen", entry.id, world.clock.now()),
        (world.ids["rie"], "Rie Nielsen", None, world.clock.now())]
    assert correction_parts(corrections[0]) == (
        "decision", "Netværket inviterer Socialtilsyn Øst.",
        "Netværket inviterer Socialtilsyn Region Sjælland.")
    assert correction_parts(corrections[1]) == (
        "presence", "Anne-Katrine F. Madsen absent", "Anne-Katrine F. Madsen present")
    assert (await entries(world, minutes_id))[4].decision == (
        "Netværket inviterer Socialtilsyn Region Sjælland.")
    # posted, changed (the minute-taker and presence after posting: one turn's time), consented,
    # locked, 2 fixes
    assert len(await all_rows(world, MinutesEvent)) == 6


async def test_a_minute_taker_or_a_task_changed_after_approval_is_a_logged_correction(world):
    minutes_id = await posted_minutes(world)
    await world.act("rie", taker(minutes_id, world.ids["daniel"]))
    world.clock.set(DEADLINE)
    await settle(world)
    entry = (await entries(world, minutes_id))[4]
    await world.act("lisbet", taker(minutes_id, world.ids["rie"]))
    await world.act("lisbet", tasking(entry.id, "Ringe til KL", owner_id=world.ids["rie"]))
    corrections = [correction_parts(e) for e in await events(world, minutes_id)
                   if e.kind == "correction"]
    assert corrections == [("minute_taker", "Daniel Gottrup", "Rie Nielsen"),
                           ("task", "", "Rie Nielsen: Ringe til KL")]
