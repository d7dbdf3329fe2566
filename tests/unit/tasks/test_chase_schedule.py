"""The chase's schedule on its own: which stage falls on which day around weekends and Danish
holidays, merging what was missed, the meeting reminder's day, and the working hours."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from meetings.common.working_days import working_days_after
from meetings.tasks.chase import (
    BEFORE,
    DUE,
    ESCALATED,
    OVERDUE,
    Cadence,
    digest_key,
    is_away,
    is_working_time,
    meeting_reminder_day,
    person_key,
    stage_days,
    stage_due,
    stage_name,
    work_end_at,
)

CPH = ZoneInfo("Europe/Copenhagen")
DEFAULT = Cadence()


def test_the_stages_skip_easter_2027():
    # Due Wednesday 31 March: Skærtorsdag, Langfredag, the weekend and 2. påskedag are no
    # working days, so two working days before is Wednesday 24 March.
    days = stage_days(date(2027, 3, 31), DEFAULT)
    assert days == {1: date(2027, 3, 24), 2: date(2027, 3, 31), 3: date(2027, 4, 2),
                    4: date(2027, 4, 7), 5: date(2027, 4, 14), 6: date(2027, 4, 21)}


def test_overdue_days_skip_christmas_and_new_year():
    # Due Monday 27 December 2027; 31 December is closed as well as 1 January.
    days = stage_days(date(2027, 12, 27), DEFAULT)
    assert days[1] == date(2027, 12, 22)  # 24 December (a Friday) is closed
    assert days[3] == date(2027, 12, 29)
    assert days[4] == date(2028, 1, 4)


def test_grundlovsdag_is_no_working_day_for_the_reminder_before():
    # Due Monday 8 June 2026; Friday 5 June is Grundlovsdag.
    assert stage_days(date(2026, 6, 8), DEFAULT)[1] == date(2026, 6, 3)


def test_a_due_date_on_a_saturday_is_reminded_on_the_friday():
    days = stage_days(date(2027, 6, 12), DEFAULT)
    assert days[2] == date(2027, 6, 11) and days[1] == date(2027, 6, 10)


def test_no_days_before_due_means_no_before_stage():
    cadence = Cadence(remind_days_before_due=0)
    assert 1 not in stage_days(date(2027, 6, 9), cadence)
    assert stage_due(date(2027, 6, 9), "open", 0, cadence, date(2027, 6, 8)) is None


@pytest.mark.parametrize(("today", "stage"), [
    (date(2027, 3, 23), None),
    (date(2027, 3, 24), 1),
    (date(2027, 3, 30), 1),
    (date(2027, 3, 31), 2),
    (date(2027, 4, 2), 3),
    (date(2027, 4, 21), 6),
])
def test_the_stage_due_on_a_day_when_nothing_was_reminded(today, stage):
    assert stage_due(date(2027, 3, 31), "open", 0, DEFAULT, today) == stage


def test_missed_stages_merge_into_the_latest():
    # Ten days of downtime after the due day: one overdue reminder, not three.
    assert stage_due(date(2027, 3, 31), "open", 1, DEFAULT, date(2027, 4, 12)) == 4


def test_a_stage_reminded_already_is_not_reminded_again():
    assert stage_due(date(2027, 3, 31), "open", 2, DEFAULT, date(2027, 4, 1)) is None
    assert stage_due(date(2027, 3, 31), "open", 6, DEFAULT, date(2027, 6, 1),
                     escalated=True) is None


def test_fewer_overdue_days_since_the_last_reminder_still_escalate():
    fewer = Cadence(overdue_days=(2,))
    assert stage_due(date(2027, 3, 31), "open", 5, fewer, date(2027, 4, 14)) is None
    assert stage_due(date(2027, 3, 31), "open", 5, fewer, date(2027, 4, 21)) == 4
    assert stage_name(4, fewer) == ESCALATED


@pytest.mark.parametrize("status", ["blocked", "done", "cancelled"])
def test_only_open_tasks_have_stages(status):
    assert stage_due(date(2027, 3, 31), status, 0, DEFAULT, date(2027, 4, 2)) is None


def test_stage_names_and_the_escalation_after_the_overdue_reminders():
    names = [stage_name(stage, DEFAULT) for stage in range(1, 7)]
    assert names == [BEFORE, DUE, OVERDUE, OVERDUE, OVERDUE, ESCALATED]
    assert Cadence(overdue_days=(3,)).escalation_stage == 4


def test_the_meeting_reminder_is_five_working_days_before_the_meeting():
    assert meeting_reminder_day(date(2027, 9, 24), DEFAULT) == date(2027, 9, 17)
    # Friday 2 April 2027, after Easter: five working days back is Wednesday 24 March.
    assert meeting_reminder_day(date(2027, 4, 2), DEFAULT) == date(2027, 3, 23)


@pytest.mark.parametrize(("local", "working"), [
    (datetime(2027, 3, 30, 8, 59), False),
    (datetime(2027, 3, 30, 9, 0), True),
    (datetime(2027, 3, 30, 15, 59), True),
    (datetime(2027, 3, 30, 16, 0), False),
    (datetime(2027, 3, 29, 10, 0), False),  # 2. påskedag
    (datetime(2027, 3, 27, 10, 0), False),  # a Saturday
    (datetime(2027, 11, 1, 9, 0), True),  # the Monday after winter time began
])
def test_working_time_is_read_in_the_group_zone(local, working):
    now = local.replace(tzinfo=CPH).astimezone(UTC)
    assert is_working_time(now, CPH, DEFAULT) is working


def test_working_hours_follow_the_settings():
    cadence = Cadence(work_start=time(7, 30), work_end=time(9, 0))
    now = datetime(2027, 3, 30, 7, 30, tzinfo=CPH).astimezone(UTC)
    assert is_working_time(now, CPH, cadence)


def test_a_digest_expires_at_the_end_of_the_working_day_in_utc():
    assert work_end_at(date(2027, 3, 30), CPH, DEFAULT) == datetime(2027, 3, 30, 14, 0,
                                                                    tzinfo=UTC)
    assert work_end_at(date(2027, 3, 26), CPH, DEFAULT) == datetime(2027, 3, 26, 15, 0,
                                                                    tzinfo=UTC)


def test_away_includes_the_last_day():
    assert is_away(date(2027, 3, 30), date(2027, 3, 30))
    assert not is_away(date(2027, 3, 29), date(2027, 3, 30))
    assert not is_away(None, date(2027, 3, 30))


def test_a_person_is_their_entra_id_else_their_member_row():
    assert person_key("aad-rie", 3) == "aad-rie"
    assert person_key(None, 12) == "member-12"
    assert digest_key("aad-rie", date(2027, 3, 30)) == "task-reminders:aad-rie:2027-03-30"


def test_working_days_after_skip_weekends_and_holidays():
    assert working_days_after(date(2027, 3, 24), 1) == date(2027, 3, 30)
    assert working_days_after(date(2027, 3, 24), 0) == date(2027, 3, 24)
