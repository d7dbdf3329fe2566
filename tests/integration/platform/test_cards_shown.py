"""What the cards show, read by the domain with what the reader may do decided there, on a
real database."""

# Written once, for the fake unit of work; run here again on SQLite and PostgreSQL through
# this folder's `world` fixture.
from tests.unit.cards.test_cards_shown_on_the_fake import (  # noqa: F401
    test_a_task_is_seen_by_the_members_of_its_group_and_by_nobody_else,
    test_an_items_card_lists_its_tasks_and_whether_the_reader_may_write,
    test_minutes_not_yet_opened_are_opened_by_the_secretary_and_not_found_by_a_member,
    test_only_the_chair_and_the_secretary_see_what_was_not_delivered,
    test_the_annual_report_says_who_may_write_its_texts_and_refuses_the_others,
    test_the_minutes_overview_decides_who_may_edit_post_approve_and_resolve,
    test_what_a_reader_may_do_with_a_task_is_decided_with_the_task_read,
)
