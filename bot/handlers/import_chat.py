"""Old minutes pasted into the chat: "importér referat" followed by their text, as the command
line's `import-minutes` reads a file, so the secretary need not leave Teams to bring in last
year's meetings. The answer says what was imported and lists every line it could not place."""

from datetime import datetime

from babel.dates import format_date

from bot.turn import Reply, Turn
from bot.views.replies import more_text
from meetings.minutes.importing.importer import (
    ALREADY_IMPORTED,
    NOT_IMPORTED,
    ImportReport,
    import_minutes,
)
from meetings.minutes.importing.report import PROBLEMS, counts_text
from meetings.planning.planning import require_manager
from meetings.understanding.intents import Intent, Understood

MAX_LINES = 25  # a card of problems beyond this is no help; the rest are counted


async def import_pasted_minutes(turn: Turn, understood: Understood) -> Reply:
    require_manager(turn.member, turn.group, "import_minutes")
    if not understood.argument:
        return Reply(text=turn._(
            "Paste the text of the old minutes after the words, on the following lines: "
            "“importér referat”, a line break, then the minutes from “REFERAT – … den 29/9 2023 "
            "kl. 10.00-13.00” to the last item."))
    report = await import_minutes(turn.uow, turn.group, understood.argument, turn.now)
    return Reply(card=import_card(turn, report))


def import_card(turn: Turn, report: ImportReport) -> dict:
    day = _day(turn, report.starts_at) if report.starts_at else ""
    if report.status == ALREADY_IMPORTED:
        heading = turn._("Already imported")
        summary = turn._("The minutes of %(day)s are in already; nothing was changed.", day=day)
    elif report.status == NOT_IMPORTED:
        heading = turn._("Not imported")
        summary = turn._("Nothing was written. What is missing is listed below.")
    else:
        heading = turn._("Minutes imported")
        summary = turn._("The meeting of %(day)s: %(what)s.", day=day,
                         what=counts_text(report, turn.language))
    problems = [_problem(turn, problem) for problem in report.problems]
    more = len(problems) - MAX_LINES
    return turn.card(
        "import_report", heading_text=heading, summary=summary,
        tasks=list(report.tasks)[:MAX_LINES], new_members=list(report.new_members)[:MAX_LINES],
        problems=problems[:MAX_LINES],
        more=more_text(turn, more))


def _problem(turn: Turn, problem) -> str:
    words = turn._(PROBLEMS[problem.code]) if problem.code in PROBLEMS else problem.code
    where = turn._("Line %(line)s: ", line=problem.line) if problem.line else ""
    return f"{where}{words}{': ' + problem.text if problem.text else ''}"


def _day(turn: Turn, at: datetime) -> str:
    locale = "da_DK" if turn.language == "da" else "en_GB"
    return format_date(at.astimezone(turn.tz).date(), "d. MMMM y" if turn.language == "da"
                       else "d MMMM y", locale=locale)


IMPORT_COMMANDS = {Intent.IMPORT_MINUTES: import_pasted_minutes}
