"""The agenda cycle of a meeting planned or moved inside the cycle's lead time: what had passed
is skipped at once, the call goes out only while its deadline is ahead, and no agenda without
accepted items is published unless the secretary asks."""

from datetime import timedelta

from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import move_meeting
from tests.support.agenda_world import NETWORK, local, propose, review

MEETING = local(2027, 9, 24, 10, 0)  # a Friday, 10–13
DEADLINE = local(2027, 9, 14, 12, 0)  # Tuesday, 10 days before
PUBLISH = local(2027, 9, 17, 9, 0)  # 7 days before
CYCLE_KINDS = {"agenda_call", "agenda_nudge", "agenda_published", "attendance_reminder"}


async def cycle_messages(world) -> list:
    return [row for row in await world.outbox() if row.kind in CYCLE_KINDS]


async def test_a_meeting_planned_minutes_ahead_publishes_nothing_and_reminds_nobody(world):
    world.clock.set(MEETING - timedelta(minutes=10))
    meeting = await world.plan(MEETING)
    assert (await world.meeting(meeting.id)).agenda_cycle_skipped == "call nudge attendance"
    assert await world.tick() == []
    world.clock.advance(timedelta(minutes=5))
    assert await world.tick() == []
    assert await cycle_messages(world) == []
    world.clock.set(MEETING + timedelta(minutes=1))
    assert await world.tick() == [f"skipped:publish:{meeting.id}"]
    assert await cycle_messages(world) == []


async def test_a_meeting_planned_after_its_nudge_time_gets_the_call_at_once_and_no_nudge(world):
    world.clock.set(local(2027, 9, 10, 14, 0))  # Friday: the nudge's time has passed
    meeting = await world.plan(MEETING)
    assert await world.tick() == [f"agenda-call:{meeting.id}:0:{NETWORK}"]
    world.clock.set(local(2027, 9, 13, 9, 0))  # the next working morning, before the deadline
    assert await world.tick() == []
    assert not await world.outbox("agenda_nudge")
    assert (await world.meeting(meeting.id)).agenda_cycle_skipped == "nudge"


async def test_a_meeting_planned_after_its_deadline_gets_no_call(world):
    world.clock.set(DEADLINE + timedelta(minutes=1))
    meeting = await world.plan(MEETING)
    assert await world.tick() == []
    assert not await world.outbox("agenda_call")
    assert (await world.meeting(meeting.id)).agenda_cycle_skipped == "call nudge"


async def test_the_agenda_waits_for_an_accepted_item_and_then_goes_out(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    world.clock.set(PUBLISH)
    await world.tick()
    assert not await world.outbox("agenda_published")  # proposed is not accepted
    await world.act("lisbet", review(item.id, "accept"))
    world.clock.advance(timedelta(hours=2))
    assert await world.tick() == [f"agenda-published:{meeting.id}:0:{NETWORK}"]
    assert (await world.meeting(meeting.id)).agenda_published_at == world.clock.now()


def moving_to(meeting_id: int, start):
    draft = MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3), place="Ringsted",
                         online=False)
    return lambda uow, g, a, now: move_meeting(uow, g, a, meeting_id, draft, now)


async def test_a_meeting_moved_to_tomorrow_skips_what_has_passed_at_its_new_time(world):
    meeting = await world.plan(MEETING)
    world.clock.set(local(2027, 9, 20, 14, 0))  # Monday afternoon
    await world.act("rie", moving_to(meeting.id, local(2027, 9, 21, 10, 0)))
    stored = await world.meeting(meeting.id)
    assert stored.agenda_cycle_skipped == "call nudge attendance"
    assert await world.tick() == []
    assert await cycle_messages(world) == []


async def test_a_meeting_moved_earlier_with_accepted_items_publishes_its_agenda_at_once(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "Plejefamilier"))
    await world.act("rie", review(item.id, "accept"))
    world.clock.set(local(2027, 9, 6, 14, 0))
    await world.act("rie", moving_to(meeting.id, local(2027, 9, 10, 10, 0)))
    events = await world.tick()
    assert events == [f"agenda-published:{meeting.id}:1:{NETWORK}"]
    assert not await world.outbox("attendance_reminder")  # its time, the 9th at nine, is ahead
    world.clock.set(local(2027, 9, 9, 9, 0))
    await world.tick()
    assert len(await world.outbox("attendance_reminder")) == 6  # everyone but the guest
