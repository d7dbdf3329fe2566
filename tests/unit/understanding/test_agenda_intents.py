"""Chat about the agenda cycle, in Danish and English, understood as intents."""

import pytest

from meetings.understanding.intents import Intent, Understood, understand


@pytest.mark.parametrize(
    ("text", "intent", "language"),
    [
        ("dagsorden", Intent.AGENDA, "da"),
        ("hvad er på dagsordenen?", Intent.AGENDA, "da"),
        ("what is on the agenda?", Intent.AGENDA, "en"),
        ("agenda", Intent.AGENDA, "en"),
        ("hvem kommer?", Intent.ATTENDANCE, "da"),
        ("who is coming?", Intent.ATTENDANCE, "en"),
        ("hvornår er fristen?", Intent.DEADLINE, "da"),
        ("when is the deadline?", Intent.DEADLINE, "en"),
        ("intet fra os", Intent.NOTHING_FROM_US, "da"),
        ("Nothing from us.", Intent.NOTHING_FROM_US, "en"),
        ("gennemgå punkter", Intent.REVIEW_ITEMS, "da"),
        ("review items", Intent.REVIEW_ITEMS, "en"),
        ("indstillinger", Intent.SETTINGS, "da"),
        ("settings", Intent.SETTINGS, "en"),
    ],
)
def test_agenda_questions_are_understood(text, intent, language):
    assert understand(text) == Understood(intent, language)


def test_nothing_from_an_organisation_answers_the_call_as_nothing_from_us():
    assert understand("intet fra Næstved") == Understood(Intent.NOTHING_FROM_US, "da", "Næstved")
    assert understand("nothing from Roskilde this time") \
        == Understood(Intent.NOTHING_FROM_US, "en", "Roskilde")
    # Not an organisation's name: not the answer to the call, whatever else it may be
    assert understand("intet fra referatet").intent != Intent.NOTHING_FROM_US
    assert understand("nothing").intent != Intent.NOTHING_FROM_US


def test_an_item_line_is_the_argument_of_a_proposal():
    line = "Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte"
    assert understand(f"punkt: {line}") == Understood(Intent.PROPOSE_ITEM, "da", line)
    assert understand(f"item: {line}") == Understood(Intent.PROPOSE_ITEM, "en", line)
    assert understand("punkt") == Understood(Intent.PROPOSE_ITEM, "da", "")


def test_meeting_phrasings_are_unchanged():
    assert understand("næste møde").intent == Intent.NEXT_MEETING
    assert understand("move the next meeting to 12 February").intent == Intent.MOVE_MEETING
