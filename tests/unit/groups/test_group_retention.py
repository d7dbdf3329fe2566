"""How long a group the bot was removed from is kept: its retention period in months."""

from datetime import UTC, datetime

from meetings.groups.membership.leaving import months_after


def test_months_after_keeps_the_day_or_takes_the_months_last():
    moment = datetime(2027, 1, 31, 9, 0, tzinfo=UTC)
    assert months_after(moment, 1) == datetime(2027, 2, 28, 9, 0, tzinfo=UTC)
    assert months_after(moment, 12) == datetime(2028, 1, 31, 9, 0, tzinfo=UTC)
    assert months_after(datetime(2026, 11, 25, 9, 0, tzinfo=UTC), 14) == datetime(
        2028, 1, 25, 9, 0, tzinfo=UTC)
