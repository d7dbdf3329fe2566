"""Members of a group on a real database: their organisations in Danish order, the roles the
chair and the secretary give, and members who leave."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from meetings.agenda.attendance import attendance_by_organisation, not_answered
from meetings.common.conversation import Person
from meetings.common.refusal import Refusal
from meetings.groups.entities import Member
from meetings.groups.erasure import erase_removed_groups
from meetings.groups.membership.leaving import bot_removed, member_left, months_after
from meetings.groups.roles import give_role
from meetings.groups.roles_from_titles import RoleProposal, apply_role_proposals, propose_roles
from tests.support.agenda_world import NETWORK, local

MEETING = local(2027, 9, 24, 10, 0)


async def set_organisations(world, **organisations: str) -> None:
    async with world.uow() as uow:
        for key, organisation in organisations.items():
            await uow.session.execute(update(Member).where(Member.id == world.ids[key])
                                      .values(organisation=organisation))
        await uow.commit()


async def test_who_is_coming_lists_organisations_in_danish_order(world):
    await set_organisations(world, lisbet="Århus", rie="Aabenraa", daniel="Odense",
                            christel="Ærø", steen="Assens", anne="Ølstykke")
    meeting = await world.plan(MEETING)
    listing = await world.act("rie", lambda uow, g, a, now: attendance_by_organisation(
        uow, g, meeting.id))
    assert [o.organisation for o in listing] == [
        "Assens", "Odense", "Ærø", "Ølstykke", "Aabenraa", "Århus"]


async def test_titles_in_imported_minutes_are_proposed_and_given_only_when_confirmed(world):
    titled = [(world.ids["daniel"], "Formand for netværket"), (world.ids["steen"], "referent"),
              (world.ids["christel"], "næstformand"), (world.ids["rie"], "sekretær")]
    proposals = await world.act("rie", lambda uow, g, a, now: propose_roles(uow, g, titled))
    assert [(world.who([p.member_id]).pop(), p.role) for p in proposals] == [
        ("daniel", "chair"), ("steen", "minute_taker")]  # Rie is secretary already
    assert await roles(world, "daniel", "steen") == ["member", "member"]
    await world.act("rie", lambda uow, g, a, now: apply_role_proposals(
        uow, g, a, proposals, [world.ids["daniel"]], now))
    assert await roles(world, "daniel", "steen") == ["chair", "member"]


async def test_only_the_chair_or_the_secretary_confirms_roles_from_titles(world):
    proposals = [RoleProposal(world.ids["daniel"], "Daniel Gottrup", "formand", "chair")]
    with pytest.raises(Refusal):
        await world.act("daniel", lambda uow, g, a, now: apply_role_proposals(
            uow, g, a, proposals, [world.ids["daniel"]], now))
    assert await roles(world, "daniel") == ["member"]


async def test_the_last_chair_or_secretary_keeps_the_role(world):
    await world.act("lisbet", lambda uow, g, a, now: give_role(
        uow, g, a, world.ids["lisbet"], "member", now))
    with pytest.raises(Refusal) as refused:
        await world.act("rie", lambda uow, g, a, now: give_role(
            uow, g, a, world.ids["rie"], "member", now))
    assert refused.value.code == "last_leader"
    assert await roles(world, "lisbet", "rie") == ["member", "secretary"]


async def roles(world, *keys: str) -> list[str]:
    async with world.uow() as uow:
        return [(await uow.members.get(world.ids[key])).role for key in keys]


async def test_a_member_who_left_is_no_longer_asked_and_their_pending_messages_are_dropped(
        world):
    meeting = await world.plan(MEETING)
    person = Person(teams_id="29:daniel", name="Daniel Gottrup", aad_object_id="aad-daniel")
    async with world.uow() as uow:
        await uow.outbox.enqueue(dedupe_key="to-daniel", kind="text", payload={},
                                 group_id=world.group_id, member_id=world.ids["daniel"],
                                 due_at=world.clock.now(), created_at=world.clock.now())
        left = await member_left(uow, NETWORK, person, world.clock.now())
        await uow.commit()
    assert left is not None and left.left_at == world.clock.now()
    missing = await world.act("rie", lambda uow, g, a, now: not_answered(uow, g, meeting.id))
    assert "daniel" not in world.who(m.id for m in missing)
    [row] = [r for r in await world.outbox() if r.dedupe_key == "to-daniel"]
    assert (row.status, row.last_error) == ("dead", "the member left the group")


async def test_a_group_the_bot_left_is_erased_after_its_retention_and_warned_a_week_before(
        world):
    async with world.uow() as uow:
        group = await bot_removed(uow, NETWORK, world.clock.now())
        group.retention_months = 1  # the group's setting, here shorter than the default
        group.erase_at = months_after(world.clock.now(), 1)
        await uow.commit()
    erase_at = group.erase_at
    for at, expected in ((erase_at - timedelta(days=8), []),
                         (erase_at - timedelta(days=6), [f"warned {world.group_id}"]),
                         (erase_at - timedelta(days=1), []),
                         (erase_at, [f"erased {world.group_id}"])):
        world.clock.set(at)
        async with world.uow() as uow:
            assert await erase_removed_groups(uow, world.clock.now()) == expected
            await uow.commit()
    async with world.uow() as uow:
        assert await uow.groups.get(world.group_id) is None
        assert await uow.members.get(world.ids["rie"]) is None
        assert await uow.groups.get(world.other_group_id) is not None  # others untouched

