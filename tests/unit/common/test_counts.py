"""Counts are written with their noun in the right number, in Danish and in English: "1 møde
afholdt", "2 møder afholdt"; never "1 møder"."""

from datetime import UTC, datetime

import pytest

from bot.handlers.minutes.annual_report import held_meeting_line, report_summary
from bot.turn import Voice
from cards import render
from meetings.common.i18n import translations
from meetings.minutes.importing.importer import IMPORTED, ImportReport
from meetings.minutes.importing.report import counts_text
from meetings.reports.annual_report import AnnualReport, HeldMeeting
from meetings.reports.document import report_markdown

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def voice(language: str) -> Voice:
    return Voice(language=language, time_zone="Europe/Copenhagen", now=NOW, base_url="")


@pytest.mark.parametrize(("language", "singular", "plural"), [
    ("da", "1 møde afholdt", "2 møder afholdt"),
    ("en", "1 meeting held", "2 meetings held"),
])
def test_meetings_held_are_one_meeting_or_two_meetings(language, singular, plural):
    def held(n: int) -> str:
        return voice(language).ngettext("%(count)s meeting held", "%(count)s meetings held", n)

    assert (held(1), held(2)) == (singular, plural)


@pytest.mark.parametrize(("singular", "plural", "danish", "english"), [
    ("%(count)s substitute", "%(count)s substitutes", ("1 stedfortræder", "2 stedfortrædere"),
     ("1 substitute", "2 substitutes")),
    ("%(count)s guest", "%(count)s guests", ("1 gæst", "2 gæster"), ("1 guest", "2 guests")),
    ("%(count)s participant", "%(count)s participants", ("1 deltager", "2 deltagere"),
     ("1 participant", "2 participants")),
    ("%(count)s member", "%(count)s members", ("1 medlem", "2 medlemmer"),
     ("1 member", "2 members")),
    ("%(count)s item", "%(count)s items", ("1 punkt", "2 punkter"), ("1 item", "2 items")),
])
def test_people_and_items_are_counted_in_both_languages(singular, plural, danish, english):
    for language, expected in (("da", danish), ("en", english)):
        speaker = voice(language)
        assert (speaker.ngettext(singular, plural, 1),
                speaker.ngettext(singular, plural, 2)) == expected


def _report(language: str, meetings: int, members: int) -> AnnualReport:
    # The same members come to every meeting: the year counts them once.
    held = HeldMeeting(starts_at=datetime(2026, 3, 6, 10, 0), ends_at=datetime(2026, 3, 6, 13, 0),
                       place=None, online=True, theme=None, members=members, substitutes=0,
                       guests=0, minute_taker=0, recorded=True,
                       people=frozenset(f"member:{n}" for n in range(members)))
    return AnnualReport(group_name="Netværksgruppe Børn og Unge", language=language, year=2026,
                        purpose=None, attention=None, representation=(),
                        meetings=(held,) * meetings, attendance=(), topics=(), contacts=(),
                        next_year=())


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "1 møde med 1 deltager (medlemmer, stedfortrædere, gæster og referent), i alt 1 "
     "person.", "2 møder med 6 deltagere (medlemmer, stedfortrædere, gæster og referent), i alt "
     "3 forskellige personer."),
    ("en", "1 meeting with 1 participant (members, substitutes, guests and minute-taker), 1 "
     "different person in all.", "2 meetings with 6 participants (members, substitutes, "
     "guests and minute-taker), 3 different people in all."),
])
def test_the_annual_report_counts_its_meetings_participants_and_people_once(language, one,
                                                                             two):
    assert one in report_markdown(_report(language, meetings=1, members=1))
    assert two in report_markdown(_report(language, meetings=2, members=3))


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "1 punkt, 1 til stede, 1 fraværende, 1 gæst",
     "2 punkter, 2 til stede, 2 fraværende, 2 gæster"),
    ("en", "1 item, 1 present, 1 absent, 1 guest", "2 items, 2 present, 2 absent, 2 guests"),
])
def test_an_import_counts_its_items_and_people(language, one, two):
    def report(n: int) -> ImportReport:
        return ImportReport(IMPORTED, items=n, present=n, absent=n, guests=n)

    assert (counts_text(report(1), language), counts_text(report(2), language)) == (one, two)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "1 min.", "20 min."), ("en", "1 min", "20 min")])
def test_a_card_template_counts_through_ngettext(language, one, two):
    catalog = translations(language)

    def review(minutes: int) -> str:
        card = render("agenda_review", gettext=catalog.gettext, ngettext=catalog.ngettext,
                      language=language, meeting={"id": 1, "title": "M", "when": "fredag"},
                      notice=None, published=False, accepted=[],
                      proposed=[{"id": 4, "title": "Plejefamilier", "kind": "Drøftelse",
                                 "minutes": minutes, "presenter": None, "proposer": None,
                                 "description": None, "recommendation": None}])
        return str(card)

    assert f"Drøftelse · {one}" in review(1) and f"Drøftelse · {two}" in review(20)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "1 møde afholdt, 1 person.", "2 møder afholdt, 6 forskellige personer."),
    ("en", "1 meeting held, 1 different person.", "2 meetings held, 6 different people."),
])
def test_the_annual_report_card_sums_up_in_the_right_number(language, one, two):
    assert report_summary(voice(language), 1, 1) == one
    assert report_summary(voice(language), 2, 6) == two


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "4 deltagere: 1 medlem, 1 stedfortræder, 1 gæst, 1 referent",
     "8 deltagere: 2 medlemmer, 2 stedfortrædere, 2 gæster, 2 referenter"),
    ("en", "4 participants: 1 member, 1 substitute, 1 guest, 1 minute-taker",
     "8 participants: 2 members, 2 substitutes, 2 guests, 2 minute-takers"),
])
def test_a_meeting_on_the_annual_report_card_counts_its_people(language, one, two):
    def line(n: int) -> str:
        held = HeldMeeting(starts_at=datetime(2026, 3, 6, 10, 0),
                           ends_at=datetime(2026, 3, 6, 13, 0), place=None, online=True,
                           theme=None, members=n, substitutes=n, guests=n, minute_taker=n,
                           recorded=True)
        return held_meeting_line(voice(language), held)["line"]

    assert (line(1), line(2)) == (one, two)
