"""The examples the bot gives in its answers are lines that work."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from bot.turn import Voice
from bot.views.examples import example_meeting_line, example_move_line
from bot.views.replies import form_problem_text, problem_text
from dialogs.forms import Problem
from meetings.common.refusal import BAD_ITEM
from meetings.planning.meeting_line import MeetingDraft, parse_meeting_line
from meetings.understanding.intents import Intent, understand

CPH = ZoneInfo("Europe/Copenhagen")
DAYS = [datetime(2026, 11, 25, 9, tzinfo=UTC) + timedelta(days=n) for n in range(0, 400, 7)]


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("now", DAYS)
def test_the_example_plan_line_is_understood_and_parses_into_a_future_meeting(language, now):
    line = example_meeting_line(now, CPH, language)
    understood = understand(line)
    assert understood.intent == Intent.PLAN_MEETING
    assert understood.language == language
    draft = parse_meeting_line(understood.argument, now=now, tz=CPH, language=language)
    assert isinstance(draft, MeetingDraft), (line, draft)
    local_day = draft.starts_at.astimezone(CPH).date()
    assert local_day.weekday() == 4 and local_day not in holidays.Denmark(years=local_day.year)
    assert draft.starts_at > now


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_example_move_line_is_understood(language):
    now = DAYS[0]
    understood = understand(example_move_line(now, CPH, language))
    assert understood.intent == Intent.MOVE_MEETING
    assert isinstance(parse_meeting_line(understood.argument, now=now, tz=CPH,
                                         language=language), MeetingDraft)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_example_item_line_of_a_too_long_title_is_an_item_line_in_that_language(language):
    voice = Voice(language, "Europe/Copenhagen", DAYS[0], "https://example.org")
    said = problem_text(voice, BAD_ITEM, {"field": "title", "limit": "200"})
    line = said.split(": ", 1)[1] if language == "en" else said.split("fx: ", 1)[1]
    understood = understand(line)
    assert "200" in said and (understood.intent, understood.language) == \
        (Intent.PROPOSE_ITEM, language)
    on_the_form = form_problem_text(voice, Problem(BAD_ITEM, {"field": "title", "limit": "200"}))
    assert "200" in on_the_form and line not in on_the_form
