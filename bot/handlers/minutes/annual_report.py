"""The annual report in chat: "årsrapport 2026" answers with the report in short and links to
the Word and Markdown files; the chair and the secretary write its purpose and points for the
steering group's attention on a card."""

from typing import Any

from bot.card_data import Action
from bot.turn import CardReply, Reply, Speaker, Turn
from meetings.common.dates import format_short_date
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.reports.annual_report import (
    AnnualReport,
    HeldMeeting,
    default_report_year,
)
from meetings.reports.document import report_document_url
from meetings.reports.shown import report_shown, texts_to_edit
from meetings.reports.texts import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_TEXT,
    change_annual_texts,
    check_year,
)
from meetings.understanding.intents import Intent, Understood
from meetings.understanding.slots import year_asked

MAX_ROWS = 30  # meetings or organisations on the card; the file has them all


async def show_annual_report(turn: Turn, understood: Understood) -> Reply:
    """"årsrapport 2026", "årsrapporten for sidste år" (counted from the group's today), or
    without a year the one the season asks for."""
    year = year_asked(understood.argument, _today(turn).year)
    if year is None:
        return Reply(card=await report_card(turn, default_report_year(_today(turn))))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Reply(text=turn._("Write a year from %(first)s to %(last)s, for example "
                                 "“årsrapport %(year)s”.", first=FIRST_YEAR, last=LAST_YEAR,
                                 year=default_report_year(_today(turn))))
    return Reply(card=await report_card(turn, year))


async def report_card(turn: Turn, year: int, *, notice: str | None = None) -> dict[str, Any]:
    shown = await report_shown(turn.uow, turn.group, year, turn.member, turn.now)
    report = shown.report
    held = len(report.meetings)
    return turn.card(
        "annual_report", heading_text=turn._("Annual report %(year)s", year=year),
        group_name=turn.group.name, notice=notice, year=year,
        summary=report_summary(turn, held, report.people),
        purpose=report.purpose, attention=report.attention or _points(report),
        meetings=[held_meeting_line(turn, m) for m in report.meetings[:MAX_ROWS]],
        attendance=_attendance(turn, report), attendance_note=_attendance_note(turn, report),
        topics=list(report.topics[:MAX_ROWS]),
        next_year=[{"when": format_short_date(m.starts_at.date(), turn.language),
                    "theme": m.theme} for m in report.next_year[:MAX_ROWS]],
        dates_in_minutes=list(report.dates_in_minutes[:MAX_ROWS]),
        themes_next_year=list(report.themes_next_year[:MAX_ROWS]),
        links={ext: report_document_url(turn.base_url, turn.group, year, ext, turn.now,
                                        turn.links.document_days)
               for ext in ("docx", "md")},
        can_edit=shown.can_edit)


def report_summary(turn: Speaker, held: int, people: int) -> str:
    """"2 møder afholdt, 29 forskellige personer.": people counted once over the year."""
    return ", ".join((
        turn.ngettext("%(count)s meeting held", "%(count)s meetings held", held),
        turn.ngettext("%(count)s different person", "%(count)s different people", people),
    )) + "."


def _attendance(turn: Speaker, report: AnnualReport) -> list[dict[str, str]]:
    """Meetings attended per organisation, out of those with minutes (none: not known, or no
    meeting held: said once by the note, not as 0 of 0 per organisation)."""
    if not report.recorded:
        return []
    return [{"name": name, "count": turn.ngettext(
                "%(attended)s of %(count)s meeting", "%(attended)s of %(count)s meetings",
                report.recorded, attended=count)}
            for name, count in report.attendance[:MAX_ROWS]]


def _attendance_note(turn: Speaker, report: AnnualReport) -> str | None:
    if not report.meetings:
        return turn._("No meetings were held in %(year)s, so there is no attendance to count.",
                      year=report.year)
    if not report.recorded:
        return turn._("Attendance is not known: none of the meetings has minutes.")
    missing = len(report.meetings) - report.recorded
    if not missing:
        return None
    return turn.ngettext("%(count)s meeting without minutes is not counted.",
                         "%(count)s meetings without minutes are not counted.", missing)


def _points(report: AnnualReport) -> str | None:
    """The minutes' points for the steering group, until the secretary writes the text."""
    return "\n".join(f"➤ {point}" for point in report.steering_points) or None


def held_meeting_line(turn: Speaker, meeting: HeldMeeting) -> dict[str, Any]:
    when = format_short_date(meeting.starts_at.date(), turn.language)
    if not meeting.recorded:
        return {"when": when, "theme": meeting.theme, "line": turn._("no minutes")}
    parts = ", ".join((
        turn.ngettext("%(count)s member", "%(count)s members", meeting.members),
        turn.ngettext("%(count)s substitute", "%(count)s substitutes", meeting.substitutes),
        turn.ngettext("%(count)s guest", "%(count)s guests", meeting.guests),
        turn.ngettext("%(count)s minute-taker", "%(count)s minute-takers", meeting.minute_taker),
    ))
    total = turn.ngettext("%(count)s participant", "%(count)s participants", meeting.participants)
    return {"when": when, "theme": meeting.theme, "line": f"{total}: {parts}"}


async def texts_card(turn: Turn, year: int, values: dict[str, str] | None = None,
                     error: str | None = None) -> dict[str, Any]:
    shown = await texts_to_edit(turn.uow, turn.group, turn.member, year, turn.now,
                                typed=values is not None)
    if shown is not None:
        # Filled from last year's purpose and the minutes' points: the secretary edits them.
        values = {"purpose": shown.report.purpose or "",
                  "attention": shown.report.attention or _points(shown.report) or ""}
    return turn.card("annual_texts", year=year, values=values, error=error,
                     max_length=MAX_TEXT)


async def show_report(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=await report_card(turn, _year(data)))


async def show_texts(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=await texts_card(turn, _year(data)))


async def save_texts(turn: Turn, data: dict) -> CardReply:
    year = _year(data)
    typed = {name: str(data.get(name) or "") for name in ("purpose", "attention")}
    try:
        await change_annual_texts(turn.uow, turn.group, turn.member, year, typed["purpose"],
                                  typed["attention"], turn.now)
    except Refusal as refused:
        if refused.code != BAD_SETTINGS:
            raise
        error = turn.ngettext("At most %(count)s character, please.",
                              "At most %(count)s characters, please.", MAX_TEXT)
        return CardReply(card=await texts_card(
            turn, year, {k: v[:MAX_TEXT] for k, v in typed.items()}, error=error))
    return CardReply(card=await report_card(turn, year, notice=turn._("Saved.")))


def _year(data: dict) -> int:
    """The year in card data, which is client input: what is not a whole number goes to the
    domain as it came, which refuses it as it refuses a year out of range."""
    year = data.get("year")
    try:
        year = int(year)
    except (TypeError, ValueError):
        pass
    return check_year(year)


def _today(turn: Turn):
    return turn.now.astimezone(turn.tz).date()


ANNUAL_REPORT_COMMANDS = {Intent.ANNUAL_REPORT: show_annual_report}
ANNUAL_REPORT_ACTIONS: dict[str, Action] = {
    "report.show": show_report,
    "report.texts": show_texts,
    "report.texts.save": save_texts,
}
