"""The approval notice is sent in working hours, never in the night or at a weekend."""

import pytest

from meetings.minutes.cycle import in_working_hours
from tests.fakes import local


@pytest.mark.parametrize("approved, told", [
    (local(2027, 6, 23, 0, 0), local(2027, 6, 23, 9, 0)),     # a Wednesday's first minute
    (local(2027, 6, 23, 11, 30), local(2027, 6, 23, 11, 30)),  # in working hours: at once
    (local(2027, 6, 23, 17, 0), local(2027, 6, 24, 9, 0)),    # after work: next morning
    (local(2027, 6, 26, 0, 0), local(2027, 6, 28, 9, 0)),     # Saturday: Monday
    (local(2027, 12, 24, 0, 0), local(2027, 12, 27, 9, 0)),   # Christmas Eve is closed
])
def test_the_notice_waits_for_working_hours(approved, told):
    assert in_working_hours(approved, "Europe/Copenhagen") == told
