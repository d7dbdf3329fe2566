"""A tick with nothing due costs the same few statements whatever the size of the data: due
work is found by an index, never by reading every group, meeting, task or minutes."""

from datetime import UTC, date, datetime

from sqlalchemy import event

from meetings.agenda.cycle import advance_agenda_cycles
from meetings.minutes.cycle import settle_minutes
from meetings.tasks.chase_run import chase_tasks
from storage.unit_of_work import unit_of_work_factory
from tests.integration.outbox.due_data import seed_groups

# A Tuesday in working hours: the chase would run for every group if it read them all.
NOW = datetime(2027, 6, 1, 10, 0, tzinfo=UTC)
FIRST_MEETING = datetime(2027, 12, 10, 9, 0, tzinfo=UTC)  # its call is in November
TASKS_DUE = date(2027, 10, 15)  # the first reminder two working days before


async def statements_of_idle_ticks(engine) -> dict[str, int]:
    counts: dict[str, int] = {}

    def count(*_) -> None:
        counts[name] += 1

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        for name, use_case in (("agenda", advance_agenda_cycles), ("chase", chase_tasks),
                               ("minutes", settle_minutes)):
            counts[name] = 0
            async with unit_of_work_factory(engine)() as uow:
                assert await use_case(uow, NOW) == []
                await uow.commit()
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    return counts


async def test_an_idle_tick_issues_as_many_statements_for_forty_groups_as_for_four(engine):
    await seed_groups(engine, 4, NOW, first_meeting=FIRST_MEETING, task_due_on=TASKS_DUE)
    small = await statements_of_idle_ticks(engine)
    await seed_groups(engine, 36, NOW, first_meeting=FIRST_MEETING, task_due_on=TASKS_DUE)
    large = await statements_of_idle_ticks(engine)
    assert large == small
    assert small == {"agenda": 1, "chase": 1, "minutes": 1}  # one SELECT by an index each
