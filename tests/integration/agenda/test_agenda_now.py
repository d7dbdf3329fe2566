"""The secretary sends the call or publishes the agenda before the cycle would."""

import pytest

from meetings.agenda.now import publish_now, send_call_now
from meetings.common.refusal import Refusal
from tests.support.agenda_world import local, propose, review


def call_now(meeting_id):
    return lambda uow, g, a, now: send_call_now(uow, g, a, meeting_id, now)


def publish(meeting_id):
    return lambda uow, g, a, now: publish_now(uow, g, a, meeting_id, now)


async def test_publishing_now_posts_the_agenda_once_and_the_tick_does_not_again(world):
    world.clock.set(local(2027, 1, 4, 9, 0))
    meeting = await world.plan(local(2027, 3, 5, 10, 0))
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner", minutes=30))
    await world.act("rie", review(item.id, "accept"))
    assert await world.act("rie", publish(meeting.id)) is True
    [published] = await world.outbox("agenda_published")
    assert (await world.meeting(meeting.id)).agenda_published_at == world.clock.now()
    world.clock.set(local(2027, 2, 26, 9, 0))  # the cycle's own publish time
    await world.tick()
    assert len(await world.outbox("agenda_published")) == 1
    await world.mark_sent(published.dedupe_key)
    assert await world.act("rie", publish(meeting.id)) is False  # again: an update in place
    assert len(await world.outbox("agenda_card_update")) == 1


async def test_the_call_can_go_out_early_and_only_once(world):
    world.clock.set(local(2027, 1, 4, 9, 0))
    meeting = await world.plan(local(2027, 3, 5, 10, 0))
    assert await world.act("lisbet", call_now(meeting.id)) is True
    assert await world.act("lisbet", call_now(meeting.id)) is False
    world.clock.set(local(2027, 2, 12, 9, 0))  # the cycle's call time
    await world.tick()
    assert len(await world.outbox("agenda_call")) == 1


async def test_a_member_cannot_publish_or_call(world):
    world.clock.set(local(2027, 1, 4, 9, 0))
    meeting = await world.plan(local(2027, 3, 5, 10, 0))
    for use_case in (publish(meeting.id), call_now(meeting.id)):
        with pytest.raises(Refusal) as refused:
            await world.act("daniel", use_case)
        assert refused.value.code == "not_allowed"
    assert await world.outbox("agenda_published") == []
    assert await world.outbox("agenda_call") == []


def tell(meeting_id, note="Punkt 4 er flyttet til kl. 11"):
    from meetings.agenda.now import tell_group_of_change

    return lambda uow, g, a, now: tell_group_of_change(uow, g, a, meeting_id, note, now)


async def test_the_group_is_told_of_a_change_once_per_agenda_version(world):
    world.clock.set(local(2027, 1, 4, 9, 0))
    meeting = await world.plan(local(2027, 3, 5, 10, 0))
    assert await world.act("rie", tell(meeting.id)) is False  # nothing published yet
    await world.act("rie", publish(meeting.id))
    assert await world.act("rie", tell(meeting.id)) is True
    assert await world.act("rie", tell(meeting.id)) is False  # same version: told already
    [notice] = await world.outbox("agenda_change_notice")
    assert notice.payload["note"] == "Punkt 4 er flyttet til kl. 11"
    with pytest.raises(Refusal):
        await world.act("daniel", tell(meeting.id))
