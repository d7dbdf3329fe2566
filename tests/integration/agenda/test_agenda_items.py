"""Proposing and reviewing agenda items: deadlines, carry-over, ordering, double clicks."""

import pytest

from meetings.agenda.items.review import reorder_items
from meetings.agenda.proposals import edit_item
from meetings.common.refusal import Refusal
from tests.support.agenda_world import local

MEETING = local(2027, 9, 24, 10, 0)
DEADLINE = local(2027, 9, 14, 12, 0)


def editing(item_id: int, **changes):
    return lambda uow, g, a, now: edit_item(uow, g, a, item_id, now, **changes)


def ordering(meeting_id: int, item_ids: list[int]):
    return lambda uow, g, a, now: reorder_items(uow, g, a, meeting_id, item_ids, now)


async def refused(world, who, call, **options) -> str:
    with pytest.raises(Refusal) as refusal:
        await world.act(who, call, **options)
    return refusal.value.code


# Written once, for the fake unit of work; run here again on SQLite and PostgreSQL through
# this folder's `world` fixture.
from tests.unit.agenda.test_agenda_items_on_the_fake import (  # noqa: E402, F401
    test_a_bad_proposal_is_refused_and_nothing_is_stored,
    test_a_deferred_item_waits_until_the_next_meeting_is_planned,
    test_a_member_may_not_review_and_nothing_changes,
    test_a_proposer_edits_an_open_item_and_nobody_else_does,
    test_a_rejection_needs_a_reason_and_tells_whom_to_notify,
    test_accepting_twice_changes_the_item_once,
    test_after_the_deadline_members_are_refused_and_the_secretary_adds_directly,
    test_an_item_brought_is_proposed_until_the_deadline_and_then_added_by_the_chair,
    test_an_item_of_another_group_is_not_found,
    test_deferring_moves_the_item_to_the_next_planned_meeting_as_carried_over,
    test_moving_an_item_swaps_it_with_its_neighbour_and_only_an_accepted_one_moves,
    test_reordering_sets_the_order_and_refuses_a_stale_list,
    test_the_same_proposal_sent_twice_is_stored_once,
)
