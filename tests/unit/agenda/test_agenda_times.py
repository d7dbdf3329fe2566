"""When the agenda cycle's steps are due: local 09.00 on working days, across summer time,
weekends and Easter."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from meetings.agenda.entities import GroupSettings
from meetings.agenda.times import cycle_times
from meetings.common.working_days import is_working_day, working_days_before
from meetings.groups.settings import DEFAULTS
from meetings.planning.entities import Meeting
from tests.fakes import CPH, local


def times_for(start: datetime, **changes):
    settings = GroupSettings(group_id=1, standing_items=[], **{**DEFAULTS, **changes})
    return cycle_times(Meeting(starts_at=start, ends_at=start + timedelta(hours=3)), settings,
                       CPH)


def test_an_ordinary_friday_meeting_has_its_cycle_on_the_days_the_settings_say():
    times = times_for(local(2027, 9, 24, 10, 0))
    assert times.call_at == local(2027, 9, 3, 9, 0)  # 21 days before, a Friday
    assert times.deadline_at == local(2027, 9, 14, 12, 0)  # 10 days before, at noon
    assert times.nudge_at == local(2027, 9, 10, 9, 0)  # two working days before Tuesday
    assert times.publish_at == local(2027, 9, 17, 9, 0)
    assert times.remind_at == local(2027, 9, 23, 9, 0)


def test_a_call_that_would_fall_on_easter_monday_goes_out_before_easter():
    times = times_for(local(2027, 4, 19, 10, 0))
    # 29 March 2027 is Easter Monday; Good Friday and Maundy Thursday are holidays too.
    assert times.call_at == local(2027, 3, 24, 9, 0)
    assert times.call_at.hour == 8  # still winter time: 09.00 CET


def test_a_meeting_right_after_the_change_to_summer_time_keeps_nine_oclock_in_winter_time():
    times = times_for(local(2028, 3, 27, 10, 0))  # the Monday after the change
    assert times.call_at == datetime(2028, 3, 6, 8, 0, tzinfo=UTC)  # 09.00 CET
    assert times.remind_at == datetime(2028, 3, 24, 8, 0, tzinfo=UTC)  # Friday, still CET
    assert times.starts_at == datetime(2028, 3, 27, 8, 0, tzinfo=UTC)  # 10.00 CEST


def test_a_deadline_on_a_saturday_moves_to_the_friday_before():
    times = times_for(local(2028, 4, 18, 10, 0))  # 10 days before is Saturday 8 April
    assert times.deadline_at == local(2028, 4, 7, 12, 0)
    assert times.nudge_at == local(2028, 4, 5, 9, 0)


def test_publication_over_easter_moves_forward_rather_than_before_the_deadline():
    times = times_for(local(2027, 4, 5, 10, 0))
    # 7 days before is Easter Monday; the working day before it (24 March) is the deadline
    # day itself, so the agenda goes out on the Tuesday after Easter.
    assert times.deadline_at == local(2027, 3, 24, 12, 0)
    assert times.publish_at == local(2027, 3, 30, 9, 0)
    assert times.publish_at > times.deadline_at


def test_the_deadline_keeps_the_time_of_day_the_group_chose():
    assert times_for(local(2027, 9, 24, 10, 0), deadline_time=time(15, 30)).deadline_at \
        == local(2027, 9, 14, 15, 30)


@pytest.mark.parametrize("day, expected", [
    (date(2027, 9, 14), date(2027, 9, 10)),  # Tuesday: Monday, then Friday
    (date(2027, 3, 30), date(2027, 3, 23)),  # the Tuesday after Easter 2027
    (date(2027, 5, 18), date(2027, 5, 13)),  # after Whit Monday (17 May)
])
def test_two_working_days_before_skips_weekends_and_holidays(day, expected):
    assert working_days_before(day, 2) == expected


def test_weekends_and_danish_holidays_are_not_working_days():
    assert is_working_day(date(2027, 9, 24))
    assert not is_working_day(date(2027, 9, 25))
    assert not is_working_day(date(2027, 5, 6))  # Kristi himmelfartsdag
    assert not is_working_day(date(2027, 12, 25))
