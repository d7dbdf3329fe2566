"""What the cards show, read by the domain with what the reader may do decided there, on the
fake unit of work (the same cases on SQLite and PostgreSQL: tests/integration)."""

from datetime import timedelta

import pytest

from meetings.common.refusal import Refusal
from meetings.groups.undelivered import undelivered_of
from meetings.minutes.recording import minutes_to_show
from meetings.minutes.shown import entry_shown, minutes_overview
from meetings.reports.shown import report_shown, texts_to_edit
from meetings.tasks.shown import Rights, task_shown, visible_task
from tests.support.minutes_steps import (
    STARTS,
    approving,
    entries,
    meeting_with_agenda,
    opening,
    posting,
    recording,
    taker,
    tasking,
)


def overview(minutes_id: int, *, shared: bool = False):
    async def read(uow, group, reader, now):
        minutes = await uow.minutes.get(minutes_id)
        return await minutes_overview(uow, group, minutes, None if shared else reader)
    return read


def entry_card_of(minutes_id: int, entry_id: int, *, typed: bool = False):
    async def read(uow, group, reader, now):
        minutes, entry = await uow.minutes.get(minutes_id), await uow.minutes_entries.get(entry_id)
        return await entry_shown(uow, group, minutes, entry, reader, now, task_typed=typed)
    return read


def may(shown) -> tuple[bool, ...]:
    return (shown.can_edit, shown.can_post, shown.can_approve, shown.can_comment,
            shown.can_resolve)


async def test_the_minutes_overview_decides_who_may_edit_post_approve_and_resolve(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    await world.act("lisbet", taker(minutes.id, world.ids["daniel"]))
    assert may(await world.act("daniel", overview(minutes.id))) == (
        True, False, False, False, False)
    world.clock.set(STARTS + timedelta(days=1))
    await world.act("rie", posting(minutes.id))
    await world.act("steen", approving(minutes.id))
    assert may(await world.act("lisbet", overview(minutes.id))) == (True, True, True, True, True)
    assert may(await world.act("steen", overview(minutes.id))) == (
        False, False, False, True, False)
    assert may(await world.act("steen", overview(minutes.id, shared=True))) == (
        False, False, True, True, False)
    shown = await world.act("christel", overview(minutes.id))
    assert [e.author_name for e in shown.approvals] == ["Steen Bager"]


async def test_an_items_card_lists_its_tasks_and_whether_the_reader_may_write(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    await world.act("rie", recording(entry.id, notes="Heidi fortalte."))
    await world.act("rie", tasking(entry.id, "Invitere Socialtilsyn Øst",
                                   owner_id=world.ids["daniel"]))
    own = await world.act("rie", entry_card_of(minutes.id, entry.id))
    assert [t.title for t in own.tasks] == ["Invitere Socialtilsyn Øst"]
    assert own.can_edit and not own.can_comment and own.default_due is not None
    other = await world.act("daniel", entry_card_of(minutes.id, entry.id, typed=True))
    assert not other.can_edit and other.default_due is None
    assert len(other.members) == len(own.members) > 1


async def test_only_the_chair_and_the_secretary_see_what_was_not_delivered(world):
    assert list((await world.act(
        "rie", lambda uow, g, a, now: undelivered_of(uow, g, a))).messages) == []
    with pytest.raises(Refusal, match="^not_allowed$"):
        await world.act("daniel", lambda uow, g, a, now: undelivered_of(uow, g, a))


def shown_minutes(meeting_id: int):
    return lambda uow, g, a, now: minutes_to_show(uow, g, a, meeting_id, now)


async def test_minutes_not_yet_opened_are_opened_by_the_secretary_and_not_found_by_a_member(
        world):
    held = await meeting_with_agenda(world)
    with pytest.raises(Refusal, match="^minutes_not_found$"):
        await world.act("daniel", shown_minutes(held.meeting_id))
    opened = await world.act("rie", shown_minutes(held.meeting_id))
    assert (await world.act("daniel", shown_minutes(held.meeting_id))).id == opened.id


async def test_a_task_is_seen_by_the_members_of_its_group_and_by_nobody_else(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    task = await world.act("rie", tasking(entry.id, "Invitere Socialtilsyn Øst",
                                          owner_id=world.ids["daniel"]))
    seen = await world.act("steen", lambda uow, g, a, now: visible_task(uow, task.id, a))
    assert seen.title == "Invitere Socialtilsyn Øst"
    for task_id, other_group in ((task.id, True), (999_999, False)):
        with pytest.raises(Refusal, match="^task_not_found$"):
            await world.act("morten", lambda uow, g, a, now, i=task_id: visible_task(uow, i, a),
                            other_group=other_group)


async def test_what_a_reader_may_do_with_a_task_is_decided_with_the_task_read(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]
    task = await world.act("rie", tasking(entry.id, "Invitere Socialtilsyn Øst",
                                          owner_id=world.ids["daniel"]))

    async def rights(who: str, other_group: bool = False) -> Rights:
        shown = await world.act(who, lambda uow, g, a, now: task_shown(uow, task, a),
                                other_group=other_group)
        return shown.people.rights_of(task)

    assert await rights("daniel") == Rights(reassign=False, change=True, cancel=False)
    assert await rights("lisbet") == Rights(reassign=True, change=True, cancel=True)
    assert await rights("steen") == Rights()
    assert await rights("morten", other_group=True) == Rights()


async def test_the_annual_report_says_who_may_write_its_texts_and_refuses_the_others(world):
    await meeting_with_agenda(world)

    def report(who: str):
        return world.act(who, lambda uow, g, a, now: report_shown(uow, g, 2027, a, now))

    assert (await report("rie")).can_edit and not (await report("daniel")).can_edit
    editing = await world.act("lisbet", lambda uow, g, a, now: texts_to_edit(
        uow, g, a, 2027, now))
    assert editing.report.year == 2027 and editing.can_edit
    with pytest.raises(Refusal, match="^not_allowed$"):
        await world.act("daniel", lambda uow, g, a, now: texts_to_edit(
            uow, g, a, 2027, now, typed=True))
