"""Asking the bot about the next meeting, in Danish and English, against hand-written dates."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from babel.dates import format_date

from meetings.common.dates import format_meeting_time
from tests.card_reading import card_text
from tests.e2e.meetings_in_playground.scene import (
    FORM_DAY,
    TEXT_DAY,
    TEXT_PLACE,
    TZ,
    ask,
    danish_day,
    danish_when,
    english_when,
    heading,
)
from tests.e2e.playground import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="package")]


async def test_the_expected_texts_agree_with_babel_and_the_bots_formatting() -> None:
    """The hand-written names in scene.py are right (guards the oracle itself)."""
    for day in (FORM_DAY, TEXT_DAY, date(2027, 3, 12)):
        assert danish_day(day) == format_date(day, "EEEE d. MMMM y", locale="da_DK")
        starts, ends = datetime.combine(day, time(9), TZ), datetime.combine(day, time(12), TZ)
        assert format_meeting_time(starts, ends, TZ, "da") == danish_when(day, 9, 12)
        assert format_meeting_time(starts, ends, TZ, "en") == english_when(day, 9, 12)
    assert danish_when(date(2027, 3, 12), 10, 13) == "fredag den 12. marts 2027 kl. 10.00–13.00"


async def test_the_next_meeting_in_danish_and_english(pg: Playground) -> None:
    danish = await ask(pg, "hvornår er næste møde?")
    assert heading(danish.card) == "Næste møde"
    assert danish_when(TEXT_DAY, 9, 12) in card_text(danish.card)
    assert TEXT_PLACE in card_text(danish.card)
    assert "Tilføj til kalender" in card_text(danish.card)

    english = await ask(pg, "when is the next meeting?")
    assert heading(english.card) == "Next meeting"
    assert english_when(TEXT_DAY, 9, 12) in card_text(english.card)
    assert TEXT_PLACE in card_text(english.card)
    assert {"When", "Where", "Add to calendar"} <= set(card_text(english.card).splitlines())

    where = await ask(pg, "hvor er mødet?")
    assert heading(where.card) == "Næste møde"
    assert TEXT_PLACE in card_text(where.card)
