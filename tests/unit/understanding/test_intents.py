"""Chat messages in Danish and English understood as intents with their arguments."""

import pytest

from meetings.understanding.intents import Intent, Understood, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hjælp", "da"),
        ("Hjælp!", "da"),
        ("HJÆLP", "da"),
        ("  hjælp  ", "da"),
        ("hvad kan du?", "da"),
        ("Hvad kan du gøre?", "da"),
        ("help", "en"),
        ("Help.", "en"),
        ("what can you do?", "en"),
    ],
)
def test_asking_for_help_is_understood_in_both_languages(text, language):
    assert understand(text) == Understood(Intent.HELP, language)


def test_a_lone_question_mark_asks_for_help_in_no_particular_language():
    assert understand("?") == Understood(Intent.HELP, None)
    assert understand(" ?? ") == Understood(Intent.HELP, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hvornår er næste møde?", "da"),
        ("Hvornår er det næste møde", "da"),
        ("næste møde", "da"),
        ("Næste   møde?!", "da"),
        ("hvor er mødet?", "da"),
        ("hvor er næste møde", "da"),
        ("hvornår mødes vi igen?", "da"),
        ("when is the next meeting?", "en"),
        ("When's the next meeting?", "en"),
        ("next meeting", "en"),
        ("where is the meeting?", "en"),
    ],
)
def test_asking_for_the_next_meeting_is_understood(text, language):
    assert understand(text) == Understood(Intent.NEXT_MEETING, language)


@pytest.mark.parametrize(("text", "month"), [
    ("hvornår er mødet i marts?", "marts"),
    ("hvor skal vi være til junimødet?", "juni"),
    ("when is the meeting in September 2027?", "September 2027"),
    ("hvornår er næste møde efter februar?", ""),  # counted from February: the next one
    ("when is the first meeting after May?", ""),
    ("hvornår er mødet i uge 1?", "uge 1"),  # a week, when no month is named
    ("when is the meeting in week 6?", "week 6"),
    ("hvornår er næste møde efter uge 7?", ""),  # counted from week 7: the next one
    ("when is the next meeting after week 7?", ""),
])
def test_a_meeting_asked_for_by_its_month_carries_the_month(text, month):
    result = understand(text)
    assert (result.intent, result.argument) == (Intent.NEXT_MEETING, month)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kommende møder", "da"),
        ("vis møder", "da"),
        ("Vis alle kommende møder", "da"),
        ("møder", "da"),
        ("Møderne?", "da"),
        ("mødeplan", "da"),
        ("mødeplanen", "da"),
        ("upcoming meetings", "en"),
        ("list meetings", "en"),
        ("show all upcoming meetings", "en"),
        ("meetings", "en"),
    ],
)
def test_asking_for_the_meeting_list_is_understood(text, language):
    assert understand(text) == Understood(Intent.LIST_MEETINGS, language)


@pytest.mark.parametrize(
    ("text", "language", "argument"),
    [
        (
            "nyt møde fredag 9. februar 2024 kl. 10-13 i Ringsted, Hækkerupsvej 1",
            "da",
            "fredag 9. februar 2024 kl. 10-13 i Ringsted, Hækkerupsvej 1",
        ),
        ("Nyt møde: 9/2 kl. 10-13", "da", "9/2 kl. 10-13"),
        ("planlæg møde 9/2 kl. 10-13 online", "da", "9/2 kl. 10-13 online"),
        ("planlæg et nyt møde 9/2 kl. 10", "da", "9/2 kl. 10"),
        ("opret møde i morgen kl. 9", "da", "i morgen kl. 9"),
        (
            "new meeting 20 September 2027 10:00-13:00 online",
            "en",
            "20 September 2027 10:00-13:00 online",
        ),
        ("plan meeting 9 February 10-13", "en", "9 February 10-13"),
        ("schedule a meeting 9 February 10-13", "en", "9 February 10-13"),
        ("Schedule a new meeting tomorrow at 10.", "en", "tomorrow at 10"),
        ("nyt møde", "da", ""),
        ("Nyt møde!", "da", ""),
        ("new meeting", "en", ""),
        ("plan a meeting", "en", ""),
    ],
)
def test_planning_keeps_the_meeting_line_as_the_argument(text, language, argument):
    assert understand(text) == Understood(Intent.PLAN_MEETING, language, argument=argument)


@pytest.mark.parametrize(
    ("text", "language", "selector", "argument"),
    [
        (
            "flyt møde 9. februar til 16. februar kl. 10-13",
            "da",
            "9. februar",
            "16. februar kl. 10-13",
        ),
        ("flyt næste møde til 16. februar kl. 10-13", "da", "næste", "16. februar kl. 10-13"),
        ("flyt det næste møde til 16/2 kl. 10", "da", "næste", "16/2 kl. 10"),
        ("flyt mødet den 9/2 til 16/2 kl. 10-13", "da", "9/2", "16/2 kl. 10-13"),
        ("flyt mødet til 3/3 kl. 9-12", "da", "", "3/3 kl. 9-12"),
        (
            "flyt møde 9. februar til 16. februar fra 10 til 13",
            "da",
            "9. februar",
            "16. februar fra 10 til 13",
        ),
        ("ryk næste møde til i morgen kl. 10", "da", "næste", "i morgen kl. 10"),
        ("flyt næste møde", "da", "næste", ""),
        (
            "move the next meeting to 12 March 2027 10:00-13:00",
            "en",
            "next",
            "12 March 2027 10:00-13:00",
        ),
        (
            "move meeting 9 February to 16 February 10 to 13",
            "en",
            "9 February",
            "16 February 10 to 13",
        ),
        (
            "move the meeting on 9 February to 10 February 10-13",
            "en",
            "9 February",
            "10 February 10-13",
        ),
        ("reschedule the meeting to 3 March 10-13", "en", "", "3 March 10-13"),
    ],
)
def test_moving_separates_which_meeting_from_where_to(text, language, selector, argument):
    understood = understand(text)

    assert understood == Understood(Intent.MOVE_MEETING, language, argument, selector)


@pytest.mark.parametrize(
    ("text", "language", "selector"),
    [
        ("aflys møde 9. februar", "da", "9. februar"),
        ("aflys næste møde", "da", "næste"),
        ("Aflys det førstkommende møde!", "da", "næste"),
        ("aflys mødet den 9. februar", "da", "9. februar"),
        ("aflys mødet d. 9/2", "da", "9/2"),
        ("aflys mødet", "da", ""),
        ("aflys møde 9. feb.", "da", "9. feb"),
        ("cancel the next meeting", "en", "next"),
        ("cancel meeting 9 February 2027", "en", "9 February 2027"),
        ("cancel the meeting on 9 February", "en", "9 February"),
        ("call off the upcoming meeting", "en", "next"),
    ],
)
def test_cancelling_names_which_meeting(text, language, selector):
    assert understand(text) == Understood(Intent.CANCEL_MEETING, language, selector=selector)


@pytest.mark.parametrize(
    ("text", "intent", "language", "selector"),
    [
        ("flyt", Intent.MOVE_MEETING, "da", ""),
        ("flyt det", Intent.MOVE_MEETING, "da", ""),
        ("udskyd", Intent.MOVE_MEETING, "da", ""),
        ("flyt næste", Intent.MOVE_MEETING, "da", "næste"),
        ("flyt mødet til", Intent.MOVE_MEETING, "da", ""),
        ("move", Intent.MOVE_MEETING, "en", ""),
        ("reschedule it", Intent.MOVE_MEETING, "en", ""),
        ("move next", Intent.MOVE_MEETING, "en", "next"),
        ("aflys", Intent.CANCEL_MEETING, "da", ""),
        ("aflys næste", Intent.CANCEL_MEETING, "da", "næste"),
        ("cancel", Intent.CANCEL_MEETING, "en", ""),
        ("cancel next", Intent.CANCEL_MEETING, "en", "next"),
    ],
)
def test_a_move_or_cancel_with_half_its_words_is_that_command_for_the_next_meeting(
    text, intent, language, selector,
):
    assert understand(text) == Understood(intent, language, selector=selector)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hej",
        "tak for sidst",
        "mødet er aflyst",
        "hvad er meningen med livet?",
        "hjælp til referatet",
        "the meetings were good",
        "nyt mødelokale",
    ],
)
def test_anything_else_is_not_understood_and_has_no_language(text):
    assert understand(text) == Understood(Intent.UNKNOWN, None)


def test_the_argument_keeps_the_users_capitals_and_danish_letters():
    understood = understand("NYT MØDE 9/2 kl. 10 i Køge, Ærøvej 2")

    assert understood.argument == "9/2 kl. 10 i Køge, Ærøvej 2"


def test_line_breaks_and_non_breaking_spaces_count_as_spaces():
    understood = understand("nyt\u00a0møde\n9/2  kl. 10")

    assert understood == Understood(Intent.PLAN_MEETING, "da", argument="9/2 kl. 10")


def test_intents_compare_equal_to_their_plain_names():
    assert Intent.PLAN_MEETING == "plan_meeting"
    assert {intent.value for intent in Intent} >= {"help", "unknown", "cancel_meeting"}


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Rie er sekretær", "Rie", "secretary"),
    ("Hej Mødebot, Rie er sekretær", "Rie", "secretary"),
    ("gør Lisbet Daugaard-Hansen til formand", "Lisbet Daugaard-Hansen", "chair"),
    ("make Anne Marie Holm chair", "Anne Marie Holm", "chair"),
    # A hand-over, and a stand-in while the secretary is on leave, as a chair writes them.
    ("Rie overtager som formand", "Rie", "chair"),
    ("Rie bliver ny formand", "Rie", "chair"),
    ("Daniel er konstitueret sekretær", "Daniel", "secretary"),
    ("Daniel tager referatet i mellemtiden", "Daniel", "minute_taker"),
    ("Rie takes over as chair", "Rie", "chair"),
    ("Daniel is acting secretary", "Daniel", "secretary"),
    ("Daniel takes the minutes for now", "Daniel", "minute_taker"),
])
def test_a_role_is_given_by_name(text, name, role):
    assert understand(text) == Understood(Intent.SET_ROLE, understand(text).language, name, role)


@pytest.mark.parametrize("text", ["Hej, hvem er formand?", "Hi, who is the secretary",
                                  "hvem er sekretær", "who is the chair?",
                                  # asked, not given; a question word mistyped
                                  "Rie er formand?", "Lisbet is the chair?", "hvme er formand",
                                  "hvme er sekretær", "wat is chair"])
def test_asking_who_has_a_role_gives_nobody_the_role(text):
    assert understand(text).intent != Intent.SET_ROLE


@pytest.mark.parametrize(("text", "intent"), [
    ("item deadline, is it on Friday?", Intent.DEADLINE),
    ("punkt fristen, er den på mandag?", Intent.DEADLINE),
    ("punkt: hvad gør vi med ventelisten?", Intent.PROPOSE_ITEM),  # with a colon, an item
])
def test_a_title_after_a_bare_command_word_that_asks_is_read_as_asked(text, intent):
    assert understand(text).intent == intent


@pytest.mark.parametrize(("text", "until"), [
    ("jeg er væk til d. 3. marts", "d. 3. marts"),
    ("jeg er væk til og med den 9. februar", "den 9. februar"),
    ("I am away until Friday.", "Friday"),
])
def test_away_until_a_date_keeps_the_date_whole(text, until):
    assert (understand(text).intent, understand(text).argument) == (Intent.AWAY, until)


@pytest.mark.parametrize("text", [
    "I'm away until Wednesday. Is that too late for submitting an item?",
    "jeg er syg til fredag. Kan du sende dagsordenen?",
])
def test_a_question_after_the_date_one_is_away_until_is_asked_not_a_command(text):
    assert understand(text).intent != Intent.AWAY
