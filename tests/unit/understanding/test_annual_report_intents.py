"""Asking for the annual report: with or without a year, in Danish and in English, and nothing
that meant something else before."""

import pytest

from meetings.understanding.intents import Intent, understand


@pytest.mark.parametrize(("text", "language", "year"), [
    ("årsrapport", "da", ""),
    ("årsrapport 2026", "da", "2026"),
    ("Årsrapporten for 2026?", "da", "2026"),
    ("vis årsrapporten", "da", ""),
    ("annual report 2026", "en", "2026"),
    ("show the annual report for 2025", "en", "2025"),
])
def test_the_annual_report_is_asked_for_with_or_without_a_year(text, language, year):
    understood = understand(text)
    assert (understood.intent, understood.language, understood.argument) == (
        Intent.ANNUAL_REPORT, language, year)


@pytest.mark.parametrize("text", ["referat", "årshjul 2027", "annual plan", "søg årsrapport"])
def test_other_questions_are_not_the_report(text):
    assert understand(text).intent != Intent.ANNUAL_REPORT
