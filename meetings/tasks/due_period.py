"""A task's due day written as a week or a month right after its due word: "frist næste uge"
and "by next week" are due on next week's Friday, as "frist uge 49" is on that week's;
"senest i august" and "by the end of August" on August's last working day; a month alone,
"inden august" or "by August", on the last working day before it begins."""

from __future__ import annotations

import re
from datetime import date, timedelta

from meetings.common.days_in_text import month_number
from meetings.common.working_days import working_day_on_or_before

_FRIDAY = 4
_THIS_OR_NEXT_WEEK = re.compile(
    r"(?:(?:i|in)\s+)?(?:(?:the\s+)?end\s+of\s+|udgangen\s+af\s+)?"
    r"(?:(?P<next>næste|next)|denne|this)\s+(?:uge|week)(?!\w)", re.IGNORECASE)
# "i august", "i løbet af august", "in August", "(by) the end of August", "(inden) udgangen af
# august", "ultimo august": within the month; a month alone is the month it must be done before.
# A month with its day after it ("March 3", "June 15th") is a day, for the date reader; a month
# inside a word ("august-mødet") is no due day at all.
_MONTH = re.compile(
    r"(?P<within>(?:i\s+løbet\s+af|i|in|during|(?:the\s+)?end\s+of|(?:ved\s+)?udgangen\s+af"
    r"|slutningen\s+af|ultimo)\s+)?(?P<month>[^\W\d_]+)\.?(?:\s+(?P<year>\d{4}))?(?![\w-])"
    r"(?!\s+\d{1,2}(?:st|nd|rd|th)?(?!\w))",
    re.IGNORECASE)
# "før jul" is before Christmas, not July.
_NO_MONTH = frozenset({"jul"})


def period_due_at(text: str, today: date) -> tuple[int, date] | None:
    """How long the week or month written at the very start of text is, and its due day."""
    if (week := _THIS_OR_NEXT_WEEK.match(text)) is not None:
        monday = today - timedelta(days=today.weekday())
        return week.end(), monday + timedelta(days=_FRIDAY + (7 if week["next"] else 0))
    found = _MONTH.match(text)
    if found is None or found["month"].casefold() in _NO_MONTH:
        return None
    month = month_number(found["month"])
    if month is None:
        return None
    year = int(found["year"]) if found["year"] else None
    for candidate in [year] if year else (today.year, today.year + 1):
        day = _month_due(candidate, month, within=bool(found["within"]))
        if year or day >= today:
            return found.end(), day
    return None


def _month_due(year: int, month: int, *, within: bool) -> date:
    first = date(year, month, 1)
    if within:
        first = date(year + month // 12, month % 12 + 1, 1)
    return working_day_on_or_before(first - timedelta(days=1))
