"""A file holding two meetings' minutes (SQLite and PostgreSQL): each imported to its own
meeting exactly as its own file would be, the planned meeting of its day moved to its time;
and when one of them would be refused, none is written, and the reports say which."""

from datetime import UTC, datetime

from meetings.minutes.entities import Minutes
from meetings.minutes.importing.found import MEETINGS_THAT_DAY
from meetings.minutes.importing.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    NOT_IMPORTED,
    import_key,
)
from meetings.minutes.importing.several.meeting_parts import import_parts, meetings_in
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.integration.importing.import_steps import NOVEMBER, SEPTEMBER, counts, imported, rows
from tests.support.agenda_world import local

BOTH = SEPTEMBER + "\n\n" + NOVEMBER
NOVEMBER_AT_9 = "den 24/11 2023 kl. 9.00-13.00"


async def imported_file(world, text: str):
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        reports = await import_parts(uow, group, meetings_in(text), world.clock.now())
        await uow.commit()
    return reports


async def test_each_meeting_of_the_file_is_imported_as_its_own_file_would_be(world):
    reports = await imported_file(world, BOTH)
    assert [r.status for r in reports] == [IMPORTED, IMPORTED]
    assert [(r.items, r.present, r.absent, r.guests, len(r.tasks)) for r in reports] == [
        (9, 13, 13, 4, 5), (8, 11, 16, 4, 4)]
    meetings = await rows(world, Meeting, order=Meeting.starts_at)
    assert [(m.starts_at, m.status) for m in meetings] == [
        (local(2023, 9, 29, 10), MeetingStatus.HELD), (local(2023, 11, 24, 10), MeetingStatus.HELD)]
    first, second = meetings_in(BOTH)
    assert [m.import_key for m in meetings] == [import_key(world.group_id, first.text),
                                                import_key(world.group_id, second.text)]
    assert len(await rows(world, Minutes)) == 2


async def test_the_file_imported_again_changes_nothing(world):
    await imported_file(world, BOTH)
    before = await counts(world)
    assert [r.status for r in await imported_file(world, BOTH)] == [ALREADY_IMPORTED] * 2
    assert await counts(world) == before


async def test_a_planned_meeting_of_one_of_the_days_gets_its_minutes_and_their_time(world):
    world.clock.set(datetime(2023, 11, 1, 8, tzinfo=UTC))
    planned = await world.plan(local(2023, 11, 24, 9))
    world.clock.set(datetime(2023, 12, 1, 8, tzinfo=UTC))
    reports = await imported_file(world, BOTH)
    assert [r.status for r in reports] == [IMPORTED, IMPORTED]
    assert reports[1].meeting_id == planned.id and reports[1].planned_at == local(2023, 11, 24, 9)
    [meeting] = await rows(world, Meeting, Meeting.id == planned.id)
    assert (meeting.status, meeting.starts_at) == (MeetingStatus.HELD, local(2023, 11, 24, 10))


async def test_when_one_meeting_would_be_refused_none_is_written_and_it_is_said_which(world):
    await imported(world, NOVEMBER.replace("den 24/11 2023 kl. 10.00-13.00", NOVEMBER_AT_9))
    before = await counts(world)
    reports = await imported_file(world, BOTH)
    assert [r.status for r in reports] == [NOT_IMPORTED, NOT_IMPORTED]
    assert reports[0].problems == ()
    assert [(p.code, p.text) for p in reports[1].problems] == [(MEETINGS_THAT_DAY, "09:00")]
    assert await counts(world) == before
