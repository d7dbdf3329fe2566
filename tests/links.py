"""The paths of download links as the bot hands them out, for tests that fetch a document."""

from datetime import datetime

from meetings.minutes.referat import agenda_document_url, minutes_document_url
from meetings.planning.calendar_file import calendar_url
from meetings.reports.document import report_document_url


def minutes_path(minutes, ext: str, now: datetime) -> str:
    return minutes_document_url("", minutes, ext, now)


def agenda_path(meeting, ext: str, now: datetime) -> str:
    return agenda_document_url("", meeting, ext, now)


def calendar_path(meeting, now: datetime) -> str:
    return calendar_url("", meeting.id, meeting.calendar_token, now)


def report_path(group, year: int, ext: str, now: datetime) -> str:
    return report_document_url("", group, year, ext, now)
