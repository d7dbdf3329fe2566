"""The year plan's form: a row per meeting, all planned or none. A bad row brings the whole
form back as typed, with each bad row's problem beside it."""

from typing import Any

from dialogs.context import Context
from dialogs.forms import Invalid, Problem
from meetings.common.refusal import Refusal
from meetings.reports.year_plan import (
    BAD_YEAR_PLAN,
    EMPTY_YEAR_PLAN,
    MAX_ROWS,
    MAX_TEXT,
    YearPlanned,
    YearPlanRefused,
    YearRow,
    plan_year,
)

DEFAULT_ROWS = 4
FIRST_YEAR, LAST_YEAR = 2000, 2100  # a year typed or in a card's data; others are ignored


def year_of(data: dict[str, Any]) -> int | None:
    try:
        year = int(data.get("year"))
    except (TypeError, ValueError):
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def typed_rows(data: dict[str, Any]) -> list[YearRow]:
    """The rows as typed; the card says how many it has, within what a card may hold."""
    try:
        count = min(max(int(data.get("rows") or DEFAULT_ROWS), 0), MAX_ROWS)
    except (TypeError, ValueError):
        count = DEFAULT_ROWS
    return [YearRow(date=_text(data, f"date_{i}"), start=_text(data, f"start_{i}"),
                    end=_text(data, f"end_{i}"), place=_text(data, f"place_{i}"),
                    online=str(data.get(f"online_{i}")).lower() == "true",
                    theme=_text(data, f"theme_{i}"), meeting_id=_id(data.get(f"meeting_{i}")))
            for i in range(count)]


def rows_data(rows: list[YearRow]) -> dict[str, Any]:
    """What the save button carries besides the inputs: the row count and the id of the
    meeting each row shows, so that a changed row moves its meeting."""
    return {"rows": len(rows), **{f"meeting_{i}": row.meeting_id for i, row in enumerate(rows)
                                  if row.meeting_id is not None}}


def _id(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value)
    return None


def _text(data: dict[str, Any], name: str) -> str:
    # Kept one character over the limit, so the check sees it was too long.
    return " ".join(str(data.get(name) or "").split())[:MAX_TEXT + 1]


async def save(context: Context, rows: list[YearRow]) -> YearPlanned | Invalid[list[YearRow]]:
    """The meetings planned and moved; bad rows, or no row filled in, bring the form back."""
    try:
        return await plan_year(context.uow, context.group, context.member, rows, context.now,
                               language=context.language)
    except YearPlanRefused as refused:
        return Invalid(rows, Problem(BAD_YEAR_PLAN), {
            index: Problem(problem.code, dict(problem.details))
            for index, problem in refused.problems.items()})
    except Refusal as refused:
        if refused.code != EMPTY_YEAR_PLAN:
            raise
        return Invalid(rows, Problem(EMPTY_YEAR_PLAN))
