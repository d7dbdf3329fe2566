"""The annual plan on both databases: a year planned in one go with themes, a bad row that plans
nothing, a plan saved twice that plans nothing twice, rows checked against the plan as it will
be after the save, and the theme of a month."""

from dataclasses import replace
from datetime import date

import pytest

from meetings.common.outbox_kind import OutboxKind
from meetings.common.refusal import DUPLICATE_MEETING, NOT_ALLOWED, Refusal
from meetings.planning.meeting_line import (
    PROBLEM_END_BEFORE_START,
    PROBLEM_INVALID_DATE,
    PROBLEM_NONEXISTENT_TIME,
    PROBLEM_PAST_DATE,
)
from meetings.planning.planning import cancel_meeting
from meetings.reports.year_plan import (
    YearPlanRefused,
    YearRow,
    meetings_in_month,
    plan_year,
    suggested_days,
    year_plan,
)
from tests.support.agenda_world import local

PLACE = "Hækkerupsvej 1, 4100 Ringsted"
YEAR_2028 = [
    YearRow("2028-02-11", "10:00", "13:00", PLACE, False, "Psykiatrien"),
    YearRow("2028-05-12", "10:00", "13:00", "", True, "Plejefamilier"),
    YearRow("2028-08-11", "09:30", "12:30", PLACE, False, "Socialtilsynet"),
    YearRow("2028-11-10", "10:00", "13:00", PLACE, True, ""),
]


def planning(rows, **options):
    async def plan(uow, group, actor, now):
        return (await plan_year(uow, group, actor, rows, now, **options)).planned
    return plan


async def the_year(world, year: int):
    async with world.uow() as uow:
        return await year_plan(uow, await uow.groups.get(world.group_id), year)


async def test_the_secretary_plans_four_meetings_with_their_themes_and_their_reminders(world):
    planned = await world.act("rie", planning(YEAR_2028))

    assert [m.starts_at for m in planned] == [
        local(2028, 2, 11, 10, 0), local(2028, 5, 12, 10, 0), local(2028, 8, 11, 9, 30),
        local(2028, 11, 10, 10, 0)]
    assert [m.ends_at for m in planned][2] == local(2028, 8, 11, 12, 30)
    assert [m.theme for m in planned] == ["Psykiatrien", "Plejefamilier", "Socialtilsynet", None]
    assert [(m.place, m.online) for m in planned][:2] == [(PLACE, False), (None, True)]
    assert [m.id for m in await the_year(world, 2028)] == [m.id for m in planned]
    reminders = await world.outbox(OutboxKind.MEETING_REMINDER)
    assert sorted(r.meeting_id for r in reminders) == sorted(m.id for m in planned)


async def test_blank_rows_are_left_out_and_the_chair_may_plan_too(world):
    planned = await world.act("lisbet", planning([YearRow(start="10:00", end="13:00"),
                                                  YEAR_2028[0], YearRow()]))
    assert [m.theme for m in planned] == ["Psykiatrien"]


async def test_one_bad_row_plans_nothing_and_every_bad_row_is_named(world):
    rows = [
        YEAR_2028[0],
        YearRow("2027-05-14", "10:00", "13:00", theme="Fortid"),  # before the world's 1 June
        YearRow("2028-05-12", "13:00", "10:00"),
        YearRow("2028-03-26", "02:30", "04:00"),  # the clocks skip 02-03 that night
        YearRow("2028-02-30", "10:00", "13:00"),
    ]
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", planning(rows))

    problems = {index: problem.code for index, problem in refused.value.problems.items()}
    assert problems == {1: PROBLEM_PAST_DATE, 2: PROBLEM_END_BEFORE_START,
                        3: PROBLEM_NONEXISTENT_TIME, 4: PROBLEM_INVALID_DATE}
    assert await the_year(world, 2028) == []
    assert await world.outbox(OutboxKind.MEETING_REMINDER) == []


async def test_saving_the_plan_again_skips_the_meetings_already_planned(world):
    first = await world.act("rie", planning(YEAR_2028))
    again = await world.act("rie", planning([*YEAR_2028, YearRow("2028-12-08", "10:00", "13:00",
                                                                 theme="Julemøde")]))

    assert [m.theme for m in again] == ["Julemøde"]
    assert len(await the_year(world, 2028)) == len(first) + 1
    twice_on_the_card = await world.act("rie", planning([YEAR_2028[0], YEAR_2028[0]]))
    assert twice_on_the_card == []
    assert len(await the_year(world, 2028)) == 5


async def test_another_meeting_at_the_same_time_is_a_problem_not_a_second_meeting(world):
    await world.act("rie", planning(YEAR_2028[:1]))
    changed = YearRow("2028-02-11", "10:00", "13:00", PLACE, False, "Et andet tema")
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", planning([YEAR_2028[1], changed]))
    assert {i: p.code for i, p in refused.value.problems.items()} == {1: DUPLICATE_MEETING}
    assert [m.theme for m in await the_year(world, 2028)] == ["Psykiatrien"]


async def test_two_rows_overlapping_each_other_are_a_problem_under_the_second(world):
    first = YearRow("2028-03-10", "10:00", "13:00", PLACE, False, "Psykiatrien")
    second = YearRow("2028-03-10", "12:00", "14:00", PLACE, False, "Plejefamilier")
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", planning([first, second]))
    assert {i: (p.code, dict(p.details)) for i, p in refused.value.problems.items()} == {
        1: (DUPLICATE_MEETING, {"row": "1"})}
    assert await the_year(world, 2028) == []


def moving(rows):
    async def plan(uow, group, actor, now):
        return await plan_year(uow, group, actor, rows, now)
    return plan


async def test_a_row_takes_the_time_another_row_moves_its_meeting_away_from(world):
    [february, may] = await world.act("rie", planning(YEAR_2028[:2]))
    new = YearRow("2028-02-11", "10:00", "13:00", PLACE, False, "Skolefravær")
    away = replace(YEAR_2028[0], date="2028-03-10", meeting_id=february.id)
    into = replace(YEAR_2028[1], date="2028-02-11", start="11:00", end="12:00",
                   meeting_id=may.id)
    done = await world.act("rie", moving([new, away]))  # the new row first, as typed
    assert ([m.theme for m in done.planned], [m.id for m in done.moved]) == (
        ["Skolefravær"], [february.id])

    await world.act("rie", moving([replace(new, date="2028-04-07", meeting_id=done.planned[0].id),
                                   into]))  # another meeting moved into the time left
    assert [(m.id, m.starts_at) for m in await the_year(world, 2028)] == [
        (may.id, local(2028, 2, 11, 11, 0)), (february.id, local(2028, 3, 10, 10, 0)),
        (done.planned[0].id, local(2028, 4, 7, 10, 0))]


async def test_two_rows_swap_their_meetings_times(world):
    [february, may] = await world.act("rie", planning(YEAR_2028[:2]))
    swapped = [replace(YEAR_2028[0], date="2028-05-12", meeting_id=february.id),
               replace(YEAR_2028[1], date="2028-02-11", meeting_id=may.id)]
    done = await world.act("rie", moving(swapped))
    assert sorted(m.id for m in done.moved) == sorted([february.id, may.id])
    assert [(m.id, m.theme) for m in await the_year(world, 2028)] == [
        (may.id, "Plejefamilier"), (february.id, "Psykiatrien")]


async def test_rows_that_overlap_after_the_save_are_refused_and_nothing_moves(world):
    [february, may] = await world.act("rie", planning(YEAR_2028[:2]))
    rows = [replace(YEAR_2028[0], date="2028-03-10", meeting_id=february.id),
            replace(YEAR_2028[1], date="2028-03-10", start="12:00", end="14:00",
                    meeting_id=may.id),
            YearRow("2028-05-12", "09:00", "10:30", theme="Skolefravær")]  # may's old time: free
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", moving(rows))
    assert {i: (p.code, dict(p.details)) for i, p in refused.value.problems.items()} == {
        1: (DUPLICATE_MEETING, {"row": "1"})}
    assert [(m.id, m.starts_at) for m in await the_year(world, 2028)] == [
        (february.id, local(2028, 2, 11, 10, 0)), (may.id, local(2028, 5, 12, 10, 0))]


async def test_a_meetings_row_typed_as_a_new_row_above_it_is_a_problem_not_dropped(world):
    # Dropped as "twice on the form", its meeting would stay where the third row plans.
    [february] = await world.act("rie", planning(YEAR_2028[:1]))
    new = YearRow("2028-03-10", "10:00", "13:00", PLACE, False, "Psykiatrien")
    rows = [new, replace(new, meeting_id=february.id),
            YearRow("2028-02-11", "10:00", "13:00", theme="Skolefravær")]
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", moving(rows))
    assert {i: (p.code, dict(p.details)) for i, p in refused.value.problems.items()} == {
        1: (DUPLICATE_MEETING, {"row": "1"})}
    assert [(m.id, m.theme) for m in await the_year(world, 2028)] == [
        (february.id, "Psykiatrien")]


async def test_a_row_onto_a_meeting_whose_row_keeps_it_is_still_refused(world):
    [february, may] = await world.act("rie", planning(YEAR_2028[:2]))
    rows = [replace(YEAR_2028[0], meeting_id=february.id),  # left as it is
            replace(YEAR_2028[1], date="2028-02-11", start="12:00", end="14:00",
                    meeting_id=may.id)]
    with pytest.raises(YearPlanRefused) as refused:
        await world.act("rie", moving(rows))
    assert {i: p.code for i, p in refused.value.problems.items()} == {1: DUPLICATE_MEETING}
    assert [m.id for m in await the_year(world, 2028)] == [february.id, may.id]


async def test_a_member_is_refused_and_nothing_is_planned(world, caplog):
    with pytest.raises(Refusal) as refused:
        await world.act("daniel", planning(YEAR_2028))
    assert refused.value.code == NOT_ALLOWED
    assert await the_year(world, 2028) == []
    assert any(r.getMessage() == "refused: not chair or secretary"
               and r.action == "plan_year" for r in caplog.records)


async def test_the_theme_of_a_month_is_that_of_its_next_meeting(world):
    await world.act("rie", planning([
        YearRow("2027-09-10", "10:00", "13:00", PLACE, False, "Skolefravær"), *YEAR_2028]))

    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        now = world.clock.now()  # 1 June 2027
        september = await meetings_in_month(uow, group, 9, now=now)
        february = await meetings_in_month(uow, group, 2, now=now)
        november = await meetings_in_month(uow, group, 11, 2028, now=now)
        march = await meetings_in_month(uow, group, 3, now=now)
        june = await meetings_in_month(uow, group, 6, now=now)

    assert (september[0], [m.theme for m in september[1]]) == (2027, ["Skolefravær"])
    assert (february[0], [m.theme for m in february[1]]) == (2028, ["Psykiatrien"])
    assert (november[0], [m.theme for m in november[1]]) == (2028, [None])
    assert march == (2028, [])
    assert june == (2027, [])


async def test_a_cancelled_meeting_is_not_in_the_year(world):
    [meeting, *_] = await world.act("rie", planning(YEAR_2028))
    await world.act("rie", lambda uow, g, a, now: cancel_meeting(uow, g, a, meeting.id, now))
    assert meeting.id not in [m.id for m in await the_year(world, 2028)]
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        assert await meetings_in_month(uow, group, 2, 2028, now=world.clock.now()) == (2028, [])


def test_suggested_days_are_working_fridays_a_quarter_apart_where_no_meeting_is():
    days = suggested_days(2027, [], date(2026, 11, 25))
    assert days == [date(2027, 2, 12), date(2027, 5, 14), date(2027, 8, 13), date(2027, 11, 12)]
    assert all(day.weekday() == 4 for day in days)
    taken = [date(2027, 4, 2), date(2027, 12, 3)]  # the second and the fourth quarter
    assert suggested_days(2027, taken, date(2026, 11, 25)) == [date(2027, 2, 12),
                                                               date(2027, 8, 13)]
    assert suggested_days(2027, [], date(2027, 6, 1)) == [date(2027, 8, 13), date(2027, 11, 12)]
