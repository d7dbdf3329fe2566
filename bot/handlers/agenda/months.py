"""A meeting asked for by its month or week: "hvornår er mødet i marts?", "hvor er
junimødet?", "hvornår er mødet i uge 1?". The month is the next one of that name from today
unless a year follows it, as for the theme; the week this year's or, once it has ended,
next year's (meetings.common.weeks)."""

from datetime import datetime

from babel.dates import format_date as babel_format_date

from bot.meeting_views import meeting_view
from bot.turn import Reply, Turn
from bot.views.meetings import meeting_card, meeting_list_card, skipped_text
from dialogs.year_plan_form import year_of
from meetings.common.days_in_text import month_number
from meetings.common.weeks import find_week, week_year
from meetings.planning.schedule import meetings_named, next_meeting
from meetings.reports.year_plan import cancelled_in_month, meetings_in_month

_BABEL_LOCALES = {"da": "da_DK", "en": "en_GB"}


def month_name(turn: Turn, month: int) -> str:
    locale = _BABEL_LOCALES.get(turn.language, "da_DK")
    name = babel_format_date(datetime(2000, month, 1), "LLLL", locale=locale)
    return name[:1].upper() + name[1:]


def month_and_year(argument: str) -> tuple[int | None, int | None]:
    """"marts 2027" → (3, 2027); "marts" → (3, None); no month → (None, None)."""
    words = argument.split()
    month = month_number(words[0]) if words else None
    return month, (year_of({"year": words[1]}) if month and len(words) > 1 else None)


def month_text(turn: Turn, month: int, year: int) -> str:
    """"marts 2027" within a Danish sentence, "March 2027" in English."""
    name = month_name(turn, month)
    return f"{name if turn.language == 'en' else name.lower()} {year}"


async def meeting_in_month(turn: Turn, argument: str) -> Reply | None:
    """That month's meeting; several as a list; none said so, with the next meeting's card
    beside it. None when `argument` names no month."""
    month, asked = month_and_year(argument)
    if month is None:
        return None
    year, meetings = await meetings_in_month(turn.uow, turn.group, month, asked, now=turn.now)
    when = month_text(turn, month, year)
    if len(meetings) == 1:
        return Reply(card=meeting_card(turn, meetings[0],
                                       turn._("The meeting in %(month)s", month=when),
                                       view=await meeting_view(turn, for_the_reader=False)))
    if meetings:
        return Reply(card=meeting_list_card(turn, meetings))
    cancelled = await cancelled_in_month(turn.uow, turn.group, month, year, now=turn.now)
    return await _or_the_next(turn, skipped_text(turn, cancelled.starts_at) if cancelled
                              else turn._("No meeting is planned in %(month)s.", month=when))


async def meeting_in_week(turn: Turn, argument: str) -> Reply | None:
    """That week's meeting ("uge 1", as written), several as a list; none said so, with the
    next meeting's card beside it. None when `argument` names no week."""
    week = find_week(argument, turn.now.astimezone(turn.tz).date())
    if week is None:
        return None
    if week.days is None:  # "uge 53" in a year without one
        return Reply(text=turn._("There is no week %(number)s in %(year)s.", number=week.number,
                                 year=week_year(turn.now.astimezone(turn.tz).date())))
    meetings = await meetings_named(turn.uow, turn.group, argument, turn.now)
    # The month's words read as well for a week written in the asker's own words: "i uge 1".
    if len(meetings) == 1:
        return Reply(card=meeting_card(turn, meetings[0],
                                       turn._("The meeting in %(month)s", month=week.written),
                                       view=await meeting_view(turn, for_the_reader=False)))
    if meetings:
        return Reply(card=meeting_list_card(turn, meetings))
    return await _or_the_next(
        turn, turn._("No meeting is planned in %(month)s.", month=week.written))


async def _or_the_next(turn: Turn, text: str) -> Reply:
    coming = await next_meeting(turn.uow, turn.group, turn.now)
    if coming is None:
        return Reply(text=text)
    next_one = turn._("This is the next one:")
    return Reply(text=f"{text} {next_one}", card=meeting_card(
        turn, coming, turn._("Next meeting"), view=await meeting_view(turn, for_the_reader=False)))
