"""The command line's use cases beside serving: the annual report written as Word, and past
minutes imported from files (or only shown, with --dry-run). `app.py` parses the arguments."""

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.settings import Settings
from meetings.common.clock import SystemClock
from meetings.groups.lookup import groups_named
from meetings.minutes.importing.files import UnreadableFile, read_path
from meetings.minutes.importing.importer import NOT_IMPORTED, import_minutes
from meetings.minutes.importing.preview import preview_lines
from meetings.minutes.importing.reading import read_minutes
from meetings.minutes.importing.report import (
    EXIT_CODES,
    NOT_READ,
    read_as_line,
    report_lines,
    unreadable_line,
)
from meetings.reports.annual_report import annual_report_of, default_report_year
from meetings.reports.document import report_docx, report_filename, report_markdown
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory


async def _one_group(uow, name_or_id: str):
    """The one group a command line names, or None after saying why on stderr."""
    groups = await groups_named(uow, name_or_id)
    if len(groups) == 1:
        return groups[0]
    found = ", ".join(f"{g.id}: {g.name}" for g in groups) or "none"
    print(f"No single group named {name_or_id!r} (found {found}); give its name or id.",
          file=sys.stderr)
    return None


async def write_annual_report(settings: Settings, group_name: str, year: int | None,
                              out: Path | None) -> int:
    """The command line's annual report: the .docx written, the Markdown on stdout."""
    now = SystemClock().now()
    engine = create_engine(settings.database_url)
    try:
        async with unit_of_work_factory(engine)() as uow:
            group = await _one_group(uow, group_name)
            if group is None:
                return 2
            tz = ZoneInfo(group.time_zone)
            year = year or default_report_year(now.astimezone(tz).date())
            report = await annual_report_of(uow, group, year, now)
    finally:
        await engine.dispose()
    path = out or Path(report_filename(report, "docx"))
    path.write_bytes(report_docx(report, now))
    print(report_markdown(report), end="")
    print(f"Wrote {path}", file=sys.stderr)
    return 0


async def import_minutes_files(settings: Settings, group_name: str, paths: list[Path]) -> int:
    """The command line's import of past minutes: a report per file, each file in a
    transaction of its own; the exit code is the first failing file's (see EXIT_CODES), 2 when
    the group is not found."""
    engine = create_engine(settings.database_url)
    uow_factory = unit_of_work_factory(engine)
    try:
        async with uow_factory() as uow:
            group = await _one_group(uow, group_name)
        if group is None:
            return 2
        code = 0
        for path in paths:
            done = await _import_file(uow_factory, group, path)
            code = code or done
    finally:
        await engine.dispose()
    return code


def preview_minutes_files(paths: list[Path]) -> int:
    """--dry-run: what each file reads as, printed; no database is opened, nothing written."""
    code = 0
    for path in paths:
        try:
            found = read_path(path)
        except UnreadableFile as problem:
            print(unreadable_line(str(path), problem))
            code = code or EXIT_CODES[problem.code]
            continue
        reading = read_minutes(found.text)
        lines = preview_lines(str(path), reading)
        print("\n".join([lines[0], read_as_line(found), *lines[1:]]))
        code = code or (NOT_READ if reading.minutes is None else 0)
    return code


async def _import_file(uow_factory, group, path: Path) -> int:
    """One file shown as read, then imported in a transaction of its own and its report
    printed; its exit code."""
    try:
        found = read_path(path)
    except UnreadableFile as problem:
        print(unreadable_line(str(path), problem))
        return EXIT_CODES[problem.code]
    print("\n".join(preview_lines(str(path), read_minutes(found.text))))
    async with uow_factory() as uow:
        report = await import_minutes(uow, group, found.text, SystemClock().now())
        await uow.commit()
    lines = report_lines(str(path), report, ZoneInfo(group.time_zone))
    print("\n".join([lines[0], read_as_line(found), *lines[1:]]))
    return NOT_READ if report.status == NOT_IMPORTED else 0
