"""Asking for the annual report: with or without a year, in Danish and in English, and nothing
that meant something else before; the report or the årshjul of "last year" or "next year"."""

import pytest

from meetings.understanding.intents import Intent, understand
from meetings.understanding.slots import year_asked


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


@pytest.mark.parametrize(("text", "intent", "asked"), [
    ("årsrapporten for sidste år", Intent.ANNUAL_REPORT, 2025),
    ("årsrapport for forrige år", Intent.ANNUAL_REPORT, 2025),
    ("årsrapport i fjor", Intent.ANNUAL_REPORT, 2025),
    ("annual report for last year", Intent.ANNUAL_REPORT, 2025),
    ("annual report for the previous year", Intent.ANNUAL_REPORT, 2025),
    ("årsrapport for i år", Intent.ANNUAL_REPORT, 2026),
    ("annual report for this year", Intent.ANNUAL_REPORT, 2026),
    ("årshjul for næste år", Intent.YEAR_PLAN, 2027),
    ("aarshjul for naeste aar", Intent.YEAR_PLAN, 2027),
    ("annual plan for next year", Intent.YEAR_PLAN, 2027),
    ("year plan for next year", Intent.YEAR_PLAN, 2027),
    ("årshjulet for dette år", Intent.YEAR_PLAN, 2026),
    ("årsrapport 2024", Intent.ANNUAL_REPORT, 2024),
    ("årsrapport", Intent.ANNUAL_REPORT, None),  # the default year, which the handler knows
])
def test_a_year_said_relative_to_this_one_is_counted_from_it(text, intent, asked):
    understood = understand(text)
    assert understood.intent == intent
    assert year_asked(understood.argument, 2026) == asked
