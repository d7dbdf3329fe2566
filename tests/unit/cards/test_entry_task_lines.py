"""The tasks under an item on the minutes card, as the referat prints them: a due date the
import chose, as the minutes set none, says so in both languages."""

from datetime import UTC, date, datetime

from bot.turn import Turn
from bot.views.minutes import entry_task_lines
from meetings.groups.entities import Group
from meetings.minutes.referat import ReferatTask


def turn(language: str) -> Turn:
    group = Group(time_zone="Europe/Copenhagen", language=language)
    return Turn(uow=None, group=group, member=None, language=language,
                now=datetime(2027, 1, 1, tzinfo=UTC), base_url="http://bot.test")


def test_a_due_date_the_import_chose_says_so_on_the_minutes_card():
    tasks = [ReferatTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst kan deltage.",
                         date(2023, 10, 29), imported=True, due_by_import=True),
             ReferatTask("Povl Skov", "Povl melder tilbage, frist 1. november.",
                         date(2023, 11, 1), imported=True)]
    danish = entry_task_lines(turn("da"), tasks)
    assert danish[0].endswith("· frist 29. okt. 2023, sat af importen")
    assert danish[1].endswith("· frist 1. nov. 2023")
    english = entry_task_lines(turn("en"), tasks)
    assert english[0].endswith(", set by the import") and "set by" not in english[1]


def test_the_minutes_card_writes_a_task_with_its_owner_as_the_referat_does():
    due = date(2027, 2, 19)
    tasks = [ReferatTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst kan deltage", due),
             ReferatTask("Rie Nielsen", "Ringe til Socialtilsyn Øst", due),
             ReferatTask("", "Booke lokale", due)]  # an owner gone: still asked about
    for language in ("da", "en"):
        assert [line.split(" · ")[0] for line in entry_task_lines(turn(language), tasks)] == [
            "Rie undersøger om Socialtilsyn Øst kan deltage",
            "Rie Nielsen – Ringe til Socialtilsyn Øst", "? – Booke lokale"]
