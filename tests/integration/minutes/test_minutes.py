"""Recording the minutes on a real database: opened once from the agenda and the attendance,
notes, decisions and guests by card or by captured chat lines, tasks that join the chase, and
who may write."""


import pytest

from meetings.common.refusal import Refusal
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent
from meetings.tasks.entities import Task
from storage.models.base import table_of
from tests.support.minutes_steps import (
    all_rows,
)


def refused(code: str):
    return pytest.raises(Refusal, match=f"^{code}$")


async def snapshot(world) -> tuple:
    """Every minutes row and task, to show that a refusal changed nothing."""
    rows = []
    for model in (Minutes, MinutesEntry, MinutesEvent, Task):
        rows.append([{c: getattr(r, c) for c in table_of(model).columns.keys()}
                     for r in await all_rows(world, model)])
    return tuple(map(tuple, (map(lambda d: tuple(sorted(d.items())), r) for r in rows)))


# Written once, for the fake unit of work; run here again on SQLite and PostgreSQL through
# this folder's `world` fixture.
from tests.unit.minutes.test_minutes_on_the_fake import (  # noqa: E402, F401
    test_a_capture_needs_a_meeting_now_and_an_item_first,
    test_a_captured_task_for_a_name_no_member_has_asks_and_makes_nothing,
    test_a_captured_task_with_an_ambiguous_owner_asks_and_makes_nothing,
    test_a_plain_members_capture_is_refused_and_changes_nothing,
    test_a_standing_entry_gives_a_task_of_the_meeting_under_that_entry,
    test_a_task_captured_after_a_standing_item_is_that_items,
    test_a_task_from_an_entry_is_a_task_of_the_item_and_is_chased,
    test_captured_lines_land_in_the_entry_they_follow,
    test_minutes_open_from_an_hour_before_the_start_and_not_for_another_group,
    test_notes_decision_and_guests_are_recorded_and_cleared,
    test_opening_twice_gives_one_minutes_numbered_as_the_agenda,
    test_presence_starts_from_the_attendance_answers_and_nobody_unanswered_is_absent,
    test_recorded_and_captured_entries_are_found_by_search_and_follow_changes,
    test_the_minute_taker_records_and_a_plain_member_is_refused_and_logged,
    test_the_referat_and_the_annual_report_count_only_the_people_marked,
)
