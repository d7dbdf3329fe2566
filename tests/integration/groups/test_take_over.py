"""A group left without a chair or a secretary: two members who click "Jeg tager over som
sekretær" at the same moment, on two replicas, make one secretary, not two."""

import asyncio

from sqlalchemy import select

from meetings.groups.entities import Member
from meetings.groups.membership.leaderless import take_over


async def test_two_members_taking_over_at_once_make_one_secretary(shared_world):
    world = shared_world
    async with world.uow() as uow:
        for key in ("lisbet", "rie"):  # the chair and the secretary have left
            (await uow.members.get(world.ids[key])).left_at = world.clock.now()
        await uow.commit()
    results = await asyncio.gather(world.act("daniel", take_over), world.act("christel", take_over))
    assert sorted(result is None for result in results) == [False, True]
    async with world.uow() as uow:
        leaders = list(await uow.session.scalars(select(Member.name).where(
            Member.group_id == world.group_id, Member.role == "secretary",
            Member.left_at.is_(None))))
    assert len(leaders) == 1


async def test_a_click_whose_turn_read_the_members_before_another_took_over_makes_no_second(
        world):
    """The later click's turn had read the members before the first click was committed; it
    reads them again once it holds the group, and finds Daniel leading."""
    async with world.uow() as uow:
        for key in ("lisbet", "rie"):
            (await uow.members.get(world.ids[key])).left_at = world.clock.now()
        await uow.commit()
    async with world.uow() as late:
        group = await late.groups.get(world.group_id)
        christel = await late.members.get(world.ids["christel"])
        read_then = await late.members.of_group(world.group_id)  # Daniel still a member
        await late.commit()
        assert await world.act("daniel", take_over) is not None
        assert await take_over(late, group, christel, world.clock.now()) is None
        await late.commit()
    assert len(read_then) > 1
    async with world.uow() as uow:
        leaders = list(await uow.session.scalars(select(Member.name).where(
            Member.group_id == world.group_id, Member.role == "secretary",
            Member.left_at.is_(None))))
    assert leaders == ["Daniel Gottrup"]
