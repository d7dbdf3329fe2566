"""Calendar invites parse back, carry a stable UID and a growing SEQUENCE, and are titled and
described in the group's language."""

from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from meetings.planning.calendar_file import meeting_calendar
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus

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


def invite(m: Meeting, group_name: str = "Netværksgruppe Børn og Unge",
           language: str = "da") -> bytes:
    return meeting_calendar(m, group_name=group_name, language=language,
                            time_zone="Europe/Copenhagen", domain="bot.example.dk", now=NOW)


def test_an_invite_holds_the_meeting_in_utc_with_place_and_summary():
    calendar, event = event_of(invite(meeting()))
    assert calendar["METHOD"] == "PUBLISH"
    assert event.decoded("DTSTART") == datetime(2027, 2, 5, 9, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2027, 2, 5, 12, 0, tzinfo=UTC)
    assert str(event["LOCATION"]) == "Hækkerupsvej 1"
    assert str(event["SUMMARY"]) == "Netværksgruppe Børn og Unge – Psykiatrien"
    assert str(event["UID"]).endswith("@bot.example.dk")


def test_the_title_is_the_groups_name_and_the_theme_when_there_is_one():
    _, event = event_of(invite(meeting(theme=None)))
    assert str(event["SUMMARY"]) == "Netværksgruppe Børn og Unge"
    _, event = event_of(invite(meeting(theme="Skoledagbehandling"), group_name=""))
    assert str(event["SUMMARY"]) == "Netværksgruppe Børn og Unge – Skoledagbehandling"


@pytest.mark.parametrize(("language", "title"), [("da", "Møde"), ("en", "Meeting")])
def test_a_chat_without_a_name_gets_a_meeting_titled_in_its_language(language, title):
    _, event = event_of(invite(meeting(title="", theme=None), group_name="", language=language))
    assert str(event["SUMMARY"]) == title
    _, event = event_of(invite(meeting(title="", theme="Skoledagbehandling"), group_name="",
                               language=language))
    assert str(event["SUMMARY"]) == f"{title} – Skoledagbehandling"


def test_the_description_is_written_in_the_groups_language():
    _, danish = event_of(invite(meeting()))
    assert str(danish["DESCRIPTION"]).splitlines() == [
        "Netværksgruppe Børn og Unge – Psykiatrien", "fredag den 5. februar 2027 kl. 10.00–13.00",
        "Planlagt med Mødebot i Teams."]
    _, english = event_of(invite(meeting(), language="en"))
    assert str(english["DESCRIPTION"]).splitlines() == [
        "Netværksgruppe Børn og Unge – Psykiatrien", "Friday 5 February 2027, 10:00–13:00",
        "Planned with Mødebot in Teams."]


def test_an_online_meeting_is_located_in_teams():
    _, event = event_of(invite(meeting(place=None, online=True)))
    assert str(event["LOCATION"]) == "Microsoft Teams"


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
