"""Old minutes brought into Teams: pasted after "importér referat", or sent as a file in the
1:1 chat (`bot.handlers.minutes.import_files`). What was read is first shown on a preview card;
only its *Importér* writes (`bot.handlers.minutes.import_buttons`), as the command line's
`import-minutes` does. The answer then says what was imported and lists every line it could
not place."""

from dataclasses import replace
from datetime import datetime, time

from bot.turn import Reply, Turn
from bot.views.import_preview import preview_card, problem_line
from bot.views.import_several import part_label, several_preview_card
from bot.views.replies import more_text
from meetings.common.dates import format_clock, format_long_date
from meetings.common.i18n import N_
from meetings.groups.entities import Group
from meetings.groups.vocabulary import ConversationKind
from meetings.minutes.importing.importer import (
    ALREADY_IMPORTED,
    NOT_IMPORTED,
    ImportReport,
    meeting_of_minutes,
)
from meetings.minutes.importing.pending import (
    import_target_groups,
    imported_before,
    stage_import,
)
from meetings.minutes.importing.report import counts_text
from meetings.minutes.importing.several.meeting_parts import (
    MeetingPart,
    meetings_in,
    refused_reports,
)
from meetings.understanding.intents import Intent, Understood

MAX_LINES = 25  # a card of problems beyond this is no help; the rest are counted

FILE_HINT = N_(
    "Or send the minutes as a file to me in our 1:1 chat: open the chat with Mødebot (Chat, "
    "then Mødebot), attach the file with the paper clip below the message box, and send it. "
    "Word (.docx), PDF and text files (.txt) can be read.")
FILE_HINT_HERE = N_("Or attach the minutes here as a file with the paper clip below the message "
                    "box: Word (.docx), PDF or text (.txt).")


async def import_pasted_minutes(turn: Turn, understood: Understood) -> Reply:
    target, choices = await import_target(turn)
    if not understood.argument:
        personal = turn.group.kind == ConversationKind.PERSONAL
        return Reply(text=turn._(
            "Paste the text of the old minutes after the words, on the following lines: "
            "“importér referat”, a line break, then the minutes from “REFERAT – … den 29/9 2023 "
            "kl. 10.00-13.00” to the last item.") + " "
            + turn._(FILE_HINT_HERE if personal else FILE_HINT))
    return await preview_minutes(target, choices, understood.argument,
                                 turn._("Pasted text"), turn)


async def import_target(turn: Turn) -> tuple[Turn, list[Group]]:
    """The turn of the group the minutes go to, and the groups to pick from if that is not
    known yet. In a group chat, its group; in the 1:1 chat, the group the person chairs or is
    secretary of, or a choice of them. Others are refused and logged."""
    targets = await import_target_groups(turn.uow, turn.group, turn.member, turn.now)
    if len(targets) > 1:
        return turn, [group for group, _ in targets]
    [(group, member)] = targets
    if group.id == turn.group.id:  # the group's own chat
        return turn, []
    return replace(turn, group=group, member=member, card_group_id=group.id), []


async def preview_minutes(turn: Turn, choices: list[Group], text: str, source: str,
                          sender: Turn) -> Reply:
    """The preview card, with the text kept for its Importér; nothing is imported. Minutes
    without what they need, or imported before, get the answer an import would give."""
    parts = meetings_in(text)
    if len(parts) > 1:
        return await _preview_several(turn, choices, parts, text, source, sender)
    reading = parts[0].reading
    if reading.minutes is None:
        return Reply(card=import_card(turn, ImportReport(NOT_IMPORTED, reading.problems)))
    group = None if choices else turn.group
    meeting = await imported_before(turn.uow, group, text) if group else None
    if meeting is not None:
        return Reply(card=import_card(turn, ImportReport(
            ALREADY_IMPORTED, reading.problems, meeting.id, meeting.starts_at)))
    problems, note = reading.problems, None
    if group is not None:  # which meeting they are of, as the import will find it
        meeting, problem = await meeting_of_minutes(turn.uow, group, reading.minutes)
        problems = (*problems, problem) if problem else problems
        if meeting and meeting.starts_at.astimezone(turn.tz).time() != reading.minutes.starts:
            note = moved_text(turn, meeting.starts_at, reading.minutes.starts)
    token = await stage_import(turn.uow, sender.member, group, source, text, turn.now)
    return Reply(card=preview_card(turn, reading.minutes, problems, token, source,
                                   choices, reading.unplaced, note))


async def _preview_several(turn: Turn, choices: list[Group], parts: list[MeetingPart],
                           text: str, source: str, sender: Turn) -> Reply:
    """Each meeting of a file that holds several, kept for one Importér; or, when one of them
    cannot be imported, which and why, and nothing kept; or that all were imported before."""
    group = None if choices else turn.group
    refused = await refused_reports(turn.uow, group, parts)
    labels = [part_label(turn, part) for part in parts]
    if refused is not None:
        return Reply(card=several_report_card(turn, list(zip(labels, refused, strict=True))))
    before = [await imported_before(turn.uow, group, part.text) for part in parts] \
        if group else []
    if before and all(before):
        return Reply(card=several_report_card(turn, [
            (label, ImportReport(ALREADY_IMPORTED, (), meeting.id, meeting.starts_at))
            for label, meeting in zip(labels, before, strict=True)]))
    token = await stage_import(turn.uow, sender.member, group, source, text, turn.now)
    return Reply(card=several_preview_card(turn, parts, token, source, choices))


def several_report_card(turn: Turn, reports: list[tuple[str, ImportReport]],
                        offered: dict | None = None) -> dict:
    """What importing a file of several meetings did, meeting by meeting, each report with
    its meeting's label; or, when one could not be imported, which and why: nothing was."""
    if any(report.status == NOT_IMPORTED for _, report in reports):
        heading = turn._("Not imported")
        summary = turn._("Nothing was written: the meetings in one file are imported all or "
                         "none. Correct the minutes listed below in the file and send it "
                         "again, or send each meeting's minutes in a file of its own.")
    else:
        heading = turn._("Minutes imported") if any(
            report.status != ALREADY_IMPORTED for _, report in reports) else \
            turn._("Already imported")
        summary = " ".join(_summary(turn, report)[1] for _, report in reports)
    problems = [f"{label}: {problem_line(turn, problem)}"
                for label, report in reports for problem in report.problems]
    tasks = [task for _, report in reports for task in report.tasks]
    new_members = list(dict.fromkeys(n for _, report in reports for n in report.new_members))
    return turn.card(
        "import_report", heading_text=heading, summary=summary, tasks=tasks[:MAX_LINES],
        new_members=new_members[:MAX_LINES], problems=problems[:MAX_LINES],
        more=more_text(turn, len(problems) - MAX_LINES), offered=offered)


def import_card(turn: Turn, report: ImportReport, offered: dict | None = None) -> dict:
    """What the import did; `offered`: the roles and meetings to tick (views.import_offers)."""
    heading, summary = _summary(turn, report)
    problems = [problem_line(turn, problem) for problem in report.problems]
    more = len(problems) - MAX_LINES
    return turn.card(
        "import_report", heading_text=heading, summary=summary,
        tasks=list(report.tasks)[:MAX_LINES], new_members=list(report.new_members)[:MAX_LINES],
        problems=problems[:MAX_LINES],
        more=more_text(turn, more), offered=offered)


def _summary(turn: Turn, report: ImportReport) -> tuple[str, str]:
    """The card's heading and what was done, in a sentence."""
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
        if report.planned_at:
            held = report.starts_at.astimezone(turn.tz).time()
            summary = f"{summary} {moved_text(turn, report.planned_at, held)}"
    return heading, summary


def moved_text(turn: Turn, planned_at: datetime, held: time) -> str:
    """"Mødet 5. februar 2027 var planlagt kl. 10.00; referatet siger kl. 9.30 …"."""
    return turn._("The meeting of %(day)s was planned at %(before)s; the minutes say "
                  "%(after)s, so it is moved to their time.", day=_day(turn, planned_at),
                  before=format_clock(planned_at.astimezone(turn.tz).time(), turn.language),
                  after=format_clock(held, turn.language))


def _day(turn: Turn, at: datetime) -> str:
    return format_long_date(at.astimezone(turn.tz).date(), turn.language)


IMPORT_COMMANDS = {Intent.IMPORT_MINUTES: import_pasted_minutes}
