"""The import's report as the command line prints it, in English like the rest of the command
line: what was imported, the tasks waiting for confirmation, and every problem with its line.
The problems are catalog messages (N_), so the chat answers them in the user's language; days and
times are written by meetings.common.dates as the cards write them, in English."""

from datetime import datetime
from zoneinfo import ZoneInfo

from meetings.common.dates import format_clock, format_day_and_time
from meetings.common.i18n import N_, count_words
from meetings.minutes.importing import files as files
from meetings.minutes.importing import found as found
from meetings.minutes.importing.importer import ALREADY_IMPORTED, NOT_IMPORTED, ImportReport

PROBLEMS = {
    found.NO_DATE: N_("no meeting date in the heading (like 'den 29/9 2023 kl. 10.00-13.00' or "
                      "'Dato: Fredag den 5. januar 2024')"),
    found.DATE_WITHOUT_YEAR: N_("the meeting date has no year"),
    found.NO_TIME: N_("no time of the meeting after its date (like 'kl. 10.00-13.00')"),
    found.NO_ITEMS: N_("no agenda items (rows like '1. Velkommen<TAB>referat' or headings like "
                       "'Punkt 1. Godkendelse af dagsorden')"),
    found.TWO_MEETINGS: N_("the file holds the minutes of two meetings (save each meeting's "
                           "minutes in a file of its own and send them one at a time); their "
                           "dates"),
    found.NO_END_TIME: N_("no end time; the meeting is taken to last three hours"),
    found.NO_PARTICIPANTS: N_("no 'Deltagere:'; nobody is recorded as present"),
    found.NO_MINUTE_TAKER: N_("no 'Referat:' naming the minute-taker"),
    found.NO_ORGANISATION: N_("a person without an organisation in brackets"),
    found.NO_NAME: N_("no name could be read here"),
    found.PRESENT_AND_ABSENT: N_("listed as present and as absent; recorded as present"),
    found.GUEST_WITHOUT_ITEM: N_("a guest not placed on any item"),
    found.GUEST_UNKNOWN_ITEM: N_("a guest of an item the minutes do not have"),
    found.ROW_NOT_PLACED: N_("a row that is not an agenda item, not imported"),
    found.DUPLICATE_ITEM: N_("an item number seen before, not imported"),
    found.TASK_WITHOUT_OWNER: N_("reads like a task, but names no participant; no task made"),
    found.AMBIGUOUS_OWNER: N_("reads like a task, but several participants have that name; "
                              "no task made"),
    found.TEXT_TOO_LONG: N_("text too long for the item, shortened"),
    found.TASK_TOO_LONG: N_("a task's sentence is longer than the 300 characters a task's title "
                            "takes; shortened, and the whole sentence is in the item's referat"),
    found.PLACE_TOO_LONG: N_("the place is longer than the 300 characters a meeting's place "
                             "takes; shortened"),
    found.ORGANISATION_TOO_LONG: N_("an organisation is longer than the 200 characters a "
                                    "member's organisation takes; shortened"),
    found.AMBIGUOUS_MEMBER: N_("several members of the group have this name; not recorded"),
    found.MEETING_HAS_MINUTES: N_("the group has a meeting at that time with minutes already"),
    found.MEETINGS_THAT_DAY: N_("the group has another meeting that day, at another time, and "
                                "these minutes cannot be told to be of it (it has minutes "
                                "already, or there are several); correct the time in the "
                                "minutes to that of the meeting they are of, like 'kl. "
                                "10.00-13.00', and send them again"),
    found.LINE_NOT_PLACED: N_("a line nothing read: a heading, a signature or text outside the "
                              "items"),
    found.MINUTE_TAKER_ASSUMED: N_("no label names the minute-taker; taken to be the participant "
                                   "who signed the e-mail"),
    found.PLANNED_WITHOUT_DATE: N_("a meeting in a list of dates that does not start with a "
                                   "date; not proposed"),
}


LANGUAGE = "en"  # the command line's, for its own words and its dates

# The command line's exit codes: 0 all imported, 1 the text read but not imported, 2 no such
# group (app.py), and one per kind of file that gives no text; the first failing file's counts.
NOT_READ = 1
EXIT_CODES = {files.MISSING: 3, files.EMPTY: 4, files.UNSUPPORTED: 5, files.NO_TEXT: 6,
              files.DAMAGED: 7, files.UNPACKS_TOO_LARGE: 8}
_READ_AS = {"Word": "a Word document", "PDF": "a PDF"}


def unreadable_line(name: str, problem: files.UnreadableFile) -> str:
    detail = f" ({problem.detail})" if problem.detail and problem.code == files.DAMAGED else ""
    return f"{name}: not imported; {files.PROBLEMS[problem.code]}{detail}. Nothing was written."


def read_as_line(found: files.MinutesFile) -> str:
    """"  Read as Windows-1252.": which encoding a text file was taken to be in."""
    return f"  Read as {_READ_AS.get(found.read_as, found.read_as)}."


def report_lines(name: str, report: ImportReport, tz: ZoneInfo) -> list[str]:
    when = _local_moment(report.starts_at, tz) if report.starts_at else None
    if report.status == ALREADY_IMPORTED:
        return [f"{name}: already imported as meeting {report.meeting_id} on {when}; "
                "nothing changed."]
    if report.status == NOT_IMPORTED:
        return [f"{name}: not imported; nothing was written.", *_problems(report)]
    lines = [f"{name}: imported as meeting {report.meeting_id} on {when}.",
             f"  {counts_text(report, LANGUAGE)}."]
    if report.planned_at:
        planned = format_clock(report.planned_at.astimezone(tz).time(), LANGUAGE)
        lines.append(f"  The meeting that day was planned at {planned}; moved to the minutes' "
                     "time.")
    if report.new_members:
        lines.append(f"  New members known only from minutes ({len(report.new_members)}): "
                     + ", ".join(report.new_members))
    if report.tasks:
        lines.append(f"  Tasks waiting for the chair or secretary to confirm "
                     f"({len(report.tasks)}):")
        lines += [f"    - {task}" for task in report.tasks]
    return lines + _problems(report)


def _local_moment(moment: datetime, tz: ZoneInfo) -> str:
    """"Friday 29 September 2023, 10:00": the meeting's local start as a card writes it."""
    local = moment.astimezone(tz)
    return format_day_and_time(local.date(), local.time(), None, LANGUAGE)


def counts_text(report: ImportReport, language: str) -> str:
    """"4 punkter, 12 til stede, 3 fraværende, 1 gæst", in the language asked for."""
    ngettext = count_words(language)
    return ", ".join((ngettext("%(count)s item", "%(count)s items", report.items),
                      ngettext("%(count)s present", "%(count)s present", report.present),
                      ngettext("%(count)s absent", "%(count)s absent", report.absent),
                      ngettext("%(count)s guest", "%(count)s guests", report.guests)))


def _problems(report: ImportReport) -> list[str]:
    if not report.problems:
        return []
    lines = [f"  Could not place ({len(report.problems)}):"]
    for problem in report.problems:
        where = f"line {problem.line}: " if problem.line else ""
        what = f": {problem.text}" if problem.text else ""
        lines.append(f"    - {where}{PROBLEMS.get(problem.code, problem.code)}{what}")
    return lines
