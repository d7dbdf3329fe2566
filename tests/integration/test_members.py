"""Members of a group on a real database: their organisations in Danish order, the roles the
chair and the secretary give, and members who leave."""

import pytest
from sqlalchemy import update

from meetings.agenda.attendance import attendance_by_organisation
from meetings.common.refusal import Refusal
from meetings.groups.roles import give_role
from meetings.groups.roles_from_titles import RoleProposal, apply_role_proposals, propose_roles
from storage.models.groups import Member
from tests.integration.agenda_world import local

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
