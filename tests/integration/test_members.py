"""Members of a group on a real database: their organisations in Danish order, the roles the
chair and the secretary give, and members who leave."""

from sqlalchemy import update

from meetings.agenda.attendance import attendance_by_organisation
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
