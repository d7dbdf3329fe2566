"""Meeting reminders: due at 09.00 local time the working day before, across summer time and
Danish holidays, withdrawn or updated in place when the meeting moves or is cancelled."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.entities import Member
from meetings.groups.vocabulary import Role
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import cancel_meeting, move_meeting, plan_meeting
from meetings.tasks.chase_settings import change_chase_settings
from tests.card_reading import card_text
from tests.fakes import local
from tests.integration.conftest import GROUP_CHAT


async def secretary(setup):
    async with setup.uow() as uow:
        group = await uow.groups.by_conversation(GROUP_CHAT)
        member = (await uow.members.of_group(group.id))[0]
        member.role = Role.SECRETARY
        await uow.commit()


async def act(setup, use_case, *args):
    async with setup.uow() as uow:
        group = await uow.groups.by_conversation(GROUP_CHAT)
        actor = (await uow.session.scalars(
            select(Member).where(Member.role == Role.SECRETARY))).first()
        meeting = await use_case(uow, group, actor, *args, setup.clock.now())
        await uow.commit()
    return meeting


def draft(start: datetime) -> MeetingDraft:
    return MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3), place="Ringsted",
                        online=False)


async def reminders(setup) -> list[OutboxMessage]:
    async with setup.uow() as uow:
        return list(await uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


@pytest.mark.parametrize("meeting_start, due", [
    # The Monday after the spring change of 2028: due Friday 09.00 CET (08.00 UTC).
    (local(2028, 3, 27, 10, 0), datetime(2028, 3, 24, 8, 0, tzinfo=UTC)),
    # The Tuesday after Easter 2027 (which is also the spring change): Easter Monday, Good
    # Friday and Maundy Thursday are holidays, so Wednesday 24 March, still CET.
    (local(2027, 3, 30, 10, 0), datetime(2027, 3, 24, 8, 0, tzinfo=UTC)),
    # The Monday after the autumn change: due Friday 09.00 CEST (07.00 UTC).
    (local(2027, 11, 1, 10, 0), datetime(2027, 10, 29, 7, 0, tzinfo=UTC)),
    # The day after Grundlovsdag (Saturday 5 June 2027 in any case): Friday 4 June.
    (local(2027, 6, 7, 10, 0), datetime(2027, 6, 4, 7, 0, tzinfo=UTC)),
])
async def test_the_reminder_is_due_at_nine_local_time_the_working_day_before(
    setup, meeting_start, due,
):
    await secretary(setup)
    await act(setup, plan_meeting, draft(meeting_start))
    [reminder] = await reminders(setup)
    assert reminder.due_at == due
    assert reminder.expires_at == meeting_start


async def test_across_the_spring_change_the_reminder_goes_once_at_its_time(setup):
    await secretary(setup)
    setup.clock.set(datetime(2028, 3, 20, 9, 0, tzinfo=UTC))
    await act(setup, plan_meeting, draft(local(2028, 3, 27, 10, 0)))
    worker = setup.worker()
    setup.clock.set(datetime(2028, 3, 24, 7, 59, tzinfo=UTC))
    assert await worker.drain() == 0
    for hours in range(0, 24 * 3, 1):  # hour by hour through the weekend and the change
        setup.clock.set(datetime(2028, 3, 24, 8, 0, tzinfo=UTC) + timedelta(hours=hours))
        await worker.drain()
    assert len(setup.connector.cards()) == 1
    assert setup.connector.send_times  # sent through the connector
    [reminder] = await reminders(setup)
    assert reminder.status == OutboxStatus.SENT and reminder.sent_at.hour == 8


async def test_moving_withdraws_the_unsent_reminder_and_queues_a_new_one(setup):
    await secretary(setup)
    meeting = await act(setup, plan_meeting, draft(local(2027, 2, 5, 10, 0)))
    await act(setup, move_meeting, meeting.id, draft(local(2027, 2, 12, 10, 0)))
    old, new = await reminders(setup)
    assert old.status == OutboxStatus.DEAD and "moved or cancelled" in old.last_error
    assert new.status == OutboxStatus.PENDING and new.due_at == local(2027, 2, 11, 9, 0)


async def test_cancelling_after_the_reminder_was_posted_updates_that_card_in_place(setup):
    await secretary(setup)
    meeting = await act(setup, plan_meeting, draft(local(2027, 2, 5, 10, 0)))
    setup.clock.set(local(2027, 2, 4, 9, 0))
    await setup.worker().drain()
    [posted] = await reminders(setup)
    await act(setup, cancel_meeting, meeting.id)
    await setup.worker().drain()
    [update] = setup.connector.updated
    assert update["_activity"] == posted.teams_message_id
    texts = str(update["attachments"][0]["content"])
    assert "Mødet er aflyst" in texts


@pytest.mark.parametrize("second_change", ["move", "cancel"])
async def test_a_second_change_updates_the_card_posted_before_the_first(setup, second_change):
    # Moved after the reminder went out, then moved again or cancelled before the new time's
    # reminder was due: the card on screen is still the first one, and it follows every change.
    await secretary(setup)
    meeting = await act(setup, plan_meeting, draft(local(2027, 2, 5, 10, 0)))
    setup.clock.set(local(2027, 2, 4, 9, 0))
    await setup.worker().drain()
    [posted] = await reminders(setup)
    setup.clock.set(local(2027, 2, 4, 10, 0))
    await act(setup, move_meeting, meeting.id, draft(local(2027, 2, 19, 10, 0)))
    await setup.worker().drain()
    setup.clock.set(local(2027, 2, 4, 11, 0))
    if second_change == "move":
        await act(setup, move_meeting, meeting.id, draft(local(2027, 2, 26, 10, 0)))
    else:
        await act(setup, cancel_meeting, meeting.id)
    await setup.worker().drain()
    first, second = setup.connector.updated
    assert first["_activity"] == second["_activity"] == posted.teams_message_id
    shown = card_text(second["attachments"][0]["content"])
    if second_change == "move":
        assert "26. februar" in shown and "19. februar" not in shown
    else:
        assert "Mødet er aflyst" in shown and "19. februar" in shown  # the time called off


async def test_a_reminder_outside_the_groups_own_working_hours_waits_for_their_start(setup):
    # Hours 08–15: the reminder the bot could not send on Thursday morning is held at 15.30,
    # which the default 09–16 would not, and goes at 08.00 on Friday, before the meeting.
    await secretary(setup)
    await act(setup, lambda uow, g, a, now: change_chase_settings(
        uow, g, a, now, work_start="08:00", work_end="15:00"))
    await act(setup, plan_meeting, draft(local(2027, 2, 5, 10, 0)))
    setup.clock.set(local(2027, 2, 4, 15, 30))
    await setup.worker().drain()
    assert setup.connector.cards() == []
    [reminder] = await reminders(setup)
    assert (reminder.status, reminder.next_attempt_at) == (OutboxStatus.PENDING,
                                                           local(2027, 2, 5, 8, 0))
    setup.clock.set(local(2027, 2, 5, 8, 0))
    await setup.worker().drain()
    [sent] = await reminders(setup)
    assert sent.status == OutboxStatus.SENT and sent.sent_at == local(2027, 2, 5, 8, 0)
    assert len(setup.connector.cards()) == 1
