"""Attendance answers: attending, regrets or a substitute, changeable until the start, listed
by organisation as the minutes print participants and absentees."""

from datetime import timedelta

import pytest

from meetings.agenda.attendance import NOT_ANSWERED, attendance_by_organisation, not_answered
from meetings.common.refusal import Refusal
from tests.support.agenda_world import attend, local

MEETING = local(2027, 9, 24, 10, 0)


async def refused(world, who, call, **options) -> tuple[str, str | None]:
    with pytest.raises(Refusal) as refusal:
        await world.act(who, call, **options)
    return refusal.value.code, refusal.value.details.get("field")


async def test_the_list_by_organisation_counts_a_substitute_for_the_organisation(world):
    meeting = await world.plan(MEETING)
    await world.act("daniel", attend(meeting.id, "attending"))
    await world.act("christel", attend(meeting.id, "substitute", " Heidi Kersebo "))
    await world.act("steen", attend(meeting.id, "regrets"))
    listing = await world.act("rie", lambda uow, g, a, now: attendance_by_organisation(
        uow, g, meeting.id))
    assert [(o.organisation, o.represented) for o in listing] == [
        ("Holbæk", False), ("Næstved", True), ("Odsherred", False),
        ("Region Sjælland", False), ("Roskilde", True)]  # the guest Povl is not listed
    roskilde = listing[-1].people[0]
    assert (roskilde.name, roskilde.status, roskilde.substitute_name) == (
        "Christel Jørgensen", "substitute", "Heidi Kersebo")
    assert {p.status for p in listing[0].people} == {NOT_ANSWERED}


async def test_an_answer_can_be_changed_until_the_meeting_starts(world):
    meeting = await world.plan(MEETING)
    await world.act("daniel", attend(meeting.id, "attending"))
    world.clock.set(MEETING - timedelta(minutes=1))
    changed = await world.act("daniel", attend(meeting.id, "regrets"))
    assert (changed.status, changed.updated_at) == ("regrets", world.clock.now())
    world.clock.set(MEETING)
    assert await refused(world, "daniel", attend(meeting.id, "attending")) == (
        "deadline_passed", None)
    listing = await world.act("rie", lambda uow, g, a, now: attendance_by_organisation(
        uow, g, meeting.id))
    [daniel] = [o for o in listing if o.organisation == "Næstved"][0].people
    assert daniel.status == "regrets"


async def test_a_substitute_needs_a_name_and_the_status_must_be_known(world):
    meeting = await world.plan(MEETING)
    assert await refused(world, "anne", attend(meeting.id, "substitute", "  ")) == (
        "bad_attendance", "substitute_name")
    assert await refused(world, "anne", attend(meeting.id, "maybe")) == (
        "bad_attendance", "status")
    missing = await world.act("rie", lambda uow, g, a, now: not_answered(uow, g, meeting.id))
    assert "anne" in world.who(m.id for m in missing)


async def test_not_answered_lists_the_members_without_an_answer(world):
    meeting = await world.plan(MEETING)
    for who in ("lisbet", "rie", "daniel"):
        await world.act(who, attend(meeting.id, "attending"))
    missing = await world.act("rie", lambda uow, g, a, now: not_answered(uow, g, meeting.id))
    assert world.who(m.id for m in missing) == {"christel", "steen", "anne"}


async def test_answering_for_another_groups_meeting_is_refused(world):
    meeting = await world.plan(MEETING)
    assert await refused(world, "morten", attend(meeting.id, "attending"),
                         other_group=True) == ("meeting_not_found", None)
    assert await refused(world, "morten", attend(meeting.id, "attending")) == (
        "not_allowed", None)
