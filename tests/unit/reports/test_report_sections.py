"""What the annual report's sections say when the year's data is partial: the themes of next
year as planned, and "Alle møderne …" only when every meeting's place is known."""

from datetime import datetime

from meetings.reports.annual_report import AnnualReport, HeldMeeting, PlannedMeeting
from meetings.reports.document import report_sections


def held(day: int, place: str | None) -> HeldMeeting:
    at = datetime(2027, 2, day, 10)
    return HeldMeeting(at, at.replace(hour=13), place, False, None, 0, 0, 0, 0, False)


def planned(month: int, theme: str | None) -> PlannedMeeting:
    at = datetime(2028, month, 11, 10)
    return PlannedMeeting(at, at.replace(hour=13), "Ringsted", False, theme)


def report(meetings=(), next_year=(), places=(), themes=()) -> AnnualReport:
    return AnnualReport("Netværksgruppen", "da", 2027, None, None, (), tuple(meetings), (), (), (),
                        tuple(next_year), themes_next_year=tuple(themes), places=tuple(places))


def section(report: AnnualReport, starts: str):
    [found] = [s for s in report_sections(report) if s.heading.startswith(starts)]
    return found


def test_next_years_themes_are_the_planned_meetings_when_the_minutes_list_none():
    year = report(next_year=[planned(2, "Psykiatrien"), planned(5, "Plejefamilier"),
                             planned(9, None), planned(11, "Psykiatrien")])
    assert section(year, "Temaer 2028").paragraphs == ("Psykiatrien", "Plejefamilier")
    assert section(report(), "Temaer 2028").paragraphs == ("Ikke udfyldt endnu.",)
    listed = report(next_year=[planned(2, "Psykiatrien")], themes=["Barnets lov"])
    assert section(listed, "Temaer 2028").paragraphs == ("Barnets lov",)


def test_all_meetings_were_held_at_a_place_only_when_every_meetings_place_is_known():
    every = report([held(5, "Ringsted"), held(12, "Ringsted")], places=[("Ringsted", 2)])
    assert section(every, "Praktisk").paragraphs == ("Alle møderne i 2027 blev holdt: Ringsted.",)
    partly = report([held(5, "Ringsted"), held(12, None), held(19, None)],
                    places=[("Ringsted", 1)])
    assert section(partly, "Praktisk").paragraphs == ("Ringsted (1)",)
