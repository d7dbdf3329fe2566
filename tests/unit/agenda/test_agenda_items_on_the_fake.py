"""Proposing and reviewing agenda items on the fake unit of work: deadlines, carry-over,
ordering, double clicks (the same cases on SQLite and PostgreSQL: tests/integration)."""

import pytest

from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.draft import ItemDraft
from meetings.agenda.items.review import move_item, reorder_items
from meetings.agenda.proposals import add_item_directly, bring_item, edit_item
from meetings.common.conversation import Person
from meetings.common.refusal import Refusal
from meetings.groups.membership.leaving import member_left
from tests.support.agenda_world import NETWORK, nothing, propose, review
from tests.support.fake_world import local

MEETING = local(2027, 9, 24, 10, 0)
DEADLINE = local(2027, 9, 14, 12, 0)


def editing(item_id: int, **changes):
    return lambda uow, g, a, now: edit_item(uow, g, a, item_id, now, **changes)


def bringing(meeting_id: int, title: str):
    draft = ItemDraft(title=title)
    return lambda uow, g, a, now: bring_item(uow, g, meeting_id, a, draft, now)


def ordering(meeting_id: int, item_ids: list[int]):
    return lambda uow, g, a, now: reorder_items(uow, g, a, meeting_id, item_ids, now)


async def refused(world, who, call, **options) -> str:
    with pytest.raises(Refusal) as refusal:
        await world.act(who, call, **options)
    return refusal.value.code


async def test_deferring_moves_the_item_to_the_next_planned_meeting_as_carried_over(world):
    meeting = await world.plan(MEETING)
    later = await world.plan(local(2027, 11, 26, 10, 0))
    item = await world.act("daniel", propose(meeting.id, "Venskabsfamilier"))
    outcome = await world.act("lisbet", review(item.id, "defer"))
    assert outcome.changed and outcome.carried_to_meeting_id == later.id
    assert (await world.item(item.id)).status == "deferred"
    [copy] = await world.items(later.id)
    assert (copy.title, copy.status, copy.carried_from_item_id) == (
        "Venskabsfamilier", "proposed", item.id)
    assert copy.proposed_by == world.ids["daniel"]


async def test_a_deferred_item_waits_until_the_next_meeting_is_planned(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "Socialtilsyn Øst"))
    outcome = await world.act("lisbet", review(item.id, "defer"))
    assert outcome.carried_to_meeting_id is None
    later = await world.plan(local(2027, 11, 26, 10, 0))
    assert await world.tick() == [f"carried:{item.id}:{later.id}"]
    assert await world.tick() == []
    [copy] = await world.items(later.id)
    assert copy.carried_from_item_id == item.id
    [original] = await world.items(meeting.id)  # the minutes still show it was deferred
    assert original.status == "deferred"


async def test_accepting_twice_changes_the_item_once(world):
    meeting = await world.plan(MEETING)
    first = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    second = await world.act("steen", propose(meeting.id, "Skoledagbehandling"))
    await world.act("rie", review(second.id, "accept"))
    once = await world.act("lisbet", review(first.id, "accept"))
    twice = await world.act("rie", review(first.id, "accept"))
    assert once.changed and not twice.changed
    assert twice.item.status == "accepted" and twice.item.position == 2


async def test_a_member_may_not_review_and_nothing_changes(world, caplog):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    assert await refused(world, "christel", review(item.id, "accept")) == "not_allowed"
    assert await refused(world, "povl", review(item.id, "reject", "nej")) == "not_allowed"
    assert (await world.item(item.id)).status == "proposed"
    assert "refused: not chair or secretary" in caplog.text


async def test_an_item_of_another_group_is_not_found(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32 institutioner"))
    for call in (review(item.id, "accept"), editing(item.id, title="Hacked")):
        assert await refused(world, "morten", call, other_group=True) == "item_not_found"
    assert await refused(world, "morten", propose(meeting.id, "Ind ad bagdøren"),
                         other_group=True) == "meeting_not_found"
    stored = await world.item(item.id)
    assert (stored.status, stored.title) == ("proposed", "§ 32 institutioner")


async def test_after_the_deadline_members_are_refused_and_the_secretary_adds_directly(world):
    meeting = await world.plan(MEETING)
    first = await world.act("daniel", propose(meeting.id, "Børnehus Sjælland"))
    await world.act("lisbet", review(first.id, "accept"))
    world.clock.set(DEADLINE)
    assert await refused(world, "steen", propose(meeting.id, "For sent")) == "deadline_passed"
    assert await world.act("steen", nothing(meeting.id)) is True  # still worth knowing
    draft = ItemDraft(title="Årsrapport til styregruppen", kind="beslutning")
    added = await world.act("rie", lambda uow, g, a, now: add_item_directly(
        uow, g, meeting.id, a, draft, now))
    assert (added.status, added.position) == ("accepted", 2)
    assert [i.title for i in await world.items(meeting.id)] == [
        "Børnehus Sjælland", "Årsrapport til styregruppen"]


async def test_a_rejection_needs_a_reason_and_tells_whom_to_notify(world):
    meeting = await world.plan(MEETING)
    item = await world.act("christel", propose(meeting.id, "Digitale løsninger"))
    assert await refused(world, "rie", review(item.id, "reject", "  ")) == "bad_item"
    outcome = await world.act("rie", review(item.id, "reject", "Er på dagsordenen i november"))
    assert outcome.proposer_id == world.ids["christel"]
    assert outcome.item.reject_reason == "Er på dagsordenen i november"


async def test_reordering_sets_the_order_and_refuses_a_stale_list(world):
    meeting = await world.plan(MEETING)
    ids = []
    for who, title in [("daniel", "A"), ("steen", "B"), ("anne", "C")]:
        item = await world.act(who, propose(meeting.id, title))
        await world.act("rie", review(item.id, "accept"))
        ids.append(item.id)
    await world.act("lisbet", ordering(meeting.id, [ids[2], ids[0], ids[1]]))
    assert [i.title for i in await world.items(meeting.id)] == ["C", "A", "B"]
    assert await refused(world, "lisbet", ordering(meeting.id, ids[:2])) == "bad_item"
    assert await refused(world, "lisbet", ordering(meeting.id, [*ids, 999_999])) \
        == "item_not_found"
    assert await refused(world, "daniel", ordering(meeting.id, ids)) == "not_allowed"


async def test_a_proposer_edits_an_open_item_and_nobody_else_does(world):
    meeting = await world.plan(MEETING)
    item = await world.act("daniel", propose(meeting.id, "§ 32"))
    await world.act("daniel", editing(item.id, title="§ 32 institutioner",
                                      guests="Heidi Madsen (Bakkehuset)"))
    assert await refused(world, "steen", editing(item.id, title="Mit punkt")) == "not_allowed"
    assert await refused(world, "daniel", editing(item.id, colour="red")) == "bad_item"
    assert await refused(world, "daniel", editing(item.id, minutes=500)) == "bad_item"
    world.clock.set(DEADLINE)
    assert await refused(world, "daniel", editing(item.id, minutes=30)) == "deadline_passed"
    stored = await world.item(item.id)
    assert (stored.title, stored.guests, stored.minutes) == (
        "§ 32 institutioner", "Heidi Madsen (Bakkehuset)", 20)


async def test_the_same_proposal_sent_twice_is_stored_once(world):
    meeting = await world.plan(MEETING)
    first = await world.act("daniel", propose(meeting.id, "Venskabsfamilier"))
    again = await world.act("daniel", propose(meeting.id, "venskabsfamilier"))
    assert first.id == again.id and len(await world.items(meeting.id)) == 1


async def test_a_bad_proposal_is_refused_and_nothing_is_stored(world):
    meeting = await world.plan(MEETING)
    links = [{"title": "Bilag", "url": "javascript:alert(1)"}]
    assert await refused(world, "daniel", propose(meeting.id, "AI", links=links)) == "bad_item"
    assert await refused(world, "daniel", propose(meeting.id, "")) == "bad_item"
    assert await world.items(meeting.id) == []


async def test_an_item_brought_is_proposed_until_the_deadline_and_then_added_by_the_chair(world):
    meeting = await world.plan(MEETING)
    before = await world.act("lisbet", bringing(meeting.id, "Kommune-runden"))
    assert (before.status, before.position) == ("proposed", None)
    world.clock.set(DEADLINE)
    assert await refused(world, "steen", bringing(meeting.id, "For sent")) == "deadline_passed"
    after = await world.act("lisbet", bringing(meeting.id, "Årsrapport"))
    assert (after.status, after.position) == ("accepted", 1)
    assert [i.title for i in await world.items(meeting.id)] == ["Årsrapport", "Kommune-runden"]


def moving(item_id: int, direction: str):
    return lambda uow, g, a, now: move_item(uow, g, a, item_id, direction, now)


async def test_moving_an_item_swaps_it_with_its_neighbour_and_only_an_accepted_one_moves(world):
    meeting = await world.plan(MEETING)
    ids = []
    for who, title in [("daniel", "A"), ("steen", "B")]:
        item = await world.act(who, propose(meeting.id, title))
        await world.act("rie", review(item.id, "accept"))
        ids.append(item.id)
    proposed = await world.act("anne", propose(meeting.id, "C"))
    assert (await world.act("lisbet", moving(ids[1], "up"))).id == meeting.id
    await world.act("lisbet", moving(ids[1], "up"))  # the first stays first
    assert [i.title for i in await world.items(meeting.id)][:2] == ["B", "A"]
    assert await refused(world, "lisbet", moving(proposed.id, "up")) == "bad_item"
    assert await refused(world, "lisbet", moving(ids[0], "sideways")) == "bad_item"
    assert await refused(world, "daniel", moving(ids[0], "up")) == "not_allowed"


async def test_a_member_who_left_may_no_longer_propose_nor_answer_and_nothing_is_stored(world):
    meeting = await world.plan(MEETING)
    daniel = Person(teams_id="29:daniel", name="Daniel Gottrup", aad_object_id="aad-daniel")
    async with world.uow() as uow:
        await member_left(uow, NETWORK, daniel, world.clock.now())
        await uow.commit()
    assert await refused(world, "daniel", propose(meeting.id, "Efter udmeldelsen")) == \
        "not_allowed"
    assert await refused(world, "daniel", nothing(meeting.id)) == "not_allowed"
    assert world.rows(AgendaItem, lambda item: item.title == "Efter udmeldelsen") == []
