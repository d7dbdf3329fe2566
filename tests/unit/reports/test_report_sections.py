"""What the annual report's sections say when the year's data is partial: the themes of next
year as planned, "Alle møderne …" only when every meeting's place is known, and attendance
counted over the meetings with minutes, or said to be unknown when none has them."""

from datetime import datetime

from meetings.reports.annual_report import AnnualReport, HeldMeeting, PlannedMeeting
from meetings.reports.document import report_sections


def held(day: int, place: str | None, recorded: bool = False) -> HeldMeeting:
    at = datetime(2027, 2, day, 10)
    return HeldMeeting(at, at.replace(hour=13), place, False, None, 0, 0, 0, 0, recorded)


def planned(month: int, theme: str | None) -> PlannedMeeting:
    at = datetime(2028, month, 11, 10)
    return PlannedMeeting(at, at.replace(hour=13), "Ringsted", False, theme)


def report(meetings=(), next_year=(), places=(), themes=(), attendance=(),
           language="da") -> AnnualReport:
    return AnnualReport("Netværksgruppen", language, 2027, None, None, (), tuple(meetings),
                        tuple(attendance), (), (), tuple(next_year),
                        themes_next_year=tuple(themes), places=tuple(places))


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


def test_attendance_without_any_minutes_is_said_to_be_unknown_not_zero():
    for language, heading, said in (
            ("da", "Fremmøde", "Fremmødet kendes ikke: der er ikke noget referat af møderne."),
            ("en", "Attendance", "Attendance is not known: none of the meetings has minutes.")):
        year = report([held(5, "Ringsted"), held(12, None)], language=language,
                      attendance=[("Holbæk Kommune", 0), ("Næstved Kommune", 0)])
        found = section(year, heading)
        assert found.paragraphs == (said,) and found.table == () and found.image is None


def test_attendance_is_counted_over_the_meetings_with_minutes():
    year = report([held(5, "Ringsted", recorded=True), held(12, None)],
                  attendance=[("Holbæk Kommune", 1), ("Næstved Kommune", 0)])
    found = section(year, "Fremmøde")
    assert found.table == (("Organisation", "Møder deltaget (af 1)"),
                           ("Holbæk Kommune", "1"), ("Næstved Kommune", "0"))
    assert found.paragraphs == ("1 møde uden referat er ikke talt med.",)


def test_a_year_without_meetings_says_so_once_instead_of_zero_per_organisation():
    for language, said, practical in (
            ("da", "Der blev ikke holdt nogen møder i 2027, så der er intet fremmøde at opgøre.",
             "Ingen møder afholdt."),
            ("en", "No meetings were held in 2027, so there is no attendance to count.",
             "No meetings held.")):
        year = report(language=language,
                      attendance=[("Holbæk Kommune", 0), ("Næstved Kommune", 0)])
        sections = {s.heading: s for s in report_sections(year)}
        [attendance] = [s for h, s in sections.items() if h.startswith(("Fremmøde", "Attend"))]
        assert attendance.paragraphs == (said,), language
        assert attendance.table == () and attendance.image is None
        [where] = [s for h, s in sections.items() if h in ("Praktisk", "Practical")]
        assert where.paragraphs == (practical,) and where.lead is None
