"""Chat about tasks, in Danish and English, understood as intents with their arguments."""

import pytest

from meetings.understanding.intents import Intent, Understood, understand


@pytest.mark.parametrize(
    ("text", "language", "argument"),
    [
        (
            "opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december",
            "da",
            "Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december",
        ),
        ("Ny opgave Povl melder tilbage til Hovedstaden", "da",
         "Povl melder tilbage til Hovedstaden"),
        ("opret en opgave: Daniel vil bære dette ønske videre til KL", "da",
         "Daniel vil bære dette ønske videre til KL"),
        (
            "task: Daniel brings the AI request to KL by 15 January",
            "en",
            "Daniel brings the AI request to KL by 15 January",
        ),
        ("new task <at>Rie Hansen</at> asks Socialtilsyn Øst", "en",
         "<at>Rie Hansen</at> asks Socialtilsyn Øst"),
        ("add a task: follow up", "en", "follow up"),
        ("opgave: Rie fordeler mødets opgaver", "da", "Rie fordeler mødets opgaver"),
        ("task: overview of the placements for KL", "en", "overview of the placements for KL"),
        ("opgave", "da", ""),
        ("new task", "en", ""),
    ],
)
def test_a_task_line_is_the_argument_of_adding_a_task(text, language, argument):
    assert understand(text) == Understood(Intent.ADD_TASK, language, argument)


@pytest.mark.parametrize(
    ("text", "intent", "language"),
    [
        ("mine opgaver", Intent.MY_TASKS, "da"),
        ("Vis mine åbne opgaver", Intent.MY_TASKS, "da"),
        ("hvad mangler jeg?", Intent.MY_TASKS, "da"),
        ("my tasks", Intent.MY_TASKS, "en"),
        ("Show my open tasks.", Intent.MY_TASKS, "en"),
        ("what do I have open?", Intent.MY_TASKS, "en"),
        ("åbne opgaver", Intent.OPEN_TASKS, "da"),
        ("alle opgaver", Intent.OPEN_TASKS, "da"),
        ("vis opgaver", Intent.OPEN_TASKS, "da"),
        ("opgaver", Intent.OPEN_TASKS, "da"),
        ("hvad mangler vi?", Intent.OPEN_TASKS, "da"),
        ("open tasks", Intent.OPEN_TASKS, "en"),
        ("show all tasks", Intent.OPEN_TASKS, "en"),
        ("task list", Intent.OPEN_TASKS, "en"),
        ("task overview for the network", Intent.OPEN_TASKS, "en"),
        ("opgave oversigt for hele netværket", Intent.OPEN_TASKS, "da"),
        ("tasks", Intent.OPEN_TASKS, "en"),
    ],
)
def test_questions_about_tasks_are_understood(text, intent, language):
    assert understand(text) == Understood(intent, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("hvad mangler Rie?", "da", "Rie"),
        ("Hvad mangler Rie at gøre?", "da", "Rie"),
        ("hvad mangler Daniel Olsen?", "da", "Daniel Olsen"),
        ("hvad har Povl af opgaver?", "da", "Povl"),
        ("Ries opgaver", "da", "Rie"),
        ("Hans opgaver", "da", "Han"),  # the query then tries "Hans" too
        ("vis Søren Hansens opgaver", "da", "Søren Hansen"),
        ("Jens' opgaver", "da", "Jens"),
        ("opgaver for Lotte", "da", "Lotte"),
        ("hvad mangler <at>Rie Hansen</at>?", "da", "Rie Hansen"),
        ("what does Rie have open?", "en", "Rie"),
        ("what has Daniel Olsen got left", "en", "Daniel Olsen"),
        ("tasks of Rie", "en", "Rie"),
        ("Rie's tasks", "en", "Rie"),
        ("Rie Hansen’s open tasks", "en", "Rie Hansen"),
    ],
)
def test_asking_what_a_person_has_open_gives_the_name(text, language, name):
    assert understand(text) == Understood(Intent.TASKS_OF, language, name)


@pytest.mark.parametrize(
    ("text", "language", "argument"),
    [
        ("jeg er væk til 3. januar", "da", "3. januar"),
        ("Fraværende til 3/1.", "da", "3/1"),
        ("jeg er på ferie til og med fredag", "da", "fredag"),
        ("away until 3 January", "en", "3 January"),
        ("I'm out of office until Monday", "en", "Monday"),
        ("I am on holiday until 2027-01-03", "en", "2027-01-03"),
        ("jeg er tilbage", "da", ""),
        ("Jeg er tilbage igen!", "da", ""),
        ("I am back", "en", ""),
        ("I’m back", "en", ""),
    ],
)
def test_being_away_gives_the_date_and_being_back_gives_none(text, language, argument):
    assert understand(text) == Understood(Intent.AWAY, language, argument)


@pytest.mark.parametrize("text", ["tilbage", "Tilbage!", "back"])
def test_back_alone_changes_nothing(text):
    """Said alone it may mean "go back" to the bot: it is not taken as the end of an absence."""
    assert understand(text).intent != Intent.AWAY


@pytest.mark.parametrize(
    "text",
    [
        "hvad mangler der på dagsordenen?",
        "hvad har vi på dagsordenen",
        "hvad mangler en meget lang sætning med mange ord",
        "opgaveløsning",
        "the tasks were good",
    ],
)
def test_other_sentences_with_task_words_are_not_understood(text):
    assert understand(text) == Understood(Intent.UNKNOWN, None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("næste møde", Intent.NEXT_MEETING),
        ("punkt: Opgaver i netværket, 20 min", Intent.PROPOSE_ITEM),
        ("frist", Intent.DEADLINE),
        ("hvornår er fristen?", Intent.DEADLINE),
        ("nyt møde 9/2 kl. 10-13", Intent.PLAN_MEETING),
        ("flyt mødet til 3/3", Intent.MOVE_MEETING),
        ("?", Intent.HELP),
    ],
)
def test_the_meeting_and_agenda_phrasings_still_win(text, intent):
    assert understand(text).intent == intent
