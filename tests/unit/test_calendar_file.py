"""Calendar invites parse back, carry a stable UID and a growing SEQUENCE."""

from datetime import UTC, datetime

from icalendar import Calendar

from meetings.calendar_file import meeting_calendar
from storage.models import Meeting, MeetingStatus

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def meeting(**changes) -> Meeting:
    values = dict(id=3, title="Netværksgruppe Børn og Unge", theme="Psykiatrien",
                  starts_at=datetime(2027, 2, 5, 9, 0, tzinfo=UTC),
                  ends_at=datetime(2027, 2, 5, 12, 0, tzinfo=UTC), place="Hækkerupsvej 1",
                  online=False, status=MeetingStatus.PLANNED, calendar_token="x" * 32,
                  sequence=0)
    values.update(changes)
    return Meeting(**values)


def event_of(data: bytes):
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def invite(m: Meeting) -> bytes:
    return meeting_calendar(m, domain="bot.example.dk", now=NOW, summary="Møde",
                            location=m.place or "", description="Netværksmøde")


def test_an_invite_holds_the_meeting_in_utc_with_place_and_summary():
    calendar, event = event_of(invite(meeting()))
    assert calendar["METHOD"] == "PUBLISH"
    assert event.decoded("DTSTART") == datetime(2027, 2, 5, 9, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2027, 2, 5, 12, 0, tzinfo=UTC)
    assert str(event["LOCATION"]) == "Hækkerupsvej 1"
    assert str(event["SUMMARY"]) == "Møde"
    assert str(event["UID"]).endswith("@bot.example.dk")


def test_a_moved_meeting_keeps_its_uid_and_raises_its_sequence():
    _, before = event_of(invite(meeting()))
    _, after = event_of(invite(meeting(sequence=1,
                                       starts_at=datetime(2027, 2, 12, 9, 0, tzinfo=UTC))))
    assert before["UID"] == after["UID"]
    assert int(after["SEQUENCE"]) == 1 > int(before["SEQUENCE"])


def test_a_cancelled_meeting_is_sent_as_a_cancellation():
    calendar, event = event_of(invite(meeting(status=MeetingStatus.CANCELLED, sequence=2)))
    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
