"""When the chase tick next looks at a task, on its own: the next stage's working morning, the
meeting reminder of whichever meeting is next by then, away days, and the next working hours."""

from datetime import UTC, date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from meetings.tasks.chase import Cadence
from meetings.tasks.chase_due import next_chase_at, next_work_start

CPH = ZoneInfo("Europe/Copenhagen")
DEFAULT = Cadence()


def task(**values) -> SimpleNamespace:
    columns = dict(status="open", imported_at=None, confirmed_at=None, escalated_at=None,
                   reminder_stage=0, due_on=date(2027, 9, 15), meeting_reminded_id=None,
                   created_at=datetime(2027, 3, 1, 10, 0, tzinfo=UTC))
    return SimpleNamespace(**{**columns, **values})


def meeting(meeting_id: int, *args) -> SimpleNamespace:
    return SimpleNamespace(id=meeting_id, starts_at=datetime(*args, tzinfo=CPH))


def at_nine(*args) -> datetime:
    return datetime(*args, 9, 0, tzinfo=CPH).astimezone(UTC)


def test_after_a_stage_the_next_one_is_due_and_after_the_escalation_nothing():
    assert next_chase_at(task(reminder_stage=1), DEFAULT, CPH, [], None) == at_nine(2027, 9, 15)
    escalated = task(reminder_stage=6, escalated_at=at_nine(2027, 10, 6))
    assert next_chase_at(escalated, DEFAULT, CPH, [], None) is None
    assert next_chase_at(task(status="done"), DEFAULT, CPH, [], None) is None
    assert next_chase_at(task(imported_at=at_nine(2027, 3, 1)), DEFAULT, CPH, [], None) is None


def test_a_meeting_already_reminded_of_leaves_the_next_meeting_due_from_the_first_ones_start():
    first, second = meeting(1, 2027, 9, 24, 10, 0), meeting(2, 2027, 9, 27, 10, 0)
    blocked = task(status="blocked", meeting_reminded_id=1)
    # The second meeting's reminder day (20 September) has passed when the first one starts.
    assert next_chase_at(blocked, DEFAULT, CPH, [first, second], None) == first.starts_at


def test_a_task_made_on_or_after_the_reminder_day_waits_for_the_meeting_after():
    late = task(status="blocked", created_at=at_nine(2027, 9, 17))
    assert next_chase_at(late, DEFAULT, CPH, [meeting(1, 2027, 9, 24, 10, 0)], None) is None


def test_an_owner_away_on_the_day_is_due_on_the_working_day_after_coming_back():
    # Away until Friday 10 September: the first reminder (Monday 13) is not touched; until
    # Monday 13: Tuesday 14.
    assert next_chase_at(task(), DEFAULT, CPH, [], date(2027, 9, 10)) == at_nine(2027, 9, 13)
    assert next_chase_at(task(), DEFAULT, CPH, [], date(2027, 9, 13)) == at_nine(2027, 9, 14)


def test_the_next_working_hours_skip_the_rest_of_today_weekends_and_holidays():
    assert next_work_start(at_nine(2027, 9, 13).replace(hour=5), CPH, DEFAULT) == \
        at_nine(2027, 9, 13)  # 07.00 local: today at nine
    assert next_work_start(at_nine(2027, 9, 10), CPH, DEFAULT) == at_nine(2027, 9, 13)
    # Maundy Thursday 2027 to the Tuesday after Easter.
    assert next_work_start(at_nine(2027, 3, 24), CPH, DEFAULT) == at_nine(2027, 3, 30)
