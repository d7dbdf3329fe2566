"""Calendar invites: a meeting as an iCalendar file that Outlook and other calendars accept."""

from datetime import datetime

from icalendar import Calendar, Event

from storage.models import Meeting, MeetingStatus

PRODUCT_ID = "-//Moedebot//Moedebot 0.1//DA"


def meeting_calendar(meeting: Meeting, *, domain: str, now: datetime, summary: str,
                     location: str, description: str) -> bytes:
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
    event.add("summary", summary)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()
