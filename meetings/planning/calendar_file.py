"""Calendar invites: a meeting as an iCalendar file that Outlook and other calendars accept,
titled and described in the group's language."""

from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from meetings.common.dates import format_meeting_time
from meetings.common.i18n import translations
from meetings.documents.links import LINK_DAYS, link_token
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus

PRODUCT_ID = "-//Moedebot//Moedebot 0.1//DA"


def meeting_calendar(meeting: Meeting, *, group_name: str, language: str, time_zone: str,
                     domain: str, now: datetime) -> bytes:
    """One VEVENT with a stable UID and a growing SEQUENCE, so a moved meeting replaces the
    old entry in the calendar instead of adding a second one."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    cancelled = meeting.status == MeetingStatus.CANCELLED
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", f"meeting-{meeting.id}-{meeting.calendar_token[:12]}@{domain}")
    event.add("dtstamp", now)
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("sequence", meeting.sequence)
    summary = calendar_summary(meeting, group_name, language)
    event.add("summary", summary)
    if location := calendar_location(meeting):
        event.add("location", location)
    event.add("description", calendar_description(meeting, summary, language, time_zone))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()


def calendar_summary(meeting: Meeting, group_name: str, language: str) -> str:
    """"Netværksgruppe Børn og Unge – Skoledagbehandling"; a chat without a name is "Møde"."""
    title = (group_name or "").strip() or (meeting.title or "").strip() \
        or translations(language).gettext("Meeting")
    theme = (meeting.theme or "").strip()
    return f"{title} – {theme}" if theme else title


def calendar_location(meeting: Meeting) -> str:
    return meeting.place or ("Microsoft Teams" if meeting.online else "")


def calendar_description(meeting: Meeting, summary: str, language: str, time_zone: str) -> str:
    when = format_meeting_time(meeting.starts_at, meeting.ends_at, ZoneInfo(time_zone), language)
    return "\n".join((summary, when, translations(language).gettext(
        "Planned with Mødebot in Teams.")))


def calendar_url(base_url: str, meeting_id: int, calendar_token: str, now: datetime,
                 days: int = LINK_DAYS) -> str:
    """The invite's download link: it opens this meeting's invite only, and expires."""
    token = link_token("calendar", meeting_id, calendar_token, now, days)
    return f"{base_url.rstrip('/')}/calendar/{token}.ics"
