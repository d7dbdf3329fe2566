"""Planning, moving and cancelling meetings, and which is next, on the fake unit of work
(the same cases on SQLite and PostgreSQL, with the quick read of the next meeting compared:
tests/integration/meetings/ and test_reminders.py)."""

from datetime import UTC, datetime

import pytest

from meetings.common.conversation import AddressPolicy
from meetings.common.entities import OutboxMessage
from meetings.common.refusal import Refusal
from meetings.common.vocabulary import OutboxStatus
from meetings.groups.registration import register_conversation, remember_sender
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
from meetings.planning.move_line import parse_move_line
from meetings.planning.planning import cancel_meeting, draft_of, move_meeting
from meetings.planning.schedule import meeting_by_selector, next_meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.fakes import CPH, FakeUnitOfWork, local
from tests.support.meeting_group import (
    LISBET,
    POLICY,
    RIE,
    as_member,
    chat,
    draft,
    plan,
    setup_group,
)


async def the_next(uow_factory, group, now) -> Meeting | None:
    async with uow_factory() as uow:
        return await next_meeting(uow, await uow.groups.get(group.id), now)


def reminders(uow_factory: FakeUnitOfWork) -> list[OutboxMessage]:
    return uow_factory.db[OutboxMessage].where(order=lambda row: row.id)


async def act(uow_factory, clock, use_case, *args):
    async with uow_factory() as uow:
        group = (await uow.groups.all())[0]
        actor = await as_member(uow, group, LISBET)
        return await use_case(uow, group, actor, *args, clock.now())


async def test_the_next_meeting_is_the_soonest_planned_one_not_yet_ended(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    later = await plan(uow_factory, group, local(2027, 6, 4, 10, 0))
    sooner = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))

    assert (await the_next(uow_factory, group, clock.now())).id == sooner.id
    # Under way it is still the next meeting: people ask where it is while walking in.
    assert (await the_next(uow_factory, group, local(2027, 2, 5, 12, 59))).id == sooner.id
    assert (await the_next(uow_factory, group, local(2027, 2, 5, 13, 0))).id == later.id
    assert await the_next(uow_factory, group, local(2027, 6, 4, 13, 0)) is None


async def test_a_cancelled_meeting_is_no_longer_next(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    assert (await the_next(uow_factory, group, clock.now())).id == second.id


@pytest.mark.parametrize("start, utc_hour", [
    (local(2027, 3, 26, 10, 0), 9),   # Friday before the spring change: CET, UTC+1
    (local(2027, 3, 29, 10, 0), 8),   # Monday after it: CEST, UTC+2
    (local(2027, 10, 29, 10, 0), 8),  # Friday before the autumn change: still CEST
    (local(2027, 11, 1, 10, 0), 9),   # Monday after it: CET again
])
async def test_meetings_keep_their_local_time_across_summer_time(uow_factory, clock, start,
                                                                 utc_hour):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, start)
    meeting = await the_next(uow_factory, group, clock.now())
    assert meeting.starts_at.tzinfo is not None
    assert meeting.starts_at.hour == utc_hour
    assert meeting.starts_at.astimezone(CPH).hour == 10


async def test_next_meeting_across_the_night_the_clocks_go_forward(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    early = await plan(uow_factory, group, local(2027, 3, 28, 1, 0), hours=1)
    late = await plan(uow_factory, group, local(2027, 3, 28, 3, 30), hours=1)
    # 01:59:59 CET is followed by 03:00 CEST: one real second later the first has ended.
    assert (await the_next(uow_factory, group, local(2027, 3, 28, 1, 59))).id == early.id
    assert (await the_next(uow_factory, group, local(2027, 3, 28, 3, 0))).id == late.id


async def test_meetings_of_another_group_are_not_theirs(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    other = await setup_group(uow_factory, clock, chat("19:other@thread.v2", name="Styregruppen"))
    ours = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    assert await the_next(uow_factory, other, clock.now()) is None
    async with uow_factory() as uow:
        g = await uow.groups.get(other.id)
        with pytest.raises(Refusal) as refused:
            await cancel_meeting(uow, g, await as_member(uow, g, LISBET), ours.id, clock.now())
    assert refused.value.code == "meeting_not_found"


async def test_only_chair_and_secretary_plan_move_and_cancel(uow_factory, clock, caplog):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 3, 5, 10, 0), person=RIE)
    assert refused.value.code == "not_allowed"
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        rie = await as_member(uow, g, RIE)
        with pytest.raises(Refusal):
            await move_meeting(uow, g, rie, meeting.id, draft(local(2027, 2, 6, 10, 0)),
                               clock.now())
        with pytest.raises(Refusal):
            await cancel_meeting(uow, g, rie, meeting.id, clock.now())
    assert (await the_next(uow_factory, group, clock.now())).status == MeetingStatus.PLANNED
    assert "refused: not chair or secretary" in caplog.text


async def test_the_same_meeting_planned_twice_is_refused(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    assert refused.value.code == "duplicate_meeting"


async def test_a_meeting_is_found_by_its_danish_or_english_date(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        for selector, language in [("5. februar", "da"), ("5 February 2027", "en"),
                                   ("næste", "da"), ("", "en")]:
            found = await meeting_by_selector(uow, g, selector, clock.now(), language)
            assert found.id == meeting.id
        with pytest.raises(Refusal) as refused:
            await meeting_by_selector(uow, g, "6. februar", clock.now(), "da")
    assert refused.value.code == "meeting_not_found"


async def test_an_address_from_a_foreign_host_or_tenant_is_not_stored(uow_factory, clock):
    strict = AddressPolicy(allowed_hosts=frozenset({"smba.trafficmanager.net"}),
                           allowed_tenants=frozenset({"tenant"}))
    cases = {
        "19:evil-host": chat("19:evil-host", service_url="https://evil.example/"),
        "19:http": chat("19:http", service_url="http://smba.trafficmanager.net/emea/"),
        "19:tenant": chat("19:tenant", tenant_id="other-tenant"),
        "19:lookalike": chat("19:lookalike", service_url="https://smba.trafficmanager.net.evil.io/"),
        "19:good": chat("19:good"),
    }
    async with uow_factory() as uow:
        for conversation in cases.values():
            await remember_sender(uow, conversation, RIE, policy=strict, now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        stored = {cid for cid in cases if await uow.addresses.by_conversation(cid)}
    assert stored == {"19:good"}


async def test_the_service_url_follows_the_newest_activity(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        await remember_sender(uow, chat(service_url="https://smba.trafficmanager.net/amer/"),
                              RIE, policy=POLICY, now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        address = await uow.addresses.by_conversation(group.conversation_id)
    assert address.service_url == "https://smba.trafficmanager.net/amer/"


async def test_the_installer_leads_only_a_group_without_leaders(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        await register_conversation(uow, chat(), people=[], installer=RIE, policy=POLICY,
                                    now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        roles = {m.name: m.role for m in await uow.members.of_group(group.id)}
    assert roles == {"Lisbet Daugaard-Hansen": Role.SECRETARY, "Rie Nielsen": Role.MEMBER}


SORO = "Sorø Rådhus, mødelokale 2"
LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting"


async def move_by_line(uow_factory, group, meeting_id, line, now):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await uow.meetings.get(meeting_id)
        draft = parse_move_line(line, draft_of(meeting), now=now, tz=CPH)
        await move_meeting(uow, g, await as_member(uow, g, LISBET), meeting_id, draft, now)
        await uow.commit()


async def test_a_typed_move_keeps_the_place_the_online_link_the_theme_and_the_length(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    planned = await plan(uow_factory, group, local(2027, 4, 23, 10, 0), place=SORO)
    async with uow_factory() as uow:
        meeting = await uow.meetings.get(planned.id)
        meeting.online_url, meeting.theme = LINK, "Psykiatrien"
        await uow.commit()

    await move_by_line(uow_factory, group, planned.id, "fredag 30. april 2027 kl. 9-12",
                       clock.now())
    moved = await the_next(uow_factory, group, clock.now())
    assert (moved.place, moved.online, moved.online_url, moved.theme) == (
        SORO, False, LINK, "Psykiatrien")
    assert (moved.starts_at, moved.ends_at) == (local(2027, 4, 30, 9, 0), local(2027, 4, 30, 12, 0))

    await move_by_line(uow_factory, group, planned.id, "7. maj 2027", clock.now())
    again = await the_next(uow_factory, group, clock.now())
    assert (again.starts_at, again.ends_at) == (local(2027, 5, 7, 9, 0), local(2027, 5, 7, 12, 0))
    assert (again.place, again.theme, again.sequence) == (SORO, "Psykiatrien", 2)


@pytest.mark.parametrize("meeting_start, due", [
    # The Monday after the spring change of 2028: due Friday 09.00 CET (08.00 UTC).
    (local(2028, 3, 27, 10, 0), datetime(2028, 3, 24, 8, 0, tzinfo=UTC)),
    # The Tuesday after Easter 2027: Easter Monday, Good Friday and Maundy Thursday are
    # holidays, so Wednesday 24 March, still CET.
    (local(2027, 3, 30, 10, 0), datetime(2027, 3, 24, 8, 0, tzinfo=UTC)),
    # The Monday after the autumn change: due Friday 09.00 CEST (07.00 UTC).
    (local(2027, 11, 1, 10, 0), datetime(2027, 10, 29, 7, 0, tzinfo=UTC)),
])
async def test_the_reminder_is_due_at_nine_local_time_the_working_day_before(
        uow_factory, clock, meeting_start, due):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, meeting_start)
    [reminder] = reminders(uow_factory)
    assert (reminder.due_at, reminder.expires_at) == (due, meeting_start)
    assert (reminder.status, reminder.attempts, reminder.conversation_id) == (
        OutboxStatus.PENDING, 0, group.conversation_id)


async def test_moving_withdraws_the_unsent_reminder_and_queues_a_new_one(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    moved = await act(uow_factory, clock, move_meeting, meeting.id,
                      draft(local(2027, 2, 12, 10, 0)))
    old, new = reminders(uow_factory)
    assert old.status == OutboxStatus.DEAD and "moved or cancelled" in old.last_error
    assert new.status == OutboxStatus.PENDING and new.due_at == local(2027, 2, 11, 9, 0)
    assert (moved.sequence, new.dedupe_key.split(":")[2]) == (1, "1")


async def test_cancelling_after_the_reminder_was_posted_updates_that_card_in_place(
        uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    [posted] = reminders(uow_factory)
    posted.status = OutboxStatus.SENT
    cancelled = await act(uow_factory, clock, cancel_meeting, meeting.id)
    assert (cancelled.status, cancelled.sequence) == (MeetingStatus.CANCELLED, 1)
    posted_again, update = reminders(uow_factory)
    assert (posted_again.status, update.kind, update.replaces_key) == (
        OutboxStatus.SENT, "meeting_card_update", posted.dedupe_key)
    with pytest.raises(Refusal) as refused:
        await act(uow_factory, clock, cancel_meeting, meeting.id)
    assert refused.value.code == "already_cancelled"
