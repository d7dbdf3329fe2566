"""A group's agenda settings: defaults on first use, changes by the chair and the secretary only,
and only values that keep the cycle in order."""

from datetime import time

import pytest

from meetings.agenda.configuration import change_settings
from meetings.agenda.entities import GroupSettings
from meetings.common.refusal import Refusal
from meetings.groups.settings import settings_of, settings_read
from tests.support.agenda_world import local

MEETING = local(2027, 9, 24, 10, 0)


def changing(**changes):
    return lambda uow, g, a, now: change_settings(uow, g, a, now, **changes)


async def read_settings(world) -> GroupSettings:
    return await world.act("steen", lambda uow, g, a, now: settings_of(uow, g))


async def test_settings_are_made_with_the_defaults_on_first_use(world):
    settings = await read_settings(world)
    assert (settings.call_days, settings.deadline_days, settings.publish_days) == (21, 10, 7)
    assert settings.deadline_time == time(12, 0)
    assert (settings.meeting_minutes, settings.item_minutes) == (180, 20)
    assert [(s["title"], s["minutes"], s["position"]) for s in settings.standing_items] == [
        ("Velkommen, godkendelse af dagsorden og referat", 10, "start"),
        ("Nyt fra rammeaftalen", 15, "start"), ("Kommune-runden", 30, "start"),
        ("Opfølgning på opgaver", 10, "end"), ("Eventuelt", 10, "end"),
        ("Hvad skal bæres videre, og af hvem?", 10, "end")]
    assert (await read_settings(world)).updated_at == settings.updated_at


async def test_a_read_gives_the_defaults_and_stores_nothing_until_a_change(world):
    def read(uow, g, a, now):
        return settings_read(uow, g)

    async def stored():
        async with world.uow() as uow:
            return await uow.settings.get(world.group_id)

    assert (await world.act("steen", read)).call_days == 21
    assert await stored() is None
    await world.act("lisbet", changing(call_days=28))
    assert (await world.act("steen", read)).call_days == 28


async def test_the_chair_changes_settings_and_the_cycle_follows_them(world):
    meeting = await world.plan(MEETING)
    standing = [{"title": "Godkendelse af dagsorden", "minutes": 5, "kind": "beslutning",
                 "position": "start"}]
    await world.act("lisbet", changing(call_days=28, deadline_time="14.00",
                                       standing_items=standing))
    settings = await read_settings(world)
    assert (settings.call_days, settings.deadline_time) == (28, time(14, 0))
    assert settings.standing_items == standing
    assert settings.updated_by == "aad-lisbet"
    world.clock.set(local(2027, 8, 27, 9, 0))  # 28 days before, a Friday
    await world.tick()
    [call] = await world.outbox("agenda_call")
    assert call.payload == {"meeting_id": meeting.id}


async def test_a_member_or_another_groups_secretary_may_not_change_settings(world):
    for who in ("daniel", "povl", "morten"):
        with pytest.raises(Refusal) as refused:
            await world.act(who, changing(call_days=30))
        assert refused.value.code == "not_allowed"
    assert (await read_settings(world)).call_days == 21


@pytest.mark.parametrize("changes, field", [
    ({"call_days": 10}, "days"),  # the call must come before the deadline
    ({"deadline_days": 7}, "days"),  # the deadline before publication
    ({"publish_days": 0}, "publish_days"),
    ({"call_days": "21"}, "call_days"),
    ({"item_minutes": 2}, "item_minutes"),
    ({"deadline_time": "25.00"}, "deadline_time"),
    ({"colour": "blue"}, "colour"),
    ({"standing_items": [{"title": "Eventuelt", "minutes": 10, "kind": "orientering",
                          "position": "middle"}]}, "standing_items"),
    ({"standing_items": [{"title": " ", "minutes": 10, "kind": "orientering",
                          "position": "end"}]}, "standing_items"),
])
async def test_bad_settings_are_refused_and_nothing_changes(world, changes, field):
    with pytest.raises(Refusal) as refused:
        await world.act("rie", changing(meeting_minutes=240, **changes))  # one good, one bad
    assert (refused.value.code, refused.value.details["field"]) == ("bad_settings", field)
    assert (await read_settings(world)).meeting_minutes == 180
