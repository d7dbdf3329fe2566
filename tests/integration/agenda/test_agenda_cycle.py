"""The agenda cycle on a fake clock and real databases: the call, the nudges, publication,
the update of a posted agenda and the attendance reminder, each once and at its local time."""

from datetime import UTC, datetime, timedelta

import pytest

from meetings.agenda.proposals import edit_item
from meetings.agenda.queries import agenda_of
from tests.support.agenda_world import (
    NETWORK,
    attend,
    local,
    nothing,
    propose,
    review,
)

MEETING = local(2027, 9, 24, 10, 0)  # a Friday, 10–13
CALL = local(2027, 9, 3, 9, 0)  # 21 days before
NUDGE = local(2027, 9, 10, 9, 0)  # two working days before the deadline, Tuesday 14 at noon
PUBLISH = local(2027, 9, 17, 9, 0)  # 7 days before
REMIND = local(2027, 9, 23, 9, 0)  # the working day before


@pytest.mark.parametrize("start, call_at", [
    (MEETING, datetime(2027, 9, 3, 7, 0, tzinfo=UTC)),  # 09.00 summer time
    # 21 days before is Easter Monday 2027: back over Easter to Wednesday, still winter time.
    (local(2027, 4, 19, 10, 0), datetime(2027, 3, 24, 8, 0, tzinfo=UTC)),
    # The Monday right after the change to summer time; its call is in winter time.
    (local(2028, 3, 27, 10, 0), datetime(2028, 3, 6, 8, 0, tzinfo=UTC)),
])
async def test_the_call_for_input_goes_out_once_at_nine_local_time(world, start, call_at):
    world.clock.set(start - timedelta(days=60))
    meeting = await world.plan(start)
    world.clock.set(call_at - timedelta(minutes=1))
    assert await world.tick() == []
    world.clock.set(call_at)
    events = await world.tick()
    world.clock.advance(timedelta(hours=2))
    assert await world.tick() == []
    [call] = await world.outbox("agenda_call")
    assert events == [call.dedupe_key] == [f"agenda-call:{meeting.id}:0:{NETWORK}"]
    assert (call.conversation_id, call.payload, call.due_at) == (
        NETWORK, {"meeting_id": meeting.id}, call_at)
    assert (await world.meeting(meeting.id)).call_sent_at == call_at


async def answered_call(world):
    """The meeting, after the call: Daniel and Christel propose, Steen has nothing."""
    meeting = await world.plan(MEETING)
    world.clock.set(CALL)
    await world.tick()
    first = await world.act("daniel", propose(meeting.id, "§ 32 institutioner",
                                              presenter="Daniel Gottrup", minutes=30))
    second = await world.act("christel", propose(meeting.id, "Digitale løsninger og AI",
                                                 kind="orientering"))
    assert await world.act("steen", nothing(meeting.id)) is True
    return meeting, first, second


async def test_the_nudge_goes_only_to_members_who_neither_proposed_nor_answered(world):
    meeting, _, _ = await answered_call(world)
    world.clock.set(NUDGE - timedelta(minutes=1))
    assert await world.tick() == []
    world.clock.set(NUDGE)
    await world.tick()
    await world.tick()
    nudges = await world.outbox("agenda_nudge")
    # Not the proposers, not Steen ("intet fra os"), not the guest Povl; once each.
    assert world.who(n.member_id for n in nudges) == {"lisbet", "rie", "anne"}
    assert len(nudges) == 3 and all(n.conversation_id is None for n in nudges)
    assert all(n.expires_at == local(2027, 9, 14, 12, 0) for n in nudges)


async def test_the_agenda_is_published_at_its_time_with_the_accepted_items(world):
    meeting, first, second = await answered_call(world)
    await world.act("lisbet", review(first.id, "accept"))
    rejected = await world.act("rie", review(second.id, "reject", "Tages op i november"))
    assert rejected.proposer_id == world.ids["christel"]
    world.clock.set(PUBLISH - timedelta(minutes=1))
    assert not await world.outbox("agenda_published")
    world.clock.set(PUBLISH)
    await world.tick()
    [published] = await world.outbox("agenda_published")
    assert published.payload == {"meeting_id": meeting.id, "version": 1}
    stored = await world.meeting(meeting.id)
    assert (stored.agenda_published_at, stored.agenda_version) == (PUBLISH, 1)
    agenda = await world.act("steen", lambda uow, g, a, now: agenda_of(uow, g, meeting.id))
    assert [e.title for e in agenda.entries if not e.standing] == ["§ 32 institutioner"]
    assert agenda.entries[3].starts_at.strftime("%H.%M") == "10.55"


async def test_an_edit_after_publication_updates_the_posted_agenda_in_place(world):
    meeting, first, _ = await answered_call(world)
    await world.act("lisbet", review(first.id, "accept"))
    world.clock.set(PUBLISH)
    await world.tick()
    [published] = await world.outbox("agenda_published")
    await world.mark_sent(published.dedupe_key)
    await world.act("rie", lambda uow, g, a, now: edit_item(uow, g, a, first.id, now,
                                                            minutes=40))
    [update] = await world.outbox("agenda_card_update")
    assert update.replaces_key == published.dedupe_key
    assert update.payload == {"meeting_id": meeting.id, "version": 2}
    assert (await world.meeting(meeting.id)).agenda_version == 2
    assert (await world.item(first.id)).minutes == 40


async def test_the_attendance_reminder_goes_the_day_before_to_those_who_have_not_answered(world):
    meeting = await world.plan(MEETING)
    await world.act("daniel", attend(meeting.id, "attending"))
    await world.act("christel", attend(meeting.id, "substitute", "Heidi Kersebo"))
    await world.act("steen", attend(meeting.id, "regrets"))
    world.clock.set(REMIND - timedelta(minutes=1))
    await world.tick()
    assert not await world.outbox("attendance_reminder")
    world.clock.set(REMIND)
    await world.tick()
    reminders = await world.outbox("attendance_reminder")
    assert world.who(r.member_id for r in reminders) == {"lisbet", "rie", "anne"}
    assert all(r.expires_at == MEETING for r in reminders)
    world.clock.set(MEETING - timedelta(minutes=5))
    assert await world.tick() == []
    assert (await world.meeting(meeting.id)).attendance_reminded_at == REMIND
