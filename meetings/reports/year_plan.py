"""The annual plan ("årshjul"): the chair or the secretary plans the year's meetings in one go,
each with its theme, and anyone asks what the theme is in a month.

All rows are checked before any meeting is made, so a typo in the third row never leaves the
first two planned and the form half-saved. A row that is already a meeting is skipped, so the
same plan saved twice plans nothing twice. A row the form showed a planned meeting on carries
that meeting's id: changed, it moves the meeting (and gives it the theme), never plans another.
Rows are checked against the plan as it will be after the save: each other's new times and the
meetings no row moves, so a row may take the time another row moves its meeting away from.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings.common.access import is_manager, planned_meeting_of_group, require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import DUPLICATE_MEETING, MEETING_BEGUN, Refusal
from meetings.common.working_days import is_working_day
from meetings.groups.entities import Group, Member
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import LineProblem, MeetingDraft, parse_date_and_times
from meetings.planning.planning import (
    meeting_to_change,
    meetings_at_the_time,
    move_meeting,
    overlap_refusal,
    plan_meeting,
)

MAX_TEXT = 300  # the place and theme columns
MAX_ROWS = 12  # a meeting a month is the most these groups meet
BAD_YEAR_PLAN = "bad_year_plan"
EMPTY_YEAR_PLAN = "empty_year_plan"
PROBLEM_TOO_LONG = "too_long"  # details: count; worded as any form's field too long
# The middle month of each quarter: a meeting a quarter, away from New Year and the summer.
QUARTER_MONTHS = (2, 5, 8, 11)
SUGGESTED_DAY_OF_MONTH = 10
DEFAULT_START, DEFAULT_END = time(10, 0), time(13, 0)


@dataclass(frozen=True)
class YearRow:
    """One row of the plan as typed: card inputs "YYYY-MM-DD", "HH:MM", text."""

    date: str = ""
    start: str = ""
    end: str = ""
    place: str = ""
    online: bool = False
    theme: str = ""
    meeting_id: int | None = None  # the planned meeting the row shows; client input

    @property
    def blank(self) -> bool:
        # The times come prefilled; a row means a meeting once it has a date, place or theme.
        return not (self.date.strip() or self.place.strip() or self.theme.strip())


class YearPlanRefused(Refusal):
    """Rows that cannot be planned, by their index in the form; nothing was written."""

    def __init__(self, problems: Mapping[int, LineProblem]) -> None:
        super().__init__(BAD_YEAR_PLAN)
        self.problems = dict(problems)


@dataclass(frozen=True)
class YearPlanned:
    planned: list[Meeting]  # new, in the order of the rows
    moved: list[Meeting]  # planned before, changed on their rows


async def plan_year(uow: UnitOfWork, group: Group, actor: Member, rows: Sequence[YearRow],
                    now: datetime, *, language: str = "da") -> YearPlanned:
    """The meetings planned and moved; rows already planned as they are are left out."""
    require_manager(actor, group, "plan_year")
    await uow.groups.lock(group.id)  # the check sees the meetings the saves will see
    steps = await _checked(uow, group, rows, now, language)
    # Checked as a whole, the rows are saved one by one: a meeting that another row moves
    # away, or has moved already, is no obstacle in between (two rows may swap times).
    moving = {meeting_id for meeting_id, _ in steps if meeting_id is not None}
    done = YearPlanned([], [])
    for meeting_id, draft in steps:
        if meeting_id is not None:
            done.moved.append(await move_meeting(uow, group, actor, meeting_id, draft, now,
                                                 moving=moving))
        elif draft is not None:
            done.planned.append(await plan_meeting(uow, group, actor, draft, now,
                                                   moving=moving))
    return done


async def _checked(uow: UnitOfWork, group: Group, rows: Sequence[YearRow], now: datetime,
                   language: str) -> list[tuple[int | None, MeetingDraft | None]]:
    """Per row the meeting to move (or None) and its draft, None to skip; every problem at
    once if there are any. Rows are checked against the group's meetings that no row moves and
    against each other: a second row overlapping one above it has the problem, naming that
    row."""
    tz = ZoneInfo(group.time_zone)
    problems: dict[int, LineProblem] = {}
    drafts: dict[int, tuple[Meeting | None, MeetingDraft]] = {}
    for index, row in enumerate(rows[:MAX_ROWS]):
        if row.blank:
            continue
        draft = _draft(row, now, tz, language)
        if isinstance(draft, LineProblem):
            problems[index] = draft
            continue
        shown = (await planned_meeting_of_group(uow, group, row.meeting_id)
                 if row.meeting_id is not None else None)
        drafts[index] = shown, draft
    moved = {shown.id for shown, draft in drafts.values()
             if shown is not None and _draft_of(shown) != draft}
    for index, (shown, _) in list(drafts.items()):
        if shown is not None and shown.id in moved:  # begun or with minutes: it keeps its row
            try:
                await meeting_to_change(uow, group, shown.id, now, "move")
            except Refusal as refused:
                if refused.code != MEETING_BEGUN:
                    raise
                problems[index] = LineProblem(MEETING_BEGUN, dict(refused.details))
                del drafts[index]
    steps: list[tuple[int | None, MeetingDraft | None]] = []
    seen: set[MeetingDraft] = set()
    kept: dict[int, MeetingDraft] = {}  # the rows to plan or move, by index
    for index, (shown, draft) in drafts.items():
        step = await _step(uow, group, shown, draft, seen, moved)
        seen.add(draft)
        above = _row_at_the_time(kept, step)
        if isinstance(step, LineProblem):
            problems[index] = step
        elif above is not None:
            problems[index] = LineProblem(DUPLICATE_MEETING, {"row": str(above + 1)})
        else:
            steps.append(step)
            if step[1] is not None:
                kept[index] = step[1]
    if problems:
        raise YearPlanRefused(problems)
    if not steps:
        raise Refusal(EMPTY_YEAR_PLAN)
    return steps


async def _step(uow: UnitOfWork, group: Group, shown: Meeting | None, draft: MeetingDraft,
                seen: set[MeetingDraft], moved: set[int]
                ) -> tuple[int | None, MeetingDraft | None] | LineProblem:
    """The row's meeting to move (or None) and its draft, None to skip; or why it cannot be.
    `shown` is the meeting the row shows; the meetings `moved` by rows are not where they were."""
    if shown is not None and _draft_of(shown) == draft:
        return None, None  # the row as the form showed it
    at_the_time = await meetings_at_the_time(uow, group, draft, besides=moved)  # shown among them
    if shown is None and (draft in seen or any(_draft_of(m) == draft for m in at_the_time)):
        return None, None  # saved before, or twice on the form: not made again
    if at_the_time:
        return LineProblem(DUPLICATE_MEETING, dict(overlap_refusal(at_the_time[0]).details))
    return (shown.id if shown is not None else None), draft


def _row_at_the_time(kept: Mapping[int, MeetingDraft],
                     step: tuple[int | None, MeetingDraft | None] | LineProblem) -> int | None:
    """The first row above, to be planned or moved, that overlaps the step's draft."""
    if isinstance(step, LineProblem) or step[1] is None:
        return None
    draft = step[1]
    return next((index for index, other in kept.items()
                 if draft.starts_at < other.ends_at and other.starts_at < draft.ends_at), None)


def _draft(row: YearRow, now: datetime, tz: ZoneInfo, language: str) -> MeetingDraft | LineProblem:
    if len(row.place) > MAX_TEXT or len(row.theme) > MAX_TEXT:
        return LineProblem(PROBLEM_TOO_LONG, {"count": str(MAX_TEXT)})
    times = parse_date_and_times(row.date, row.start, row.end, now=now, tz=tz,
                                 language=language)
    if isinstance(times, LineProblem):
        return times
    return MeetingDraft(starts_at=times[0], ends_at=times[1], place=row.place.strip() or None,
                        online=bool(row.online), theme=row.theme.strip() or None)


def _draft_of(meeting: Meeting) -> MeetingDraft:
    return MeetingDraft(starts_at=meeting.starts_at, ends_at=meeting.ends_at, place=meeting.place,
                        online=meeting.online, theme=meeting.theme)


PLANNING_MONTHS = 2  # January and February: the report on last year is written, and the
# year begun, with most of its quarters ahead, may still be unplanned
FIRST_QUARTER = 3  # its meeting is often set at the year's last meeting ("Næste møde: …")


async def year_to_plan(uow: UnitOfWork, group: Group, now: datetime) -> int:
    """The year "planlæg året" means: the year begun while it is January or February and none
    of its meetings after the first quarter is planned, else next year."""
    zone = ZoneInfo(group.time_zone)
    today = now.astimezone(zone).date()
    if today.month <= PLANNING_MONTHS and not any(
            meeting.starts_at.astimezone(zone).month > FIRST_QUARTER
            for meeting in await year_plan(uow, group, today.year)):
        return today.year
    return today.year + 1


async def year_plan(uow: UnitOfWork, group: Group, year: int) -> list[Meeting]:
    """The group's meetings of a calendar year in its own time zone, held or planned."""
    start, end = year_bounds(year, ZoneInfo(group.time_zone))
    return list(await uow.meetings.of_period(group.id, start, end))


@dataclass(frozen=True)
class YearShown:
    meetings: list[Meeting]
    can_plan: bool  # the reader is the chair or the secretary, who plan the year


async def year_shown(uow: UnitOfWork, group: Group, reader: Member | None,
                     year: int) -> YearShown:
    """The årshjul's meetings, and whether the reader may plan the year."""
    return YearShown(await year_plan(uow, group, year),
                     reader is not None and is_manager(reader, group))


async def year_plan_for_form(uow: UnitOfWork, group: Group, actor: Member, year: int
                             ) -> list[Meeting]:
    """The year's meetings, for the plan form that is the chair's and the secretary's: anyone
    else is refused, and logged."""
    require_manager(actor, group, "plan_year")
    return await year_plan(uow, group, year)


async def meetings_in_month(uow: UnitOfWork, group: Group, month: int, year: int | None = None, *,
                   now: datetime) -> tuple[int, list[Meeting]]:
    """The year meant and the meetings of that month, each with its theme (or None).

    Without a year, the month is the next one of that name from today, this month included
    while a meeting of it is not over: in November, "september" is next September; mid-January,
    the January meeting held, "januar" is next January.
    """
    meant, start, end = _month(group, month, year, now)
    meetings = list(await uow.meetings.of_period(group.id, start, end))
    if year is None and meetings and all(meeting.ends_at <= now for meeting in meetings):
        return await meetings_in_month(uow, group, month, meant + 1, now=now)
    return meant, meetings


async def cancelled_in_month(uow: UnitOfWork, group: Group, month: int, year: int, *,
                             now: datetime) -> Meeting | None:
    """The month's first cancelled meeting that has not ended: "er mødet i januar aflyst?"."""
    _, start, end = _month(group, month, year, now)
    found = await uow.meetings.cancelled_before(group.id, max(now, start), end)
    return found if found and found.starts_at >= start else None


def _month(group: Group, month: int, year: int | None, now: datetime
           ) -> tuple[int, datetime, datetime]:
    """The year meant (see `meetings_in_month`) and where that month begins and ends."""
    tz = ZoneInfo(group.time_zone)
    if year is None:
        today = now.astimezone(tz).date()
        year = today.year if month >= today.month else today.year + 1
    start = datetime(year, month, 1, tzinfo=tz)
    return year, start, datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)


def suggested_days(year: int, taken: Sequence[date], today: date) -> list[date]:
    """A working Friday a quarter apart for each quarter that has no meeting yet, not past."""
    quarters = {(day.month - 1) // 3 for day in taken if day.year == year}
    days = []
    for quarter, month in enumerate(QUARTER_MONTHS):
        day = suggested_day(year, month)
        if quarter not in quarters and day > today:
            days.append(day)
    return days


def suggested_day(year: int, month: int) -> date:
    """The first working Friday from the 10th: the groups of the seed minutes meet on Fridays."""
    day = date(year, month, SUGGESTED_DAY_OF_MONTH)
    while day.weekday() != 4 or not is_working_day(day):
        day += timedelta(days=1)
    return day


def year_bounds(year: int, tz: ZoneInfo) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz)
