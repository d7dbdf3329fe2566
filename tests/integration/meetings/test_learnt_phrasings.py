"""The phrasings a group taught the bot, on SQLite and PostgreSQL: one per group and phrasing,
the last choice winning, the newest kept, gone with the group and with the person who taught
them, and in the person's export."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from meetings.understanding.learnt import as_the_group_taught, learn
from meetings.understanding.meaning import Intent, Understood
from storage.models.phrasings import LearntPhrasing
from storage.repositories import phrasings
from tests.support.meeting_group import RIE, chat, member_id, setup_group

UNSURE = Understood(Intent.UNKNOWN, None,
                    alternatives=(Intent.NEXT_MEETING, Intent.LIST_MEETINGS))


async def taught(uow_factory, group, member, intent, said, now) -> bool:
    async with uow_factory() as uow:
        kept = await learn(uow.phrasings, group.id, member, intent, said, now)
        await uow.commit()
    return kept


async def read_as(uow_factory, group, said: str) -> Understood:
    async with uow_factory() as uow:
        return await as_the_group_taught(uow.phrasings, group.id, UNSURE, said)


async def test_a_phrasing_is_read_as_the_group_last_chose_and_only_in_that_group(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    other = await setup_group(uow_factory, clock, chat("19:styregruppe@thread.v2"))
    rie = await member_id(uow_factory, group)
    assert await taught(uow_factory, group, rie, Intent.LIST_MEETINGS, "møde", clock.now())
    assert (await read_as(uow_factory, group, "Møde?")).intent == Intent.LIST_MEETINGS
    assert await taught(uow_factory, group, rie, Intent.NEXT_MEETING, "moede",
                        clock.now() + timedelta(minutes=1))
    assert (await read_as(uow_factory, group, "møde")).intent == Intent.NEXT_MEETING
    assert (await read_as(uow_factory, other, "møde")).unsure
    async with uow_factory() as uow:
        rows = list(await uow.session.scalars(select(LearntPhrasing)))
    assert [(r.group_id, r.phrasing, r.intent, r.member_id) for r in rows] == [
        (group.id, "mode", "next_meeting", rie)]


async def test_a_group_keeps_its_newest_phrasings(uow_factory, clock, monkeypatch):
    monkeypatch.setattr(phrasings, "KEPT_PER_GROUP", 2)
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    for minutes, said in enumerate(("møde", "dagsorden", "referat")):
        await taught(uow_factory, group, rie, Intent.HELP, said,
                     clock.now() + timedelta(minutes=minutes))
    async with uow_factory() as uow:
        kept = set(await uow.session.scalars(select(LearntPhrasing.phrasing)))
    assert kept == {"dagsorden", "referat"}


async def test_the_phrasings_go_with_the_group(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    await taught(uow_factory, group, await member_id(uow_factory, group), Intent.HELP, "møde",
                 clock.now())
    async with uow_factory() as uow:
        await uow.retention.erase(group.id)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(LearntPhrasing)) == 0


async def test_the_person_finds_what_they_taught_in_their_export_and_it_goes_with_them(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    await taught(uow_factory, group, rie, Intent.TASKS_OF, "hvad med Daniel", clock.now())
    async with uow_factory() as uow:
        members = await uow.personal.members_of(RIE.aad_object_id, RIE.teams_id)
        stored = await uow.personal.rows_about(members, RIE.aad_object_id, {})
        assert [(p["phrasing"], p["intent"]) for p in stored["learnt_phrasings"]] == [
            ("hvad med …", "tasks_of")]
        await uow.personal.erase(members, RIE.aad_object_id,
                                 {m.id: "Tidligere medlem" for m in members})
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(LearntPhrasing)) == 0


@pytest.mark.parametrize("intent", [Intent.CANCEL_MEETING, Intent.PLAN_MEETING,
                                    Intent.ERASE_MY_DATA])
async def test_a_command_that_changes_something_is_never_learnt(uow_factory, clock, intent):
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    assert not await taught(uow_factory, group, rie, intent, "møde", clock.now())
    assert (await read_as(uow_factory, group, "møde")).unsure
