"""Minutes of a meeting the group planned in the bot (SQLite and PostgreSQL): the planned
meeting gets them, and the time they give, when it began earlier or later than planned; a
day with other meetings the minutes cannot be told to be of is refused, never given a second
meeting; a cancelled meeting is not one of them."""

from datetime import UTC, datetime

from meetings.minutes.importing.found import MEETINGS_THAT_DAY
from meetings.minutes.importing.importer import IMPORTED, NOT_IMPORTED
from meetings.minutes.importing.report import report_lines
from meetings.planning.entities import Meeting
from meetings.planning.planning import cancel_meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.integration.importing.import_steps import SEPTEMBER, counts, imported, rows
from tests.support.agenda_world import CPH, local

AT_9_30 = SEPTEMBER.replace("den 29/9 2023 kl. 10.00-13.00", "den 29/9 2023 kl. 9.30-13.00")


async def planned_on_29_september(world, hour: int, minute: int = 0) -> Meeting:
    world.clock.set(datetime(2023, 9, 1, 8, tzinfo=UTC))
    meeting = await world.plan(local(2023, 9, 29, hour, minute))
    world.clock.set(datetime(2023, 10, 2, 8, tzinfo=UTC))
    return meeting


async def test_the_planned_meeting_gets_the_minutes_and_the_time_they_give(world):
    planned = await planned_on_29_september(world, 10)
    report = await imported(world, AT_9_30)
    assert report.status == IMPORTED and report.meeting_id == planned.id
    assert report.planned_at == local(2023, 9, 29, 10)
    [meeting] = await rows(world, Meeting)
    assert (meeting.status, meeting.starts_at, meeting.ends_at) == (
        MeetingStatus.HELD, local(2023, 9, 29, 9, 30), local(2023, 9, 29, 13))
    assert meeting.sequence == planned.sequence + 1
    assert "  The meeting that day was planned at 10:00; moved to the minutes' time." in \
        report_lines("referat.txt", report, CPH)


async def test_a_cancelled_meeting_that_day_is_not_the_one_the_minutes_are_of(world):
    planned = await planned_on_29_september(world, 10)
    world.clock.set(datetime(2023, 9, 15, 8, tzinfo=UTC))  # cancelled before its day
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, planned.id, now))
    world.clock.set(datetime(2023, 10, 2, 8, tzinfo=UTC))
    report = await imported(world, AT_9_30)
    assert report.status == IMPORTED and report.planned_at is None
    assert [m.status for m in await rows(world, Meeting)] == [MeetingStatus.CANCELLED,
                                                             MeetingStatus.HELD]


async def test_minutes_of_a_day_whose_meeting_has_minutes_already_are_refused(world):
    assert (await imported(world, SEPTEMBER)).status == IMPORTED
    before = await counts(world)
    report = await imported(world, AT_9_30)
    assert report.status == NOT_IMPORTED
    assert [(p.code, p.text) for p in report.problems if p.code == MEETINGS_THAT_DAY] == [
        (MEETINGS_THAT_DAY, "10:00")]
    assert await counts(world) == before


async def test_minutes_of_a_day_with_two_planned_meetings_are_refused(world):
    await planned_on_29_september(world, 10)
    await planned_on_29_september(world, 14)
    report = await imported(world, AT_9_30)
    assert report.status == NOT_IMPORTED
    assert [p.text for p in report.problems if p.code == MEETINGS_THAT_DAY] == [
        "10:00, 14:00"]
    assert [m.status for m in await rows(world, Meeting)] == [MeetingStatus.PLANNED] * 2
