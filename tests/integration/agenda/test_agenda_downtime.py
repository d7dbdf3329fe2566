"""The agenda cycle when the scheduler was down, and when the meeting moves or is cancelled:
stale steps are skipped and recorded, not sent late; moved steps happen again at the new time."""

from datetime import timedelta

from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import cancel_meeting, move_meeting
from meetings.tasks.chase_settings import change_chase_settings
from tests.support.agenda_world import NETWORK, local, propose, review

MEETING = local(2027, 9, 24, 10, 0)
CALL, DEADLINE = local(2027, 9, 3, 9, 0), local(2027, 9, 14, 12, 0)
PUBLISH = local(2027, 9, 17, 9, 0)


async def planned_with_an_item(world):
    """The meeting with an item accepted early: the agenda goes out only with one."""
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    await world.act("rie", review(item.id, "accept"))
    return meeting


def moving(meeting_id: int, start):
    draft = MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3), place="Online",
                         online=True)
    return lambda uow, g, a, now: move_meeting(uow, g, a, meeting_id, draft, now)


async def test_a_tick_after_the_deadline_skips_call_and_nudge_and_still_publishes(world):
    meeting = await planned_with_an_item(world)
    world.clock.set(DEADLINE + timedelta(hours=1))
    events = await world.tick()
    assert events == [f"skipped:call:{meeting.id}", f"skipped:nudge:{meeting.id}"]
    assert not await world.outbox("agenda_call") and not await world.outbox("agenda_nudge")
    stored = await world.meeting(meeting.id)
    assert stored.agenda_cycle_skipped == "call nudge" and stored.call_sent_at is None
    world.clock.set(PUBLISH)
    assert await world.tick() == [f"agenda-published:{meeting.id}:0:{NETWORK}"]


async def test_a_publication_missed_by_downtime_goes_out_late_but_before_the_meeting(world):
    meeting = await planned_with_an_item(world)
    world.clock.set(local(2027, 9, 21, 14, 0))
    await world.tick()
    [published] = await world.outbox("agenda_published")
    assert published.due_at == world.clock.now() and published.expires_at == MEETING
    assert (await world.meeting(meeting.id)).agenda_cycle_skipped == "call nudge"


async def test_after_the_meeting_started_nothing_is_sent_and_every_step_is_recorded(world):
    meeting = await world.plan(MEETING)
    world.clock.set(MEETING + timedelta(minutes=30))
    events = await world.tick()
    assert events == [f"skipped:{step}:{meeting.id}"
                      for step in ("call", "nudge", "publish", "attendance")]
    agenda_kinds = {"agenda_call", "agenda_nudge", "agenda_published", "attendance_reminder"}
    assert not [row for row in await world.outbox() if row.kind in agenda_kinds]
    world.clock.advance(timedelta(days=1))
    assert await world.tick() == []


async def test_a_call_sent_late_is_followed_by_the_nudge_only_the_next_working_morning(world):
    meeting = await world.plan(MEETING)
    world.clock.set(local(2027, 9, 10, 9, 30))  # a Friday: the nudge's own time has come
    await world.tick()
    assert len(await world.outbox("agenda_call")) == 1 and not await world.outbox("agenda_nudge")
    world.clock.set(local(2027, 9, 13, 8, 59))  # Monday, just before nine
    await world.tick()
    assert not await world.outbox("agenda_nudge")
    world.clock.set(local(2027, 9, 13, 9, 0))
    await world.tick()
    assert len(await world.outbox("agenda_nudge")) == 6  # everyone but the guest
    assert (await world.meeting(meeting.id)).nudged_at == local(2027, 9, 13, 9, 0)


async def test_moving_the_meeting_later_calls_for_input_again_at_the_new_time(world):
    meeting = await world.plan(MEETING)
    world.clock.set(CALL)
    await world.tick()
    await world.act("rie", moving(meeting.id, local(2027, 10, 22, 10, 0)))
    assert (await world.meeting(meeting.id)).call_sent_at is None
    world.clock.set(local(2027, 10, 1, 9, 0))  # 21 days before the new date
    await world.tick()
    first, second = await world.outbox("agenda_call")
    assert second.dedupe_key == f"agenda-call:{meeting.id}:1:{NETWORK}"
    assert second.due_at == local(2027, 10, 1, 9, 0)
    assert first.status == "dead"  # unsent when the meeting moved: withdrawn


async def test_moving_after_the_agenda_was_posted_updates_the_posted_card(world):
    meeting = await planned_with_an_item(world)
    world.clock.set(PUBLISH)
    await world.tick()
    [published] = await world.outbox("agenda_published")
    await world.mark_sent(published.dedupe_key)
    await world.act("rie", moving(meeting.id, MEETING + timedelta(days=3)))
    [update] = await world.outbox("agenda_card_update")
    assert update.replaces_key == published.dedupe_key
    stored = await world.meeting(meeting.id)
    assert stored.agenda_published_at == PUBLISH and stored.agenda_version == 2


async def test_moving_before_the_agenda_was_delivered_publishes_it_again_later(world):
    meeting = await planned_with_an_item(world)
    world.clock.set(PUBLISH)
    await world.tick()
    await world.act("rie", moving(meeting.id, MEETING + timedelta(days=14)))
    [withdrawn] = await world.outbox("agenda_published")
    assert withdrawn.status == "dead"
    assert (await world.meeting(meeting.id)).agenda_published_at is None
    world.clock.set(PUBLISH + timedelta(days=14))
    await world.tick()
    _, again = await world.outbox("agenda_published")
    assert again.dedupe_key == f"agenda-published:{meeting.id}:1:{NETWORK}"
    assert again.status == "pending"


async def test_cancelling_after_the_agenda_was_posted_updates_the_card_and_ends_the_cycle(world):
    meeting = await planned_with_an_item(world)
    world.clock.set(PUBLISH)
    await world.tick()
    [published] = await world.outbox("agenda_published")
    await world.mark_sent(published.dedupe_key)
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, meeting.id, now))
    [update] = await world.outbox("agenda_card_update")
    assert update.replaces_key == published.dedupe_key
    world.clock.set(local(2027, 9, 23, 9, 0))
    assert await world.tick() == []


async def test_a_step_due_outside_the_groups_own_working_hours_waits_for_their_start(world):
    # Hours 08–15: a call the bot could not send on its morning waits at 15.30, which the
    # default 09–16 would not, and goes at 08.00 on the next working day.
    await world.act("rie", lambda uow, g, a, now: change_chase_settings(
        uow, g, a, now, work_start="08:00", work_end="15:00"))
    meeting = await world.plan(MEETING)
    world.clock.set(local(2027, 9, 3, 15, 30))  # the call's Friday, after the group's hours
    await world.tick()
    assert not await world.outbox("agenda_call")
    assert (await world.meeting(meeting.id)).cycle_due_at == local(2027, 9, 6, 8, 0)
    world.clock.set(local(2027, 9, 6, 8, 0))  # Monday at the start of the group's hours
    assert await world.tick() == [f"agenda-call:{meeting.id}:0:{NETWORK}"]
    assert (await world.meeting(meeting.id)).call_sent_at == local(2027, 9, 6, 8, 0)
