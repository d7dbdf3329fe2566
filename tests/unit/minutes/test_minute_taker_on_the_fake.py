"""Who takes the minutes when they are opened, and how the referat names them, on the fake
unit of work."""

from meetings.documents.markdown import markdown_of
from meetings.groups.roles import give_role
from meetings.minutes.documents_query import referat_of
from meetings.minutes.referat import referat_sheet
from tests.support.minutes_steps import (
    meeting_with_agenda,
    opening,
    presence,
)


def giving(key_id: int, role: str):
    return lambda uow, g, a, now: give_role(uow, g, a, key_id, role, now)


async def referat(world, minutes_id: int):
    async with world.uow() as uow:
        return await referat_of(uow, await uow.minutes.get(minutes_id))


async def test_the_groups_standing_minute_taker_takes_minutes_opened_by_the_secretary(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", giving(world.ids["steen"], "minute_taker"))
    minutes = await world.act("rie", opening(held.meeting_id))  # the secretary looks first
    assert (minutes.minute_taker_id, minutes.minute_taker_name) == (
        world.ids["steen"], "Steen Bager")
    await world.act("rie", presence(minutes.id, world.ids["steen"], "present"))
    written = await referat(world, minutes.id)
    assert written.minute_taker.name == "Steen Bager"
    # Rie answered that she comes: she opened the minutes and is still among those present.
    assert "Rie Nielsen" in [p.name for p in written.participants]
    assert "Steen Bager" not in [p.name for p in written.participants]


async def test_a_minute_taker_who_left_the_group_does_not_take_the_minutes(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", giving(world.ids["steen"], "minute_taker"))
    async with world.uow() as uow:
        (await uow.members.get(world.ids["steen"])).left_at = world.clock.now()
        await uow.commit()
    minutes = await world.act("rie", opening(held.meeting_id))
    assert minutes.minute_taker_id == world.ids["rie"]


async def test_a_referat_with_nobody_else_present_has_no_empty_participants_part(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    await world.act("rie", presence(minutes.id, world.ids["christel"], "absent"))
    head = markdown_of(referat_sheet(await referat(world, minutes.id))).splitlines()
    assert "Samt under pkt. 4 Heidi Madsen (Bakkehuset). Referat: Rie Nielsen (Holbæk)" in head
    assert not any("Deltagere" in line for line in head)
