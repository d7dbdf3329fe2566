"""The annual plan in Teams: "planlæg året" opens a card with a row per meeting, saving it plans
them all and answers with the årshjul; "årshjul" shows the year by month, and "hvad er temaet i
september?" answers with the theme of that month's meeting."""

from collections.abc import Sequence
from typing import Any

from babel.dates import format_date as babel_format_date

from bot.handlers.agenda.meant import meeting_meant
from bot.handlers.agenda.months import month_and_year, month_name, month_text
from bot.meeting_views import meeting_view
from bot.turn import CardReply, Reply, Turn
from bot.views.examples import example_meeting_line
from bot.views.meetings import meeting_card, skipped_text
from bot.views.planning import holiday_notice
from bot.views.replies import form_problem_text, more_text
from dialogs import year_plan_form
from dialogs.forms import Invalid
from dialogs.year_plan_form import DEFAULT_ROWS, rows_data, typed_rows, year_of
from meetings.common.dates import format_clock_span, format_date
from meetings.common.i18n import N_
from meetings.planning.entities import Meeting
from meetings.planning.schedule import planned_next_meeting
from meetings.reports.year_plan import (
    BAD_YEAR_PLAN,
    DEFAULT_END,
    DEFAULT_START,
    EMPTY_YEAR_PLAN,
    MAX_ROWS,
    YearRow,
    YearShown,
    cancelled_in_month,
    meetings_in_month,
    suggested_day,
    suggested_days,
    year_plan_for_form,
    year_shown,
    year_to_plan,
)
from meetings.understanding.intents import Intent, Understood
from meetings.understanding.slots import year_asked

MAX_WHEEL, MAX_SHOWN_TEXT = 20, 150  # the årshjul card stays well under Teams' size limit
FORM_PROBLEMS = {
    BAD_YEAR_PLAN: N_("Nothing is planned yet: please correct the rows marked in red."),
    EMPTY_YEAR_PLAN: N_("Fill in at least one row: the date of the meeting, and its theme if it "
                        "has one."),
}


# Chat


async def year_from_text(turn: Turn, understood: Understood) -> Reply:
    """"planlæg året 2027" opens the plan; "årshjul" shows it, or opens an empty year's plan
    for the chair and the secretary, who are the ones to fill it (not read in a personal chat
    for a group: saved there, it would plan in that chat)."""
    asked = year_of({"year": year_asked(understood.argument, turn.now.astimezone(turn.tz).year)})
    if understood.selector:
        return Reply(card=await _new_form(turn, asked or await _year_to_plan(turn)))
    year = asked or await _year_to_show(turn)
    shown = await year_shown(turn.uow, turn.group, turn.member, year)
    if not shown.meetings and shown.can_plan and not turn.for_another_chat:
        return Reply(card=form_card(turn, year, rows=_prefilled(turn, year, shown.meetings)))
    return Reply(card=wheel_card(turn, year, shown))


async def theme_from_text(turn: Turn, understood: Understood) -> Reply:
    if understood.meeting or not understood.argument:  # "… for næste møde?": its card says
        # "… på fredag?", "… for mødet 5. februar?": that meeting (else the planned days said)
        meeting = await meeting_meant(turn, understood, planned_next_meeting)
        named = bool(understood.meeting)
        card = meeting_card(turn, meeting, turn._("Meeting") if named else turn._("Next meeting"),
                            view=await meeting_view(turn, for_the_reader=False))
        if meeting.theme:
            return Reply(card=card)
        if named:
            return Reply(text=_theme_line(turn, "", meeting), card=card)
        # A card without a theme line would leave the question unanswered: say so above it
        day = format_date(meeting.starts_at.astimezone(turn.tz).date(), turn.language)
        return Reply(text=turn._("The next meeting, %(date)s, has no theme yet. The chair or the "
                                 "secretary can give it one under “Move” on its card.",
                                 date=day), card=card)
    month, asked = month_and_year(understood.argument)
    if month is None:
        return Reply(text=turn._("I do not know the month “%(month)s”. Write for example: "
                                 "%(example)s", month=understood.argument, example=turn._(
                                     "what is the theme in September?")))
    year, meetings = await meetings_in_month(turn.uow, turn.group, month, asked, now=turn.now)
    when = month_text(turn, month, year)  # Danish writes months in lower case within a sentence
    cancelled = None if meetings else await cancelled_in_month(turn.uow, turn.group, month, year,
                                                               now=turn.now)
    if cancelled is not None:  # as "hvornår er mødet i februar?" says it
        return Reply(text=skipped_text(turn, cancelled.starts_at))
    if not meetings and turn.for_another_chat:
        return Reply(text=turn._("No meeting is planned in %(month)s, so it has no theme yet.",
                                 month=when))
    if not meetings:
        return Reply(text=turn._(
            "No meeting is planned in %(month)s, so it has no theme yet. The chair or the "
            "secretary can plan it with a theme, for example: %(example)s",
            month=when, example=_theme_example(turn, year, month)))
    return Reply(text="\n\n".join(_theme_line(turn, when, m) for m in meetings))


def _theme_line(turn: Turn, when: str, meeting: Meeting) -> str:
    day = format_date(meeting.starts_at.astimezone(turn.tz).date(), turn.language)
    if meeting.theme:
        return turn._("The theme in %(month)s is “%(theme)s” (the meeting on %(date)s).",
                      month=when, theme=meeting.theme, date=day)
    return turn._("The meeting on %(date)s has no theme yet. The chair or the secretary can give "
                  "it one under “Move” on the meeting's card; write for example “%(example)s” "
                  "to see it.", date=day, example=turn._("next meeting"))


def _theme_example(turn: Turn, year: int, month: int) -> str:
    """A line that plans a meeting in the month asked about, or any line that works today."""
    day = suggested_day(year, month)
    theme = " theme: Psychiatry" if turn.language == "en" else " tema: Psykiatri"
    if day.month != month or day <= turn.now.astimezone(turn.tz).date():
        return example_meeting_line(turn.now, turn.tz, turn.language) + theme
    if turn.language == "en":
        written = babel_format_date(day, "EEEE d MMMM y", locale="en_GB")
        return f"new meeting {written} 10-13 online{theme}"
    written = babel_format_date(day, "EEEE d. MMMM y", locale="da_DK")
    return f"nyt møde {written} kl. 10-13 i Ringsted, Hækkerupsvej 1{theme}"


# Card buttons


async def show_form(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=await _new_form(turn, year_of(data) or await _year_to_plan(turn)))


async def save_form(turn: Turn, data: dict) -> CardReply:
    year = year_of(data) or await _year_to_plan(turn)
    rows = typed_rows(data)
    planned = await year_plan_form.save(turn, rows)
    if isinstance(planned, Invalid):
        return CardReply(card=form_card(turn, year, rows=planned.values, errors={
            i: form_problem_text(turn, problem) for i, problem in planned.rows.items()},
            error=turn._(FORM_PROBLEMS[planned.problem.code])))
    skipped = sum(1 for row in rows if not row.blank) - len(planned.planned) - len(planned.moved)
    notices = [turn.ngettext("%(count)s meeting planned.", "%(count)s meetings planned.",
                             len(planned.planned))] if planned.planned or not planned.moved else []
    if planned.moved:
        notices.append(turn.ngettext("%(count)s meeting changed.",
                                     "%(count)s meetings changed.", len(planned.moved)))
    notice = " ".join(notices)
    if skipped:
        notice += " " + turn.ngettext(
            "%(count)s was planned already and left as it was.",
            "%(count)s were planned already and left as they were.", skipped)
    # Dates typed into another year show that year: the plan just saved is what to see.
    changed = [*planned.planned, *planned.moved]
    notice = " ".join([notice, *filter(None, (holiday_notice(turn, m) for m in changed))])
    years = [m.starts_at.astimezone(turn.tz).year for m in changed]
    shown = year if not years or year in years else years[0]
    return CardReply(card=wheel_card(turn, shown, await year_shown(turn.uow, turn.group,
                                                                   turn.member, shown),
                                     notice=notice), for_everyone=bool(changed))


async def show_wheel(turn: Turn, data: dict) -> CardReply:
    year = year_of(data) or await _year_to_show(turn)
    return CardReply(card=wheel_card(turn, year, await year_shown(turn.uow, turn.group,
                                                                  turn.member, year)))


# Cards


async def _new_form(turn: Turn, year: int) -> dict:
    """The form with the year's meetings and suggested days, for the chair and the secretary."""
    meetings = await year_plan_for_form(turn.uow, turn.group, turn.member, year)
    return form_card(turn, year, rows=_prefilled(turn, year, meetings))


def form_card(turn: Turn, year: int, *, rows: Sequence[YearRow],
              errors: dict[int, str] | None = None, error: str | None = None) -> dict:
    """The rows: as typed after a problem, else the year's meetings and suggested days."""
    errors = errors or {}
    shown = [{"number": i + 1, "date": r.date, "start": r.start, "end": r.end, "place": r.place,
              "online": r.online, "theme": r.theme, "error": errors.get(i)}
             for i, r in enumerate(rows[:MAX_ROWS])]
    return turn.card("year_plan_form", year=year, rows=shown, error=error,
                     save_data={"year": year, **rows_data(list(rows[:MAX_ROWS]))},
                     min_date=turn.now.astimezone(turn.tz).date().isoformat())


def _prefilled(turn: Turn, year: int, meetings: Sequence[Meeting]) -> list[YearRow]:
    # Meetings already begun stay off the form: a past row could not be saved again.
    rows = [_row_of(turn, m) for m in meetings if m.starts_at > turn.now][:MAX_ROWS]
    start, end = DEFAULT_START.strftime("%H:%M"), DEFAULT_END.strftime("%H:%M")
    if rows:
        start, end = rows[-1].start, rows[-1].end  # the times the group keeps to
    taken = [m.starts_at.astimezone(turn.tz).date() for m in meetings]
    today = turn.now.astimezone(turn.tz).date()
    suggested = suggested_days(year, taken, today)
    rows += [YearRow(date=day.isoformat(), start=start, end=end) for day in suggested]
    existing = len(rows) - len(suggested)
    rows.sort(key=lambda row: row.date)
    if existing >= DEFAULT_ROWS:
        rows.append(YearRow(start=start, end=end))  # room for one more
    while len(rows) < DEFAULT_ROWS:
        rows.append(YearRow(start=start, end=end))
    return rows[:MAX_ROWS]


def _row_of(turn: Turn, meeting: Meeting) -> YearRow:
    starts, ends = meeting.starts_at.astimezone(turn.tz), meeting.ends_at.astimezone(turn.tz)
    return YearRow(date=starts.date().isoformat(), start=starts.strftime("%H:%M"),
                   end=ends.strftime("%H:%M"), place=meeting.place or "",
                   online=meeting.online, theme=meeting.theme or "", meeting_id=meeting.id)


def wheel_card(turn: Turn, year: int, shown: YearShown, notice: str | None = None) -> dict:
    """The årshjul: the year's meetings under their months, each with time, place and theme."""
    meetings = shown.meetings
    months: dict[int, list[dict[str, Any]]] = {}
    for meeting in meetings[:MAX_WHEEL]:
        starts = meeting.starts_at.astimezone(turn.tz)
        ends = meeting.ends_at.astimezone(turn.tz)
        months.setdefault(starts.month, []).append({
            "id": meeting.id, "date": format_date(starts.date(), turn.language),
            "time": format_clock_span(starts.time(), ends.time(), turn.language),
            "place": _short(meeting.place) or (turn._("Online") if meeting.online else None),
            "theme": _short(meeting.theme), "held": meeting.starts_at < turn.now})
    rest = len(meetings) - MAX_WHEEL
    more = more_text(turn, rest)
    return turn.card("year_plan", year=year, notice=notice, can_plan=shown.can_plan, more=more,
                     months=[{"name": month_name(turn, month), "meetings": shown}
                             for month, shown in sorted(months.items())])


def _short(text: str | None) -> str | None:
    if text is None or len(text) <= MAX_SHOWN_TEXT:
        return text
    return text[:MAX_SHOWN_TEXT - 1].rstrip() + "…"


async def _year_to_plan(turn: Turn) -> int:
    return await year_to_plan(turn.uow, turn.group, turn.now)


async def _year_to_show(turn: Turn) -> int:
    """This year while meetings of it are still ahead, else the year to plan."""
    today = turn.now.astimezone(turn.tz)
    ahead = await turn.uow.meetings.upcoming(turn.group.id, turn.now, limit=1)
    if ahead and ahead[0].starts_at.astimezone(turn.tz).year == today.year:
        return today.year
    return await _year_to_plan(turn)


YEAR_COMMANDS = {
    Intent.YEAR_PLAN: year_from_text,
    Intent.THEME: theme_from_text,
}

YEAR_ACTIONS = {
    "year.form": show_form,
    "year.save": save_form,
    "year.show": show_wheel,
}
